import { documentKindByName } from "../domain.js";

// "số" or "số:" ending the words before the number ("Nghị định số 32/2021/NĐ-CP").
const TRAILING_SO = /(?:^|\s)s[ốo]\s*:?\s*$/iu;

/**
 * The number-symbol a reference to a document gives, written as texts cite documents
 * and as govgraph labels them: "Nghị định số 32/2021/NĐ-CP" → "32/2021/NĐ-CP",
 * "Thông tri 03-TT/QU" → "03-TT/QU", in NFC. Only a kind's name (any case, with or
 * without diacritics) and the "số" after it are taken off; anything else is left for
 * parseDocumentCode to accept or refuse.
 */
export function codeInReference(reference: string): string {
  const text = reference.normalize("NFC");
  const number = text.search(/\d/u);
  if (number <= 0) return text;
  const words = text.slice(0, number).replace(TRAILING_SO, "").trim();
  return documentKindByName(words) ? text.slice(number) : text;
}
