/**
 * Folds text to the key under which Vietnamese spellings compare equal: NFC, lower
 * case, no diacritics, đ → d, one kind of dash, single spaces.
 *
 * Stripping the tone marks also makes old and new tone-mark placement ("Thuỵ" /
 * "Thụy", "hoà" / "hòa") the same. "đ" must be mapped by hand because Unicode does
 * not decompose it into d + a mark.
 */
export function foldVietnamese(text: string): string {
  return normalizeDashes(text)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Hyphen, en dash, em dash, minus… → "-". */
export function normalizeDashes(text: string): string {
  return text.replace(DASHES, "-");
}
