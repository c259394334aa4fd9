import fc from "fast-check";

const VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
const TONED = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
const CONSONANTS = "bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX";
const PUNCTUATION = ".,;:!?()\"'«»“”‘’–—-/…";
const WORDS = [
  "Nghị định",
  "số",
  "Quyết định",
  "Thông tri",
  "Kế hoạch",
  "Chỉ thị",
  "Kết luận",
  "của",
  "về",
  "thực hiện",
  "ngày",
  "tháng",
  "năm",
  "UBND",
  "Quận ủy",
  "Đảng ủy",
  "phường",
  "Gia Thụy",
  "Long Biên",
  "Hà Nội",
  "đồng chí",
  "Bí thư",
  "Chủ tịch",
  "Hội nghị sơ kết",
  "căn cứ",
  "sửa đổi",
  "bổ sung",
  "bãi bỏ",
  "thay thế",
];

/** Text that looks Vietnamese: syllables, real words, codes, dates, punctuation and line breaks. */
export const vietnameseText = (maxLength = 400): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
        {
          weight: 4,
          arbitrary: fc
            .tuple(
              fc.constantFrom(...CONSONANTS, ""),
              fc.constantFrom(...VOWELS, ...TONED),
              fc.constantFrom("", "n", "ng", "nh", "c", "ch", "t", "m", "p", "i", "u", "y"),
            )
            .map((parts) => parts.join("")),
        },
        { weight: 2, arbitrary: documentCodeText() },
        {
          weight: 1,
          arbitrary: fc
            .tuple(
              fc.integer({ min: 0, max: 40 }),
              fc.integer({ min: 0, max: 14 }),
              fc.integer({ min: 1900, max: 2100 }),
            )
            .map(([d, m, y]) => `ngày ${d}/${m}/${y}`),
        },
        { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION.split("")) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            "  ",
            "# ",
            "- ",
            "**",
            "<p>",
            "</p>",
            "&amp;",
            "&#7871;",
          ),
        },
      ),
      { maxLength: Math.ceil(maxLength / 4) },
    )
    .map((tokens) => tokens.join(" ").slice(0, maxLength));

/** Something shaped like a number-symbol, valid or nearly so. */
export const documentCodeText = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 99999 }),
      fc.constantFrom("/", "-", " /", "/ ", "–"),
      fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }),
      fc.constantFrom(
        "NĐ-CP",
        "QĐ-UBND",
        "TT/QU",
        "KH-UBND",
        "NQ/TW",
        "QH14",
        "TT-BTP",
        "UBND-VP",
        "CĐ-UBND",
        "HD/VPTW",
      ),
    )
    .map(([n, sep, year, symbol]) => `${n}${sep}${year === undefined ? "" : `${year}/`}${symbol}`);
