import { DOCUMENT_KINDS } from "../../domain.js";
import { isInCapitals, opensParagraph } from "../../text/index.js";
import type { OffsetMap } from "./OffsetMap.js";
import { SpanWriter } from "./SpanWriter.js";

/** What the line break(s) between two lines of text become. */
type Joint = "space" | "nothing" | "newline" | "paragraph";

// The next line opens a list item, a numbered clause, an article, a table row or a
// signature block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH").
const STRUCTURE =
  /^(?:[-+•▪●○◦*]\s|\d{1,3}[.)](?:\s|$)|\d{1,2}\.\d{1,2}\.?\s|[a-zđ][).]\s|[IVXLC]{1,7}[.)-]\s|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+[.:]|\||(?:TM|KT|TL|T\/M|K\/T|T\/L)\.?\s)/u;
const HEADING = /^(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+[.:]/u;
const SENTENCE_END = /[.;:!?…]["”’')\]*]*$/u;
// "32/2021/NĐ-", "03-", "15/UBND-": a code cut after its separator; and a whole code.
const CODE_HEAD = /^[\p{Lu}\d][\p{L}\d]*(?:[/-][\p{L}\d]+)*[/-]$/u;
const CODE = /^[\p{L}\d]+(?:[/-][\p{L}\d]+)*$/u;
const NUMBER_LABEL = /^(?:số|Số|SỐ):?$/u;
const WORD = /^[\p{L}/]+$/u;
// Words that cannot end a sentence or a heading: a line ending in one goes on.
const FUNCTION_WORDS = new Set(
  (
    "của và hoặc với tại theo về cho do bởi từ đến tới được bị là các những trong trên dưới " +
    "thuộc giữa ngày tháng năm kèm gồm như ông bà đ/c cứ nhằm để mà thì nhưng vì đã sẽ đang cũng rằng"
  ).split(" "),
);
const KIND_NAMES = Object.values(DOCUMENT_KINDS)
  .map((kind) => kind.name)
  .sort((a, b) => b.length - a.length);
// "… thực hiện\nThông tri số 03-TT/QU": a citation continues on the next line.
const CITATION_START = new RegExp(`^(?:${KIND_NAMES.join("|")})\\s+(?:số(?=\\s|$)|\\d)`, "u");

/**
 * Lays text out in lines and paragraphs: spaces collapsed and trimmed, blank lines
 * folded into one paragraph break ("\n\n"), and a line break joined when it falls
 * inside a sentence or a document code (see joint()).
 */
export function layoutLines(text: string): { text: string; map: OffsetMap } {
  const softWrapped = isSoftWrapped(text);
  const out = new SpanWriter(text);
  let previous = -1;
  let previousEnd = -1;
  forEachLine(text, (start, end, breaks) => {
    if (previousEnd >= 0) {
      const kind = joint(
        text.slice(Math.max(previous, previousEnd - 80), previousEnd),
        text.slice(start, Math.min(end, start + 80)),
        breaks > 1 ? "paragraph" : softWrapped ? "soft" : "line",
      );
      if (kind === "space") out.replace(" ", previousEnd, start);
      else if (kind === "newline") out.replace("\n", previousEnd, start);
      else if (kind === "paragraph") out.replace("\n\n", previousEnd, start);
    }
    writeCollapsed(out, text, start, end);
    previous = start;
    previousEnd = end;
  });
  return out.finish();
}

/**
 * Calls `visit` with the bounds of every line that has text, trimmed of spaces, and the
 * number of line breaks since the previous such line.
 */
function forEachLine(
  text: string,
  visit: (start: number, end: number, breaks: number) => void,
): void {
  let breaks = 0;
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && text.charCodeAt(start) === 0x20) start++;
    while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
    if (start < end) {
      visit(start, end, breaks);
      breaks = 0;
    }
    if (lineEnd < text.length) breaks++;
    lineStart = lineEnd + 1;
  }
}

// Text converted from Word or PDF (pandoc output, crawled legal databases) is wrapped
// at a fixed width, so its line breaks fall anywhere in a sentence, mostly before a
// lower-case word. Text whose lines are its paragraphs almost never breaks before one.
// Where at least a fifth of the line breaks that do not end a sentence come before a
// lower-case word, the text is taken as wrapped and its other breaks are joined too.
const MIN_WRAPS = 4;
const MIN_WRAP_SHARE = 0.2;

function isSoftWrapped(text: string): boolean {
  let candidates = 0;
  let lowerCase = 0;
  let previous = -1;
  let previousEnd = -1;
  forEachLine(text, (start, end, breaks) => {
    if (breaks === 1) {
      const before = text.slice(Math.max(previous, previousEnd - 80), previousEnd);
      const after = text.slice(start, Math.min(end, start + 80));
      if (!SENTENCE_END.test(before) && !STRUCTURE.test(after)) {
        candidates++;
        if (/^\p{Ll}/u.test(after)) lowerCase++;
      }
    }
    previous = start;
    previousEnd = end;
  });
  return lowerCase >= MIN_WRAPS && lowerCase >= MIN_WRAP_SHARE * candidates;
}

/** Copies [start, end) with every run of spaces reduced to one. */
function writeCollapsed(out: SpanWriter, text: string, start: number, end: number): void {
  let run = start;
  for (let at = start + 1; at < end; at++) {
    if (text.charCodeAt(at) !== 0x20 || text.charCodeAt(at - 1) !== 0x20) continue;
    out.copy(run, at);
    while (at + 1 < end && text.charCodeAt(at + 1) === 0x20) at++;
    run = at + 1;
  }
  out.copy(run, end);
}

/**
 * Decides what the line break(s) between the end of one line (`before`) and the start
 * of the next (`after`) become. A single break is kept before a list item, clause or
 * signature block and after a sentence; it becomes a space inside a sentence (the next
 * line starts in lower case, or the line ends in a comma or in a word that cannot end
 * one, like "của", or the next line goes on with a citation "Thông tri số …"), and
 * nothing inside a code ("NĐ-" / "CP"). A line that opens a paragraph ("Thực hiện …"
 * after "Kính gửi: …") starts one, unless the line before ends in a comma. In wrapped
 * text ("soft") any other break inside a sentence is joined, unless the line is an
 * article heading or in capitals while the next is not. A blank line stays a paragraph
 * break, except in the middle of a sentence that goes on in lower case.
 */
function joint(before: string, after: string, kind: "line" | "soft" | "paragraph"): Joint {
  if (kind === "paragraph") {
    return !SENTENCE_END.test(before) && /^\p{Ll}/u.test(after) ? "space" : "paragraph";
  }
  if (STRUCTURE.test(after)) return "newline";
  const token = before.slice(Math.max(before.lastIndexOf(" "), before.lastIndexOf("(")) + 1);
  const codeLike = /\d|\p{Lu}{2}/u.test(token);
  if (codeLike && CODE_HEAD.test(token) && /^[\p{Lu}\d]/u.test(after)) return "nothing";
  if (/\d/.test(token) && CODE.test(token) && /^[/-][\p{Lu}\d]/u.test(after)) return "nothing";
  if (NUMBER_LABEL.test(token) && /^\d/.test(after)) return "space";
  if (/^[,.;:)\]]/.test(after)) return "nothing";
  if (SENTENCE_END.test(before)) return "newline";
  if (/^\p{Ll}/u.test(after)) return "space";
  if (/,$|\s-$/.test(before)) return "space";
  if (before.endsWith("(")) return "nothing";
  if (opensParagraph(after)) return "newline";
  if (WORD.test(token)) {
    if (FUNCTION_WORDS.has(token.toLowerCase()) && /^[\p{L}\d“"]/u.test(after)) return "space";
    if (/\p{Ll}$/u.test(token) && CITATION_START.test(after)) return "space";
  }
  if (kind === "soft" && !HEADING.test(before) && !(isInCapitals(before) && !isInCapitals(after))) {
    return /^[\p{L}\d“"(]/u.test(after) ? "space" : "newline";
  }
  return "newline";
}
