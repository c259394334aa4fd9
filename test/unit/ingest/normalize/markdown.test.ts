import { describe, expect, it } from "vitest";
import { normalizeSource } from "../../../../src/ingest/normalize/index.js";

const text = (source: string): string => normalizeSource(source).text;

describe("normalize: Markdown", () => {
  it("removes emphasis but keeps codes whole", () => {
    expect(
      text("**Căn cứ** *Nghị định số* __32/2021/NĐ-CP__ và _Thông tri_ số **03-TT/QU**;"),
    ).toBe("Căn cứ Nghị định số 32/2021/NĐ-CP và Thông tri số 03-TT/QU;");
    expect(text("Tệp 60-NQ_TW.md, mẫu số ___ và 2 * 3 = 6, 2*3 = 6.")).toBe(
      "Tệp 60-NQ_TW.md, mẫu số ___ và 2 * 3 = 6, 2*3 = 6.",
    );
  });

  it("removes heading hashes and quote markers, keeping headings on lines of their own", () => {
    expect(
      text(
        "# BÀI GIỚI THIỆU ##\nPhường Tương Mai mới được thành lập.\n> Từ ngày 1/7, chính quyền hai cấp.",
      ),
    ).toBe(
      "BÀI GIỚI THIỆU\n\nPhường Tương Mai mới được thành lập.\nTừ ngày 1/7, chính quyền hai cấp.",
    );
  });

  it("turns tables into lines of cells and drops separator rows", () => {
    const table = "| Số hiệu | Loại văn bản |\n|---|:---:|\n| **08/2025/NQ-CP** | Nghị quyết |";
    expect(text(table)).toBe("Số hiệu | Loại văn bản\n\n08/2025/NQ-CP | Nghị quyết");
  });

  it("drops rules, pandoc dividers and comment lines", () => {
    const source =
      "[//]: # (template img ![]())\n  ----------- -----------\n    \\-\\-\\-\\-\\--**\n***\nNội dung.";
    expect(text(source)).toBe("Nội dung.");
  });

  it("keeps list text and link text, drops images (an image line leaves a paragraph break)", () => {
    const source =
      "* Nghị quyết 19/NQ-HĐND;\n+ Quyết định 2539/QĐ-UBND;\n- [Phương án tuyến QL1A.pdf](https://example.org/a_(b).pdf)\n" +
      "![Quang cảnh hội nghị](https://example.org/anh.jpg)\nQuang cảnh hội nghị";
    expect(text(source)).toBe(
      "- Nghị quyết 19/NQ-HĐND;\n- Quyết định 2539/QĐ-UBND;\n- Phương án tuyến QL1A.pdf\n\nQuang cảnh hội nghị",
    );
  });

  it("removes pandoc escapes", () => {
    expect(text("1\\. Sắp xếp toàn bộ diện tích tự nhiên\\\nquy mô dân số \\*không\\* đổi.")).toBe(
      "1. Sắp xếp toàn bộ diện tích tự nhiên quy mô dân số *không* đổi.",
    );
  });

  it("removes emphasis markers left at the end of a line", () => {
    expect(text("**ỦY BAN NHÂN\nDÂN **\nTỈNH LAI CHÂU")).toBe("ỦY BAN NHÂN\nDÂN\nTỈNH LAI CHÂU");
  });
});
