import { foldVietnamese } from "../../text/index.js";

const cache = new Map<string, string>();

/**
 * Folds each character on its own ("Đắk" → "dak"), so that offsets in the folded
 * string are offsets in the input: lets a word list be matched without regard to
 * case, diacritics or tone-mark placement, and the match be cut from the original.
 */
export function foldSameLength(text: string): string {
  let out = "";
  for (const ch of text) {
    let folded = cache.get(ch);
    if (folded === undefined) {
      const f = foldVietnamese(ch);
      folded = f.length === ch.length ? f : ch.length === 1 ? " " : ch;
      if (/\s/u.test(ch)) folded = ch;
      cache.set(ch, folded);
    }
    out += folded;
  }
  return out;
}
