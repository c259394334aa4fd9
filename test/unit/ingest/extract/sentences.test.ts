import { describe, expect, it } from "vitest";
import { plainText } from "../../../../src/ingest/extract/plainText.js";
import { splitSentences } from "../../../../src/ingest/extract/splitSentences.js";

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe("extract: sentences", () => {
  it("splits at sentence punctuation before a capital, not after abbreviations or list numbers", () => {
    expect(sentences("UBND TP. Hà Nội họp. Đ/c. Lan dự. 1. Nghị quyết số 1/NQ-CP. Xong")).toEqual([
      "UBND TP. Hà Nội họp.",
      "Đ/c. Lan dự.",
      "1. Nghị quyết số 1/NQ-CP.",
      "Xong",
    ]);
  });

  it("joins hard-wrapped lines of a legal text and breaks at clause-final line ends", () => {
    const text =
      "Căn cứ Nghị định số 78/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều và\nbiện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật;\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nTheo đề nghị của Bộ trưởng Bộ Tài chính;";
    expect(sentences(text)).toEqual([
      "Căn cứ Nghị định số 78/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều và\nbiện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật;",
      "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",
      "Theo đề nghị của Bộ trưởng Bộ Tài chính;",
    ]);
  });

  it("keeps one paragraph per line in news and one item per list line", () => {
    expect(
      sentences("Quang cảnh Hội nghị\nĐồng chí Hưng phát biểu\n\n- Đồng chí A\n- Đồng chí B"),
    ).toEqual(["Quang cảnh Hội nghị", "Đồng chí Hưng phát biểu", "- Đồng chí A", "- Đồng chí B"]);
  });

  it("cuts a run-on text so that no sentence exceeds a few thousand characters", () => {
    const text = "chữ ".repeat(5000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(3);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(3000);
  });

  it("keeps offsets while blanking Markdown and unifying tone marks", () => {
    const text = "**Uỷ ban** | Hoà\\.";
    const plain = plainText(text);
    expect(plain).toHaveLength(text.length);
    expect(plain).toBe("  Ủy ban     Hòa .");
  });
});
