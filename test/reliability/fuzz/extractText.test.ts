import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isGovgraphError } from "../../../src/errors.js";
import { extractText } from "../../../src/ingest/index.js";
import { vietnameseText } from "./vietnamese.js";

/** The extractor either answers or refuses with one of govgraph's own errors: it never crashes. */
function extractOrRefuse(input: string | Uint8Array, publishedAt?: string): "answered" | "refused" {
  try {
    const extraction = extractText(input, publishedAt === undefined ? {} : { publishedAt });
    for (const list of [
      extraction.documents,
      extraction.bodies,
      extraction.people,
      extraction.meetings,
      extraction.relations,
    ]) {
      expect(Array.isArray(list)).toBe(true);
      // Evidence reads as one line of NFC text, whatever the input held.
      for (const { evidence } of list) {
        expect(evidence.sentence).not.toMatch(/[\n\r]/u);
        expect(evidence.sentence).toBe(evidence.sentence.normalize("NFC"));
      }
    }
    return "answered";
  } catch (error) {
    if (isGovgraphError(error)) return "refused";
    throw error;
  }
}

describe("fuzz: the extractor", () => {
  it("answers any Vietnamese-looking text without throwing", () => {
    fc.assert(
      fc.property(
        vietnameseText(2000),
        fc.option(fc.constantFrom("2022-07-02", "2021-12-31", "1999-01-01"), { nil: undefined }),
        (text, publishedAt) => {
          expect(extractOrRefuse(text, publishedAt)).toBe("answered");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never crashes on arbitrary strings and bytes", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 500 }),
          fc.string({ unit: "binary", maxLength: 500 }),
          fc.string({ unit: "grapheme", maxLength: 300 }),
          fc.uint8Array({ maxLength: 500 }),
          fc
            .array(
              fc.constantFrom(
                "<",
                ">",
                "&",
                "#",
                ";",
                "---",
                "\n",
                "*",
                "[",
                "]",
                "(",
                ")",
                "số",
                "ngày",
              ),
              { maxLength: 200 },
            )
            .map((a) => a.join("")),
        ),
        (input) => {
          extractOrRefuse(input);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reads a megabyte of text", { timeout: 120_000 }, () => {
    const sample =
      fc.sample(vietnameseText(4000), { numRuns: 1, seed: 8 })[0] ?? "Nghị định số 32/2021/NĐ-CP";
    const text = sample
      .repeat(Math.ceil((1024 * 1024) / Math.max(sample.length, 1)))
      .slice(0, 1024 * 1024);
    expect(extractOrRefuse(text, "2022-07-02")).toBe("answered");
    expect(
      extractOrRefuse(
        `${"Nghị định số 32/2021/NĐ-CP ngày 29/3/2021 của Chính phủ. ".repeat(18_000)}`,
      ),
    ).toBe("answered");
  });
});
