import type { BodyLevel } from "../../domain.js";
import { isProvinceName } from "../../identity/index.js";
import { foldSameLength } from "./foldSameLength.js";
import { isFamilyName } from "./personNames.js";

/** The level a level word names: "phường" → COMMUNE, "Thành phố" → PROVINCE. */
export function levelOfWord(word: string): BodyLevel {
  const folded = foldSameLength(word.trim()).replace(/\.$/, "");
  if (folded === "tinh" || folded === "thanh pho" || folded === "tp") return "PROVINCE";
  if (folded === "huyen" || folded === "quan" || folded === "thi xa") return "DISTRICT";
  return "COMMUNE";
}

const LEVEL_WORD =
  /[ \t]+(thành phố|Thành phố|THÀNH PHỐ|TP\.?|Tp\.?|tỉnh|Tỉnh|huyện|Huyện|quận|Quận|thị xã|Thị xã|thị trấn|Thị trấn|xã|Xã|phường|Phường|đặc khu)(?![\p{L}\p{M}])/uy;
const SYLLABLE =
  /(?:[ \t]+|[ \t]*[-–][ \t]*|[ \t]*\n[ \t]*)(\p{Lu}[\p{Ll}\p{M}]+(?:['’]\p{L}[\p{Ll}\p{M}]*)?|\p{Lu}(?![\p{L}\p{M}/])|\d{1,2}(?![\d/.,]))/uy;
// Capitalised words that end a place name: level words opening the next name
// ("phường Gia Thụy - Quận Long Biên") and terms ("huyện Đắk Song Khóa IV").
const ENDS_PLACE = new Set([
  "Quận",
  "Huyện",
  "Tỉnh",
  "Xã",
  "Phường",
  "Khóa",
  "Khoá",
  "Nhiệm",
  "Lần",
]);
// Capitalised words that start a sentence rather than continue a place name.
const NOT_PLACE = new Set(
  "ngay theo tai thuc dieu ve cac trong sau ong chieu sang toi thang de va voi".split(" "),
);
// Words that open a preamble, printed exactly: "Căn cứ" folds like "Cần Thơ".
const OPENS_SENTENCE = new Set(["Căn", "Xét"]);
// A place's every syllable is capitalised; a capitalised syllable whose word goes on in
// lower case starts what follows the name: a sentence or a table cell ("UBND Thành phố
// / Báo cáo Bộ Tài chính …", "Công an Thành phố / Chỉ đạo Công an các phường", "của
// UBND thành phố Quy / định về …"), or a level word ("Thành ủy Thành phố về …").
const STARTS_WORD = new Set(
  [
    "báo cáo",
    "chỉ đạo",
    "quy định",
    "quyết định",
    "chủ trì",
    "phối hợp",
    "tham mưu",
    "hướng dẫn",
    "tổ chức",
    "đề nghị",
    "kiểm tra",
    "triển khai",
    "thông báo",
    "ban hành",
    "thực hiện",
    "thành phố",
    "thị xã",
    "thị trấn",
  ].map((word) => foldSameLength(word)),
);
const LOWER_WORD = /[ \t]*\n?[ \t]*(\p{Ll}[\p{Ll}\p{M}]*)/uy;

function startsWord(syllable: string, end: number, text: string): boolean {
  LOWER_WORD.lastIndex = end;
  const next = LOWER_WORD.exec(text)?.[1];
  return next !== undefined && STARTS_WORD.has(foldSameLength(`${syllable} ${next}`));
}
const FORMER = /[ \t]*\((?:cũ|mới)\)/uy;
const MAX_PLACE = 4;

/** A level word and place name read after a body's head: " phường Gia Thụy". */
export interface PlaceMatch {
  readonly end: number;
  readonly levelWord?: string;
  readonly place?: string;
}

/** Reads " tỉnh Đắk Lắk", " phường 7" or just " huyện" at `index`. */
export function readLevelAt(text: string, index: number): PlaceMatch | undefined {
  LEVEL_WORD.lastIndex = index;
  const level = LEVEL_WORD.exec(text);
  if (!level) return undefined;
  const printed = level[1] ?? "";
  const levelWord = /\p{Ll}/u.test(printed) ? printed : printed.toLocaleLowerCase("vi");
  // Provinces are a closed list: "UBND tỉnh Sửa đổi …" ran on into the next sentence.
  const isTinh = foldSameLength(levelWord) === "tinh";
  const place = readPlaceAt(
    text,
    LEVEL_WORD.lastIndex,
    levelOfWord(levelWord) === "PROVINCE",
    isTinh,
  );
  if (!place) return { end: LEVEL_WORD.lastIndex, levelWord };
  return { end: place.end, levelWord, place: place.place };
}

interface Syllable {
  readonly word: string;
  readonly end: number;
  readonly joiner: string;
}

function readSyllables(text: string, index: number): Syllable[] {
  const out: Syllable[] = [];
  let at = index;
  while (out.length < 8) {
    SYLLABLE.lastIndex = at;
    const m = SYLLABLE.exec(text);
    if (!m || (out.length === 0 && !/^\s/u.test(m[0]))) break;
    if (NOT_PLACE.has(foldSameLength(m[1] ?? "")) || ENDS_PLACE.has(m[1] ?? "")) break;
    if (OPENS_SENTENCE.has(m[1] ?? "")) break;
    if (startsWord(m[1] ?? "", SYLLABLE.lastIndex, text)) break;
    const joiner = /[-–]/u.test(m[0]) ? " - " : " ";
    out.push({ word: m[1] ?? "", end: SYLLABLE.lastIndex, joiner });
    at = SYLLABLE.lastIndex;
    if (/^\d/u.test(m[1] ?? "")) break;
  }
  return out;
}

function join(syllables: readonly Syllable[]): string {
  return syllables.map((s, i) => (i === 0 ? s.word : s.joiner + s.word)).join("");
}

function isProvince(syllables: readonly Syllable[]): boolean {
  return isProvinceName(syllables.map((s) => s.word).join(" "));
}

// Where the capitalised run also holds a person's name ("phường Tương Mai Đào Thị Thu
// Hằng"), the place ends where a family name starts a two-to-four-syllable name;
// place names mostly have two syllables, so that cut is preferred.
function provinceLength(syllables: readonly Syllable[]): number {
  for (let k = Math.min(syllables.length, 5); k >= 1; k--) {
    if (isProvince(syllables.slice(0, k))) return k;
  }
  return 0;
}

function placeLength(syllables: readonly Syllable[], provincial: boolean): number {
  if (provincial) {
    const n = syllables.length;
    const province = provinceLength(syllables);
    if (province > 0) return province;
    if (n >= 2 && n <= 4 && isFamilyName(syllables[0]?.word ?? "")) return 0;
  }
  // Only provinces join their parts with a dash ("Bà Rịa - Vũng Tàu").
  const dash = syllables.findIndex((s, i) => i > 0 && s.joiner !== " ");
  const n = dash > 0 ? dash : syllables.length;
  for (const cut of [2, 3, 1]) {
    const rest = n - cut;
    if (cut < n && rest >= 2 && rest <= 4 && isFamilyName(syllables[cut]?.word ?? "")) return cut;
  }
  return Math.min(n, MAX_PLACE);
}

/**
 * Reads a place name ("Gia Thụy", "Bà Rịa - Vũng Tàu", "7") at `index`; with
 * `provinceOnly`, only a province's name.
 */
export function readPlaceAt(
  text: string,
  index: number,
  provincial: boolean,
  provinceOnly = false,
): { end: number; place: string } | undefined {
  const syllables = readSyllables(text, index);
  const length = provinceOnly ? provinceLength(syllables) : placeLength(syllables, provincial);
  if (length === 0) return undefined;
  const kept = syllables.slice(0, length);
  let end = kept[kept.length - 1]?.end ?? index;
  FORMER.lastIndex = end;
  if (FORMER.exec(text)) end = FORMER.lastIndex;
  return { end, place: join(kept) };
}
