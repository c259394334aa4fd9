import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../../../src/errors.js";
import { normalizeSource } from "../../../../src/ingest/normalize/index.js";
import { foldVietnamese } from "../../../../src/text/index.js";

// Words, old and new tone placement, decomposed letters, entities, codes, every kind of
// space, dash and line break, invisible characters: what the normaliser rewrites.
const PIECES = [
  "Nghị",
  "định",
  "số",
  "32/2021/NĐ-CP",
  "03-TT/QU",
  "Thuỵ",
  "Thụy",
  "hoà",
  "khoẻ",
  "Quận",
  "ủy",
  "Việt",
  "Nam",
  "của",
  "ABC",
  "xã",
  "&amp;",
  "&ocirc;",
  "&#7897;",
  "&nbsp;",
  "e\u0302\u0301",
  "Nghi\u0323",
  "–",
  "—",
  "−",
  "\u00a0",
  " ",
  "  ",
  "\t",
  "\n",
  "\n\n",
  "\r\n",
  ",",
  ".",
  ";",
  "“",
  "”",
  "\u200b",
  "\u00ad",
];

const sourceText = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 })
  .map((pieces) => pieces.join(""))
  .filter((text) => /[^\s\u00a0\u200b\u00ad]/.test(text.replace(/&nbsp;/g, "")));

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&ocirc;": "ô",
  "&#7897;": "ộ",
  "&nbsp;": " ",
};

/** What normalised text says, ignoring case, tones, spaces and dashes. */
function reading(text: string): string {
  return foldVietnamese(text).replace(/[\s-]+/g, "");
}

/**
 * What a stretch of original text says, by an oracle independent of the normaliser:
 * entities decoded, invisible characters dropped, then read as above.
 */
function originalReading(text: string): string {
  return reading(
    text
      .replace(/&(?:amp|ocirc|#7897|nbsp);/g, (entity) => ENTITIES[entity]!)
      .replace(/[\u200b\u00ad]/g, ""),
  );
}

describe("normalize: offsets", () => {
  it("maps every span back to original text that normalises to the same words", () => {
    fc.assert(
      fc.property(sourceText, fc.nat(), fc.nat(), (source, x, y) => {
        const result = normalizeSource(source);
        const length = result.text.length;
        const [s, e] = [x % (length + 1), y % (length + 1)].sort((a, b) => a - b) as [
          number,
          number,
        ];
        const [start, end] = result.toOriginal(s, e);
        expect(0 <= start && start <= end && end <= result.original.length).toBe(true);
        expect(originalReading(result.original.slice(start, end))).toBe(
          reading(result.text.slice(s, e)),
        );
      }),
      { numRuns: 400 },
    );
  });

  it("maps monotonically: a later position never maps before an earlier one", () => {
    const markup = fc
      .array(
        fc.constantFrom(
          ...PIECES,
          "<p>",
          "</p>",
          "<br>",
          "**",
          "*",
          "_",
          "# ",
          "| ",
          "\n---\n",
          "[x](y)",
        ),
        { minLength: 1, maxLength: 40 },
      )
      .map((pieces) => `Nội dung ${pieces.join("")}`);
    fc.assert(
      fc.property(markup, (source) => {
        const result = normalizeSource(source);
        let previous: readonly [number, number] = [0, 0];
        for (let i = 0; i <= result.text.length; i++) {
          const point = result.toOriginal(i, i);
          const span = result.toOriginal(0, i);
          expect(point[0]).toBeGreaterThanOrEqual(previous[0]);
          expect(span[1]).toBeGreaterThanOrEqual(previous[1]);
          previous = [point[0], span[1]];
        }
      }),
      { numRuns: 200 },
    );
  });

  it("quotes the original through every stage at once", () => {
    const source =
      "---\ntitle: Tin\n---\n**Căn cứ** Nghị định số 32/2021/NĐ-\nCP ngày 29/3/2021 của\n" +
      "Chính phủ về phường <b>Gia Thuỵ</b>&nbsp;&ndash; quận Long Biên<br>";
    const result = normalizeSource(source);
    expect(result.text).toBe(
      "Căn cứ Nghị định số 32/2021/NĐ-CP ngày 29/3/2021 của Chính phủ về phường Gia Thụy - quận Long Biên",
    );
    const code = result.text.indexOf("32/2021/NĐ-CP");
    expect(result.quote(code, code + "32/2021/NĐ-CP".length)).toBe("32/2021/NĐ-\nCP");
    const ward = result.text.indexOf("Gia Thụy - quận");
    expect(result.quote(ward, ward + "Gia Thụy - quận".length)).toBe(
      "Gia Thuỵ</b>&nbsp;&ndash; quận",
    );
    expect(result.quote(0, 6)).toBe("Căn cứ");
    expect(result.quote(0, 11)).toBe("Căn cứ** Nghị");
    expect(result.toOriginal(result.text.length, result.text.length)).toEqual([
      source.length - "<br>".length,
      source.length - "<br>".length,
    ]);
  });

  it("refuses spans outside the text", () => {
    const result = normalizeSource("Quận ủy Long Biên");
    expect(() => result.toOriginal(3, 2)).toThrow(
      expect.objectContaining({
        code: ErrorCode.BAD_USER_INPUT,
        message: "a span of the normalized text needs 0 <= start <= end <= 17, got [3, 2]",
      }),
    );
    expect(() => result.toOriginal(0, 18)).toThrow(/got \[0, 18\]/);
    expect(() => result.toOriginal(0.5, 2)).toThrow(/got \[0\.5, 2\]/);
  });

  it("normalises a 20 MB text with its offsets", () => {
    const paragraph =
      "**Căn cứ** Nghị định số 32/2021/NĐ-\nCP của Chính phủ &ndash; phường Gia Thuỵ;\n" +
      "Thông tri số\n03-TT/QU của Quận ủy <b>Long Biên</b>.\n\n";
    const source = paragraph.repeat(Math.ceil(20_000_000 / paragraph.length));
    const result = normalizeSource(source);
    const last = result.text.lastIndexOf("03-TT/QU");
    expect(result.quote(last, last + 8)).toBe("03-TT/QU");
    const joined = result.text.lastIndexOf("32/2021/NĐ-CP");
    expect(result.quote(joined, joined + 13)).toBe("32/2021/NĐ-\nCP");
    expect(result.text.endsWith("Thông tri số 03-TT/QU của Quận ủy Long Biên.")).toBe(true);
  }, 120_000);
});
