import { normalizeToneMarks } from "../../text/index.js";

// Family names that open a Vietnamese personal name, with their tones ("Vũ" is one,
// "Vụ" is not: "Vụ trưởng Vụ Tổ chức" names no one). Names of ethnic
// minorities open with "Y", "K", "H'", "Điểu", "Ksor"… A capitalised run after a
// body name ("UBND phường Tương Mai Đào Thị Thu Hằng") splits where a family name
// starts a plausible two-to-four-syllable name. "Văn", "Thị" are middle names here.
const FAMILY_NAMES = new Set(
  (
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn " +
    "trương lương đinh lâm mai cao tạ hà trịnh chu lưu thái tô kiều la quách ninh cung " +
    "điểu vương tăng từ thân khổng mạc lục nông hứa giang kim lò hầu triệu âu đàm doãn " +
    "châu thạch trình tôn phùng lại đồng khúc y k h ksor rơ siu nay bế ma sùng giàng vi " +
    "quan tiêu bạch lã mẫn thiều nghiêm phí kha dư diệp biện lăng bành viên hàn khương " +
    "chế đường thiệu ân lữ ông tống thang nhâm hồng phương giáp yên tiết đậu bằng thượng " +
    "ưng mông vàng cù đồ bàn sầm nhữ ngọ phù quản thới trà tiền vưu xa ứng lò"
  ).split(" "),
);

// Capitalised words that are never part of a personal name, compared in lower case
// with their tones: "Hội" ends a name, "Hồi" may be one.
const NOT_NAME = new Set(
  (
    "bí chủ tịch phó ủy uỷ viên trưởng ban bộ tỉnh huyện quận xã phường đảng hội ubnd " +
    "hđnd mttq ubmttq sở phòng phủ thủ tướng giám đốc chánh tổng thường trực kỳ họp nghị " +
    "ngày năm tháng theo thực hiện tại biểu thể lãnh đạo các những ông bà nhà nước ương " +
    "đ/c tuv huv pct pbt cục vụ viện"
  ).split(" "),
);

// "Huân chương", "Huy chương": an award printed right after a name.
const AWARD_HEADS = new Set(["Huân", "Huy"]);

const SYLLABLE = /^(?:\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{L}[\p{Ll}\p{M}]*)?|\p{Lu})$/u;

/** True when `word` can open a Vietnamese personal name. */
export function isFamilyName(word: string): boolean {
  let known = FAMILY_CACHE.get(word);
  if (known === undefined) {
    const bare = normalizeToneMarks(word)
      .toLocaleLowerCase("vi")
      .replace(/['’].*$/u, "");
    known = FAMILY_NAMES.has(bare);
    if (FAMILY_CACHE.size > 20_000) FAMILY_CACHE.clear();
    FAMILY_CACHE.set(word, known);
  }
  return known;
}

const FAMILY_CACHE = new Map<string, boolean>();

/** True for a capitalised syllable that may belong to a personal name. */
export function isNameSyllable(word: string): boolean {
  return SYLLABLE.test(word) && !NOT_NAME.has(word.toLocaleLowerCase("vi"));
}

// Syllables are separated by spaces or by one hard-wrapped line break.
const NAME_RUN =
  /\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{L}[\p{Ll}\p{M}]*)?(?:(?:[ \t]+|[ \t]*\n[ \t]*)\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{L}[\p{Ll}\p{M}]*)?){1,5}/uy;

/** A personal name read at a position. */
export interface NameMatch {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/**
 * Reads a personal name of two to five capitalised syllables starting at `index`
 * ("Phan Việt Hưng", "K Thanh", "Y Quang Buôn Krông"). With `requireFamilyName`
 * the first syllable must be a known family name (used where no "đồng chí/ông/bà"
 * announces a person).
 */
export function readNameAt(
  text: string,
  index: number,
  requireFamilyName: boolean,
): NameMatch | undefined {
  NAME_RUN.lastIndex = index;
  const m = NAME_RUN.exec(text);
  if (!m) return undefined;
  const runEnd = NAME_RUN.lastIndex;
  const words = m[0].split(/\s+/u);
  let count = 0;
  for (const word of words) {
    if (!isNameSyllable(word)) break;
    count++;
  }
  // "Giám" is a given name ("Huỳnh Minh Giám") when no "đốc", "sát", "định" follows.
  if (
    count === words.length - 1 &&
    count >= 2 &&
    words[count] === "Giám" &&
    !/^[ \t]+(?:đốc|sát|định|thị)(?![\p{L}\p{M}])/u.test(text.slice(runEnd, runEnd + 10))
  )
    count++;
  // "Trao tặng đồng chí Trần Đình Hoan Huân chương Độc lập": the award is no part of the name.
  if (
    count === words.length &&
    count >= 3 &&
    AWARD_HEADS.has(words[count - 1] ?? "") &&
    /^[ \t]+chương(?![\p{L}\p{M}])/u.test(text.slice(runEnd, runEnd + 12))
  )
    count--;
  if (count < 2) return undefined;
  // A given name is never one letter: "Nguyễn Văn A", "Trần Thị B" are a form's
  // placeholders ("đồng chí Nguyễn Văn B, Thứ trưởng Bộ X"), not people.
  if (/^\p{Lu}$/u.test(words[count - 1] ?? "")) return undefined;
  const first = words[0] ?? "";
  if (requireFamilyName && !isFamilyName(first)) return undefined;
  if (!requireFamilyName && !isFamilyName(first) && count > 4) return undefined;
  const kept = words.slice(0, count);
  const name = kept.join(" ");
  let end = index;
  for (let i = 0; i < count; i++) {
    end = text.indexOf(kept[i] ?? "", end) + (kept[i] ?? "").length;
  }
  return { start: index, end, name };
}
