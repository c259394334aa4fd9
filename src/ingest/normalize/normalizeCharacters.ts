import { normalizeDashes, normalizeToneMarks } from "../../text/index.js";
import type { OffsetMap } from "./OffsetMap.js";
import { SpanWriter } from "./SpanWriter.js";

const Kind = {
  Other: 0,
  Letter: 1,
  Mark: 2,
  Space: 3,
  Dash: 4,
  Drop: 5,
  LineBreak: 6,
  CarriageReturn: 7,
} as const;

let kinds: Uint8Array | undefined;
let nfcUnstable: Uint8Array | undefined;

/**
 * The kind of every BMP char, computed once from the same definitions src/text uses
 * (normalizeDashes decides what a dash is), so a 20 MB text costs one table lookup per
 * char instead of a regex.
 */
function kindTable(): Uint8Array {
  if (kinds !== undefined) return kinds;
  kinds = new Uint8Array(0x10000);
  nfcUnstable = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const mark = /\p{M}/u;
  const lineBreak = /[\v\f\x85\u2028\u2029]/;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    let kind: number = Kind.Other;
    if (code === 0x0d) kind = Kind.CarriageReturn;
    else if (code === 0x0a || code === 0x20) kind = Kind.Other;
    else if (code === 0x09) kind = Kind.Space;
    else if (lineBreak.test(char)) kind = Kind.LineBreak;
    else if (isInvisible(code)) kind = Kind.Drop;
    else if (/\s/.test(char)) kind = Kind.Space;
    else if (normalizeDashes(char) !== char) kind = Kind.Dash;
    else if (mark.test(char)) kind = Kind.Mark;
    else if (letter.test(char)) kind = Kind.Letter;
    kinds[code] = kind;
    if (code >= 0x80 && char.normalize("NFC") !== char) nfcUnstable[code] = 1;
  }
  return kinds;
}

/**
 * Control characters other than tab and line breaks, the soft hyphen, zero-width
 * spaces and joiners, direction marks and the byte-order mark: they change nothing a
 * reader sees, and would split words and codes apart.
 */
export function isInvisible(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0xfeff
  );
}

// Only a word ending in oa/oe/uy with the tone on the last vowel can change placement.
const TONED_A_E = new Set([..."àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ"]);
const TONED_Y = new Set([..."ỳýỷỹỵỲÝỶỸỴ"]);

/**
 * Unicode NFC, one dash ("-"), one space (" "), "\n" for every line break, invisible
 * characters removed, and the traditional tone-mark placement ("Thuỵ" → "Thụy").
 * Curly quotes stay: they delimit the trích yếu of a cited document.
 */
export function normalizeCharacters(text: string): { text: string; map: OffsetMap } {
  const kind = kindTable();
  const unstable = nfcUnstable!;
  const out = new SpanWriter(text);
  const n = text.length;
  let run = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const k = kind[code]!;
    if (k === Kind.Other) {
      i++;
      continue;
    }
    if (k === Kind.Letter || k === Kind.Mark) {
      const start = i;
      let plain = true;
      let needsNfc = false;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        const kc = kind[c]!;
        if (kc !== Kind.Letter && kc !== Kind.Mark) break;
        if (c >= 0x80) {
          plain = false;
          if (kc === Kind.Mark || unstable[c] === 1) needsNfc = true;
        }
      }
      if (plain) continue;
      if (needsNfc) {
        out.copy(run, start);
        writeComposed(out, text, start, i);
        run = i;
      } else if (i - start >= 2 && mayMoveTone(text.charCodeAt(i - 2), () => text[i - 1]!)) {
        const word = text.slice(start, i);
        const fixed = normalizeToneMarks(word);
        if (fixed !== word) {
          out.copy(run, start);
          out.replaceAligned(fixed, start);
          run = i;
        }
      }
      continue;
    }
    out.copy(run, i);
    if (k === Kind.Space) out.replaceAligned(" ", i);
    else if (k === Kind.Dash) out.replaceAligned("-", i);
    else if (k === Kind.LineBreak) out.replaceAligned("\n", i);
    else if (k === Kind.CarriageReturn && text.charCodeAt(i + 1) !== 0x0a) {
      out.replaceAligned("\n", i);
    }
    run = ++i;
  }
  out.copy(run, n);
  return out.finish();
}

function mayMoveTone(previous: number, last: () => string): boolean {
  const lower = previous | 0x20;
  return (lower === 0x6f && TONED_A_E.has(last())) || (lower === 0x75 && TONED_Y.has(last()));
}

function fixToneMarks(word: string): string {
  const ok =
    word.length >= 2 && mayMoveTone(word.charCodeAt(word.length - 2), () => word[word.length - 1]!);
  return ok ? normalizeToneMarks(word) : word;
}

/**
 * Writes a word that has combining marks in NFC, one base letter and its marks at a
 * time, so that each composed letter maps back to the letters and marks it came from.
 */
function writeComposed(out: SpanWriter, text: string, start: number, end: number): void {
  const kind = kindTable();
  const pieces: { from: number; to: number; text: string }[] = [];
  for (let i = start; i < end;) {
    let j = i + 1;
    while (j < end && kind[text.charCodeAt(j)] === Kind.Mark) j++;
    pieces.push({ from: i, to: j, text: text.slice(i, j).normalize("NFC") });
    i = j;
  }
  const composed = pieces.map((piece) => piece.text).join("");
  const word = text.slice(start, end).normalize("NFC");
  const fixed = fixToneMarks(word);
  if (composed !== word || fixed.length !== word.length) {
    out.replace(fixed, start, end);
    return;
  }
  let offset = 0;
  for (const piece of pieces) {
    const piecesText = fixed.slice(offset, offset + piece.text.length);
    offset += piece.text.length;
    if (piecesText === text.slice(piece.from, piece.to)) out.copy(piece.from, piece.to);
    else if (piece.to - piece.from === piecesText.length)
      out.replaceAligned(piecesText, piece.from);
    else out.replace(piecesText, piece.from, piece.to);
  }
}
