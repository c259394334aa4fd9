import { opensParagraph } from "../../text/index.js";

/** A sentence as a span of the text: [start, end). */
export interface Sentence {
  readonly start: number;
  readonly end: number;
}

// Legal texts copied from web pages are hard-wrapped at ~80 columns, so a line break
// is usually not a sentence break; news texts put one paragraph on a line. A text
// counts as wrapped when many of its lines continue with a lower-case word.
const WRAPPED_SHARE = 0.12;
// Past this length a "sentence" is a table or a run-on list: cut it so that no
// pattern ever sees more than this much at once.
const MAX_SENTENCE = 3000;

const ENDS_CLAUSE = /(?:[.!?;:…]|\.\/\.)["”’)\]\s]*$/u;
const STARTS_BLOCK =
  /^(?:[-+•–—]\s|\d{1,3}[.)](?:\s|$)|[a-zđ]\)\s|[IVXLC]{1,6}\.\s|Điều\s+\d|Chương\s+[IVXLC\d]|Mục\s+\d|Xét\s|QUYẾT (?:ĐỊNH|NGHỊ)|\(\d{1,3}\)\s)/u;
const LETTER = /\p{L}/u;
const LOWER_START = /^[\p{Ll}\d(“"]/u;
const ABBREVIATION =
  /(?:^|[\s(])(?:TP|Tp|Đ\/c|đ\/c|TS|ThS|PGS|GS|BS|KT|TM|TL|St|V\/v|v\/v|\p{Lu})$/u;
const LIST_NUMBER = /^(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])$/u;
const SENTENCE_END = /[.!?…]+["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly content: string;
}

function isUpperLine(content: string): boolean {
  let letters = 0;
  for (const ch of content) {
    if (!LETTER.test(ch)) continue;
    if (ch !== ch.toUpperCase()) return false;
    letters++;
  }
  return letters >= 2;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    lines.push({ start: s, end: e, content: text.slice(s, e) });
    start = end + 1;
  }
  return lines;
}

function looksWrapped(lines: readonly Line[]): boolean {
  let pairs = 0;
  let continued = 0;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1];
    const line = lines[i];
    if (!previous?.content || !line?.content) continue;
    pairs++;
    if (!ENDS_CLAUSE.test(previous.content) && LOWER_START.test(line.content)) continued++;
  }
  return pairs > 0 && continued / pairs >= WRAPPED_SHARE;
}

function breaksBetween(previous: Line, line: Line, wrapped: boolean): boolean {
  if (ENDS_CLAUSE.test(previous.content)) return true;
  if (STARTS_BLOCK.test(line.content) || opensParagraph(line.content)) return true;
  const upperBefore = isUpperLine(previous.content);
  if (upperBefore !== isUpperLine(line.content)) return true;
  if (upperBefore) return false;
  if (LOWER_START.test(line.content)) return false;
  return !(wrapped && previous.content.length >= 40);
}

function paragraphs(text: string): Sentence[] {
  const lines = readLines(text);
  const wrapped = looksWrapped(lines);
  const out: Sentence[] = [];
  let current: { start: number; end: number } | undefined;
  let previous: Line | undefined;
  for (const line of lines) {
    if (!line.content) {
      if (current) out.push(current);
      current = undefined;
      previous = undefined;
      continue;
    }
    if (current && previous && !breaksBetween(previous, line, wrapped)) {
      current.end = line.end;
    } else {
      if (current) out.push(current);
      current = { start: line.start, end: line.end };
    }
    previous = line;
  }
  if (current) out.push(current);
  return out;
}

function pushCapped(out: Sentence[], text: string, start: number, end: number): void {
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(" ", start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    out.push({ start, end: cut });
    start = cut;
    while (start < end && /\s/.test(text[start] ?? "")) start++;
  }
  if (end > start) out.push({ start, end });
}

/**
 * Splits a text into sentences: paragraphs first (blank lines, list items, clause-final
 * line ends, unless the text is hard-wrapped), then at sentence punctuation followed by
 * a capital, except after abbreviations ("TP.", "Đ/c.") and list numbers ("1.").
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const paragraph of paragraphs(text)) {
    let start = paragraph.start;
    const body = text.slice(paragraph.start, paragraph.end);
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
      const dot = paragraph.start + m.index;
      const before = text.slice(Math.max(start, dot - 12), dot);
      const single = m[0] === ".";
      if (single && ABBREVIATION.test(before)) continue;
      if (single && LIST_NUMBER.test(text.slice(start, dot).trim())) continue;
      const end = paragraph.start + m.index + m[0].length;
      pushCapped(out, text, start, end);
      start = end;
      while (start < paragraph.end && /\s/.test(text[start] ?? "")) start++;
    }
    pushCapped(out, text, start, paragraph.end);
  }
  return out;
}
