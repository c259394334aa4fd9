import type { DocumentKind } from "../../domain.js";
import { KIND_WORDS, kindOfWord } from "./documentKindWords.js";
import type { CitationMention } from "./extractCitations.js";
import type { BodyMatch } from "./readBodyAt.js";
import { itemsBetween, spanIndex } from "./spanIndex.js";
import type { Sentence } from "./splitSentences.js";

/** A document a text says a body issued, cited without a number ("… đã ban hành Quy chế làm việc"). */
export interface IssuedDocument {
  /** From the kind word to the end of the name. */
  readonly start: number;
  readonly end: number;
  readonly kind: DocumentKind;
  /** "Kế hoạch triển khai thực hiện Nghị định số 32/NĐ-CP". */
  readonly title: string;
  /** Where the words after the kind start (a trích yếu's cue may open there). */
  readonly titleStart: number;
  readonly issuer?: BodyMatch;
}

const KINDS = KIND_WORDS.filter((w) => w !== "Văn bản" && w !== "Luật")
  .map((w) => w.replace(/ /g, "\\s+"))
  .join("|");
const ISSUES = new RegExp(
  `(?<![\\p{L}\\p{M}])[Bb]an\\s+hành(?:\\s+và\\s+triển\\s+khai)?\\s+(${KINDS})(?=\\s+(?!số(?![\\p{L}\\p{M}])|\\d|này(?![\\p{L}\\p{M}])|kèm(?![\\p{L}\\p{M}]))\\p{L})`,
  "gu",
);
const NEXT_ITEM = new RegExp(`^;\\s*(${KINDS})(?=\\s+(?!số(?![\\p{L}\\p{M}])|\\d)\\p{L})`, "u");
// The name ends at the clause's end, at what the document is for, at the short name the
// text gives it ("Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân (sau đây viết
// gọn là Luật)") and at what it goes on to list ("… với các nội dung như sau:").
const STOP =
  /[;.]|\s(?:đảm\s+bảo|bám\s+sát|nhằm|để|theo\s+đúng)\s|\s*\(\s*sau\s+đây\s|\s+(?:với\s+các\s+nội\s+dung|như\s+sau)[\s:]/u;
const PLACEHOLDER = /^\s*(?:\.{3}|…|_{3})/u;
// A document still to be issued, or a kind of document a procedure issues, is no
// document: "đề nghị sớm ban hành", "tham mưu ban hành", "trình Chính phủ ban hành",
// "có trách nhiệm ban hành", "cơ quan có thẩm quyền ban hành", "chưa ban hành", a
// procedure's step "B7 Ban hành Quyết định phê duyệt" or task "- Ban hành Quy chế …".
const PLANNED_BEFORE =
  /(?:(?<![\p{L}\p{M}])(?:đề\s+nghị|đề\s+xuất|kiến\s+nghị|sớm|tham\s+mưu|trình|xây\s+dựng|dự\s+thảo|trách\s+nhiệm|thẩm\s+quyền|xem\s+xét|nghiên\s+cứu|chủ\s+trương|chưa|sẽ|cần|phải|để|tình\s+trạng|xác\s+định\s+và)(?![\p{L}\p{M}])[^;:.()\n]*|(?<![\p{L}\p{M}])(?:cơ\s+quan|người|chỉ\s+đạo|doanh\s+nghiệp)\s+)$/iu;
// "… đã ban hành": done, whatever the clause began with ("Để triển khai …, UBND phường đã …").
const DONE_BEFORE =
  /(?<![\p{L}\p{M}])(?:đã|vừa)(?:\s+(?:chủ\s+động|kịp\s+thời|khẩn\s+trương))?\s+$/u;
const KIND_WORD = new RegExp(`(?<![\\p{L}\\p{M}])(?:${KINDS})(?![\\p{L}\\p{M}])`, "u");
// What may precede a task's or a step's verb on its line: an item's mark, a table's
// cell, a step's code ("B7"), an article's number.
// Each mark is followed by a blank or a cell's bar, so that a run of digits is read one
// way only (matching it as "1", "11", … at once would take exponential time).
const STEP_HEAD =
  /^[\s|]*(?:(?:[-+•*]|[a-zđ]\)|\d+(?:\.\d+)*[.)]?|[A-Z]\d+|Điều\s+\d+\s*\.?)(?:[\s|]+|$))*$/u;
const STEP_CODE = /(?<![\p{L}\p{M}\d,])(?:[A-Z]\d+|\d+)\s+$/u;
const NUMBER_CUE = /\ss[ốo]\s*$/u;
const SUBJECT_GAP = /^\s*(?:đã|vừa|cũng|kịp\s+thời|khẩn\s+trương|\s)*$/u;
const CONJOINED = /^\s*(?:[-–,]|và)\s*$/u;

interface Inputs {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly bodies: readonly BodyMatch[];
  readonly citations: readonly CitationMention[];
  readonly sentenceAt: (offset: number) => number;
  readonly isBoilerplate: (offset: number) => boolean;
}

function issuerBefore(input: Inputs, sentence: Sentence, verbAt: number): BodyMatch | undefined {
  const { text, bodies } = input;
  const i = spanIndex(bodies, verbAt + 1, (b) => b.end) - 1;
  if (i < 0 || (bodies[i]?.start ?? -1) < sentence.start) return undefined;
  const last = bodies[i];
  const lastEnd = last ? Math.min(last.placeEnd ?? last.end, verbAt) : 0;
  if (!last || verbAt - lastEnd > 40 || !SUBJECT_GAP.test(text.slice(lastEnd, verbAt)))
    return undefined;
  const previous = bodies[i - 1];
  if (
    previous &&
    previous.start >= sentence.start &&
    CONJOINED.test(text.slice(previous.end, last.start))
  ) {
    return previous;
  }
  return last;
}

/**
 * "Báo cáo thẩm tra số 117/BC-BPC", "Báo cáo tiếp thu, giải trình số 465/BC-UBND": a
 * name that is its kind, what kind of report, then "số" and the code is the numbered
 * document, not one without a number ("Kế hoạch triển khai Nghị định số 32/NĐ-CP" is).
 */
function isNumberedName(
  text: string,
  titleStart: number,
  end: number,
  citations: readonly CitationMention[],
): boolean {
  const cited = itemsBetween(citations, titleStart, end, (c) => c.codeStart)[0];
  if (!cited || cited.codeEnd !== end) return false;
  const words = text.slice(titleStart, cited.codeStart);
  return NUMBER_CUE.test(words) && !KIND_WORD.test(words);
}

function isPlanned(text: string, sentenceStart: number, verbAt: number): boolean {
  const before = text.slice(Math.max(sentenceStart, verbAt - 80), verbAt);
  if (DONE_BEFORE.test(before)) return false;
  // Capitalised at the head of its line, item or sentence, the verb opens a task or a
  // procedure's step ("B7 Ban hành Quyết định phê duyệt", "- Ban hành Quy chế …") or a
  // form's title, unless it opens an article. After "; " it goes on a list of what was
  // issued ("UBND phường đã ban hành Quy chế làm việc …; Ban hành Quyết định …").
  if (text[verbAt] === "B") {
    const line = text.slice(
      Math.max(sentenceStart, verbAt - 120, text.lastIndexOf("\n", verbAt - 1) + 1),
      verbAt,
    );
    if (STEP_HEAD.test(line) || STEP_CODE.test(before)) return !/Điều\s+\d+\s*\.?\s*$/u.test(line);
  }
  // "(Quyết định số …/QĐ-UBND) về việc ban hành Quy định …": the title of a document whose
  // number a form leaves blank.
  return PLANNED_BEFORE.test(before) || /\svề(?:\s+việc)?\s+$/u.test(before);
}

function nameEnd(
  text: string,
  from: number,
  limit: number,
  citations: readonly CitationMention[],
): number {
  const stop = text.slice(from, limit).search(STOP);
  let end = stop < 0 ? limit : from + stop;
  const cited = itemsBetween(citations, from, end, (c) => c.codeStart)[0];
  if (cited) end = cited.codeEnd;
  return end;
}

/**
 * Documents issued without a number that a text names by kind and title: "UBND phường
 * đã ban hành Kế hoạch triển khai thực hiện Nghị định số 32/NĐ-CP …; Đảng ủy phường đã
 * ban hành Quy chế làm việc …; Quyết định điều chỉnh …", with the issuing body.
 */
export function extractIssuedDocuments(input: Inputs): IssuedDocument[] {
  const { text, sentences, citations } = input;
  const out: IssuedDocument[] = [];
  let lastIssuer: { issuer: BodyMatch; sentence: number } | undefined;
  for (const m of text.matchAll(ISSUES)) {
    if (input.isBoilerplate(m.index)) continue;
    const index = input.sentenceAt(m.index);
    const sentence = sentences[index];
    if (!sentence || isPlanned(text, sentence.start, m.index)) continue;
    const found = issuerBefore(input, sentence, m.index);
    const issuer =
      found ?? (lastIssuer && lastIssuer.sentence === index ? lastIssuer.issuer : undefined);
    if (found) lastIssuer = { issuer: found, sentence: index };
    let start = m.index + m[0].length - (m[1] ?? "").length;
    let kindWord = m[1] ?? "";
    for (;;) {
      const end = nameEnd(text, start, sentence.end, citations);
      const kind = kindOfWord(kindWord);
      // "Ban hành Kế hoạch kiểm tra chuyên đề của............": a form's blank to fill in.
      const form = PLACEHOLDER.test(text.slice(end, end + 8));
      const numbered = isNumberedName(text, start + kindWord.length, end, citations);
      if (kind && end > start + kindWord.length && !form && !numbered) {
        out.push({
          start,
          end,
          kind,
          title: text.slice(start, end).replace(/\s+/gu, " ").trim(),
          titleStart: start + kindWord.length,
          ...(issuer ? { issuer } : {}),
        });
      }
      const semicolon = text.indexOf(";", end);
      if (semicolon < 0 || semicolon >= sentence.end) break;
      const next = NEXT_ITEM.exec(text.slice(semicolon, sentence.end));
      if (!next || semicolon > end + 200) break;
      kindWord = next[1] ?? "";
      start = semicolon + next[0].length - kindWord.length;
    }
  }
  return out;
}
