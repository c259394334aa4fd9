import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractText } from "../../../../src/ingest/index.js";

const seed = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../../shared/seeds/gia-thuy-so-ket-thong-tri-03.txt",
);

function counts(text: string | Uint8Array): number[] {
  const e = extractText(text);
  return [
    e.documents.length,
    e.bodies.length,
    e.people.length,
    e.meetings.length,
    e.relations.length,
  ];
}

describe("extract: robustness", () => {
  it("returns an empty extraction for empty and blank text", () => {
    expect(counts("")).toEqual([0, 0, 0, 0, 0]);
    expect(counts(" \n\t \n")).toEqual([0, 0, 0, 0, 0]);
    expect(counts(new Uint8Array())).toEqual([0, 0, 0, 0, 0]);
  });

  it("reads a text with no Vietnamese without finding anything", () => {
    expect(
      counts("The quick brown fox jumps over the lazy dog. Decree 12/2020 was cited on 1/2/2020."),
    ).toEqual([0, 0, 0, 0, 0]);
  });

  it("survives texts made to trip regular expressions", { timeout: 60_000 }, () => {
    const long = 200_000;
    const traps = [
      "số ".repeat(long / 3),
      "Nghị quyết ".repeat(long / 11),
      "Ủy ban nhân dân ".repeat(long / 16),
      "A ".repeat(long / 2),
      "Nguyễn ".repeat(long / 7),
      "1/".repeat(long / 2),
      "12-".repeat(long / 3) + "NQ/TW",
      "x".repeat(long),
      "đồng chí ".repeat(long / 9),
      "(".repeat(long / 2),
      "“về ".repeat(long / 4),
      "ngày 1/1 ".repeat(long / 9),
      "Căn cứ Nghị định số 1/2020/NĐ-CP, ".repeat(long / 34),
      "- Lưu: VT; - ".repeat(long / 13),
      // A procedure table's step marks before its verb, read one way only.
      `${"1".repeat(60)}x Ban hành Quyết định phê duyệt. `.repeat(long / 100),
      `${"1 ".repeat(40)}x Ban hành Quyết định phê duyệt. `.repeat(long / 120),
    ];
    for (const trap of traps) expect(() => extractText(trap)).not.toThrow();
  });

  it("reads a 20 MB text without failing", { timeout: 300_000 }, () => {
    const article = readFileSync(seed, "utf8");
    const text = `${article}\n\n`.repeat(Math.ceil(20_000_000 / (article.length + 2)));
    expect(text.length).toBeGreaterThanOrEqual(20_000_000);
    const extraction = extractText(text);
    expect(extraction.documents.filter((d) => d.code).map((d) => d.code)).toEqual([
      "03-TT/QU",
      "123-KH/QU",
      "32/2021/NĐ-CP",
      "97/2019/QH14",
      "100/KH-UBND",
      "2696/QĐ-UBND",
    ]);
  });
});
