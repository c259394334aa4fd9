import { foldVietnamese } from "../../text/index.js";

// Vietnamese letters, Latin and punctuation all lie below U+2000; each UTF-16 unit there
// folds to one unit, computed once.
const LIMIT = 0x2000;
const TABLE = new Uint16Array(LIMIT);
const CHUNK = 8192;

function foldUnit(code: number): number {
  if (code >= LIMIT) return code;
  const known = TABLE[code] ?? 0;
  if (known !== 0) return known;
  const ch = String.fromCharCode(code);
  const folded = foldVietnamese(ch);
  let out = folded.length === 1 ? folded.charCodeAt(0) : 0x20;
  if (/\s/u.test(ch)) out = code;
  TABLE[code] = out;
  return out;
}

/**
 * Folds each character on its own ("Đắk" → "dak"), so that offsets in the folded
 * string are offsets in the input: lets a word list be matched without regard to
 * case, diacritics or tone-mark placement, and the match be cut from the original.
 */
export function foldSameLength(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldUnit(text.charCodeAt(i));
  let out = "";
  for (let i = 0; i < units.length; i += CHUNK) {
    out += String.fromCharCode(...units.subarray(i, i + CHUNK));
  }
  return out;
}
