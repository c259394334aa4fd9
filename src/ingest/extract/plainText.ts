// Markdown and HTML-in-Markdown leave marks between the words of a citation
// ("Nghị định số **32/2021/NĐ-CP**", "ỦY BAN THƯỜNG VỤ\", table bars). Blanking
// them to spaces, one character for one, lets the patterns see the words while every
// offset still points into the normalized text, and so back to the original.
const MARKS =
  /[*|\\`\u00a0\u200b\ufeff]|^[ \t]*[#>]+|_{2,}|!?\[(?=[^\]\n]{0,300}\]\()|\]\([^)\s]{0,2000}\)/gmu;

/** The normalized text with Markdown marks, escapes and table bars blanked, same length. */
export function plainText(text: string): string {
  return text.replace(MARKS, (mark) => " ".repeat(mark.length));
}
