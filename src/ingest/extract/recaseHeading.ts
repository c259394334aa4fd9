import { normalizeToneMarks } from "../../text/index.js";
import { foldSameLength } from "./foldSameLength.js";

// Proper names inside headings printed in capitals, by folded words.
const PROPER: readonly [RegExp, string][] = [
  [/\btrung uong\b/g, "Trung ương"],
  [/\bchinh phu\b/g, "Chính phủ"],
  [/\bquoc hoi\b/g, "Quốc hội"],
  [/\bviet nam\b/g, "Việt Nam"],
  [/\bbo chinh tri\b/g, "Bộ Chính trị"],
  [/\bban bi thu\b/g, "Ban Bí thư"],
  [/\bdang\b/g, "Đảng"],
  [/\bmat tran to quoc\b/g, "Mặt trận Tổ quốc"],
  [/\bnha nuoc\b/g, "Nhà nước"],
  [/\bthuong vu\b/g, "Thường vụ"],
  [/\bthu tuong\b/g, "Thủ tướng"],
  [/\btong bi thu\b/g, "Tổng Bí thư"],
  [/\bubnd\b/g, "UBND"],
  [/\bhdnd\b/g, "HĐND"],
  [/\bubmttq\b/g, "UBMTTQ"],
  [/\bvn\b/g, "VN"],
];
const LEVEL = /\b(?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong)\b ?/g;
// Words that follow a place name in a heading rather than belong to it.
const NOT_PLACE = new Set(
  "cua nam ve va tren dia ban tai thuoc voi giai doan trong theo co cap den tu nay moi cu".split(
    " ",
  ),
);
const AFTER_HEAD = /\b(?:bo|so|van phong) /g;
// A department printed under its ministry or committee ("BỘ TÀI CHÍNH / CỤC THUẾ",
// "UBND THÀNH PHỐ HÀ NỘI / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"): head and name.
// A province's tax office under it ("CỤC THUẾ / THUẾ TỈNH TÂY NINH").
const TAX_OFFICE = /\bthue (?=tinh |thanh pho )/g;
const UNIT_HEAD = /\b(?:tong cuc|chi cuc|cuc|trung tam(?= phuc vu)) (?=\S)/g;

function capitalizeAt(chars: string[], index: number): void {
  const ch = chars[index];
  if (ch !== undefined) chars[index] = ch.toLocaleUpperCase("vi");
}

function replaceAt(chars: string[], index: number, replacement: string): void {
  for (let i = 0; i < replacement.length; i++) chars[index + i] = replacement[i] ?? "";
}

/**
 * Writes the proper names over their folded matches; `spelled`, when given, must spell a
 * match with its own diacritics ("đang" folds like "Đảng" but is another word).
 */
function spellProperNames(chars: string[], folded: string, spelled?: string): void {
  for (const [pattern, proper] of PROPER) {
    for (const m of folded.matchAll(pattern)) {
      const printed = spelled?.slice(m.index, m.index + proper.length);
      if (printed !== undefined && keyOf(printed) !== keyOf(proper)) continue;
      replaceAt(chars, m.index, proper);
    }
  }
}

/** Words lowered, tone marks in one place: "Hoà" and "hòa" have one key. */
export const keyOf = (words: string) => normalizeToneMarks(words.toLocaleLowerCase("vi"));

/** "… của quốc hội, chính phủ và đảng" → "… của Quốc hội, Chính phủ và Đảng". */
export function capitalizeProperNames(lower: string): string {
  const chars = [...lower];
  if (chars.length !== lower.length) return lower;
  spellProperNames(chars, foldSameLength(lower), lower);
  return chars.join("");
}

/**
 * Rewrites a heading printed in capitals ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK") in the case
 * running text uses ("Ủy ban nhân dân tỉnh Đắk Lắk"), so that the body grammar, which
 * reads place names by their capitals, applies to it. Same length as the input.
 */
export function recaseHeading(upper: string): string {
  const lower = upper.toLocaleLowerCase("vi");
  if (lower.length !== upper.length) return upper;
  const chars = [...lower];
  if (chars.length !== lower.length) return upper;
  const folded = foldSameLength(lower);
  capitalizeAt(chars, 0);
  spellProperNames(chars, folded);
  for (const m of folded.matchAll(LEVEL)) {
    if (!m[0].endsWith(" ")) continue;
    const rest = folded.slice(m.index + m[0].length);
    let at = m.index + m[0].length;
    for (const word of rest.split(" ").slice(0, 4)) {
      if (!word || NOT_PLACE.has(word.replace(/[,;:.()\n].*$/su, ""))) break;
      capitalizeAt(chars, at);
      if (/[,;:.()\n]/u.test(word)) break;
      at += word.length + 1;
    }
  }
  for (const m of folded.matchAll(AFTER_HEAD)) capitalizeAt(chars, m.index + m[0].length);
  for (const m of folded.matchAll(TAX_OFFICE)) capitalizeAt(chars, m.index);
  for (const m of folded.matchAll(UNIT_HEAD)) {
    capitalizeAt(chars, m.index);
    capitalizeAt(chars, m.index + m[0].length);
  }
  return chars.join("");
}
