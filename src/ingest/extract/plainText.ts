import { normalizeToneMarks } from "../../text/index.js";

// Markdown and HTML-in-Markdown leave marks between the words of a citation
// ("Nghị định số **32/2021/NĐ-CP**", "ỦY BAN THƯỜNG VỤ\", table bars). Blanking
// them to spaces, one character for one, lets the patterns see the words while every
// offset still points into the normalized text, and so back to the original.
const MARKS =
  /[*|\\`\u00a0\u200b\ufeff]|^[ \t]*[#>]+|_{2,}|!?\[(?=[^\]\n]{0,300}\]\()|\]\([^)\s]{0,2000}\)/gmu;

/**
 * The normalized text with Markdown marks, escapes and table bars blanked and one
 * tone-mark placement ("hoá" → "hóa", "Uỷ" → "Ủy"), same length as the input.
 */
export function plainText(text: string): string {
  const blanked = text.replace(MARKS, (mark) => " ".repeat(mark.length));
  // Moving a tone mark between two vowels keeps the character count in NFC; should a
  // text ever break that, the unnormalized characters are kept so offsets stay true.
  const toned = normalizeToneMarks(blanked);
  return toned.length === blanked.length ? toned : blanked;
}
