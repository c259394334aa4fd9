import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../../src/domain.js";
import { extractText } from "../../../../src/ingest/index.js";

/** The evidence of the relation of `type` whose target's code is `code`. */
function evidenceOf(extraction: Extraction, type: string, code: string) {
  const relation = extraction.relations.find(
    (r) => r.type === type && "document" in r.to && r.to.document === code,
  );
  if (!relation) throw new Error(`no ${type} → ${code} among ${extraction.relations.length}`);
  return relation.evidence;
}

describe("extract: evidence as a reader sees it", () => {
  it("quotes a sentence of an HTML page without its tags and entities", () => {
    const html =
      "<p><span>Thực hiện Chỉ thị số 06/CT-TTg ng&agrave;y 31/01/2020 của Thủ tướng " +
      "Ch&iacute;nh phủ về việc tăng cường biện ph&aacute;p ph&ograve;ng, chống dịch, " +
      "</span><span>UBND huyện Đắk Song ban hành Kế hoạch số 15/KH-UBND.</span></p>\n" +
      "<p>Đoạn hai.</p>\n<p>Đoạn ba.</p>";
    const evidence = evidenceOf(extractText(html), "IMPLEMENTS", "06/CT-TTg");
    expect(evidence.sentence).toBe(
      "Thực hiện Chỉ thị số 06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính phủ về việc tăng " +
        "cường biện pháp phòng, chống dịch, UBND huyện Đắk Song ban hành Kế hoạch số 15/KH-UBND.",
    );
    // The offsets still point at the sentence where it stands in the page.
    expect(html.slice(evidence.start, evidence.end)).toMatch(
      /^Thực hiện Chỉ thị[^]*15\/KH-UBND\.$/,
    );
  });

  it("joins a preamble's hard-wrapped lines and a code cut at a line's end", () => {
    const text =
      "BỘ TƯ PHÁP\n\nSố: 24/2025/TT-BTP\n\nHà Nội, ngày 27 tháng 11 năm 2025\n\n" +
      "THÔNG TƯ\nQUY ĐỊNH VỀ THỬ NGHIỆM\n\n" +
      "Căn cứ Nghị định số 39/2025/NĐ-\nCP của Chính phủ quy định chức năng, nhiệm vụ\n" +
      "của Bộ Tư pháp;\n\nĐiều 1. Thông tư này quy định về thử nghiệm.";
    const evidence = evidenceOf(extractText(text), "BASED_ON", "39/2025/NĐ-CP");
    expect(evidence.sentence).toBe(
      "Căn cứ Nghị định số 39/2025/NĐ-CP của Chính phủ quy định chức năng, nhiệm vụ của Bộ Tư pháp;",
    );
  });

  it("keeps the source's own spelling: old tone placement and its dashes", () => {
    const text =
      "Chiều ngày 30/6, Đảng uỷ phường Gia Thuỵ tổ chức Hội nghị sơ kết 01 năm thực hiện " +
      "Thông tri số 03-TT/QU của Quận uỷ Long Biên – đơn vị chủ trì.";
    const extraction = extractText(text, { publishedAt: "2022-07-02" });
    const evidence = evidenceOf(extraction, "REVIEWS", "03-TT/QU");
    expect(evidence.sentence).toBe(text);
    // What the graph names is spelled one way; only the quote keeps the source's.
    expect(extraction.bodies.map((b) => b.name)).toContain("Đảng ủy phường Gia Thụy");
  });

  it("drops Markdown's emphasis and a front matter's quotes", () => {
    const markdown =
      "---json\n{\n" +
      '    "title": "Tin phường",\n' +
      '    "description": "Sáng 3/3, Quận ủy Long Biên ban hành Thông tri số 04-TT/QU về ' +
      '\\"phòng dịch\\".",\n' +
      '    "date": "2022-03-04T02:00:00.000Z"\n}\n---\n\n' +
      "Thực hiện **Nghị định số 32/2021/NĐ-CP** của Chính phủ, phường ban hành Kế hoạch số " +
      "7/KH-UBND.\n";
    const extraction = extractText(markdown);
    expect(evidenceOf(extraction, "IMPLEMENTS", "32/2021/NĐ-CP").sentence).toBe(
      "Thực hiện Nghị định số 32/2021/NĐ-CP của Chính phủ, phường ban hành Kế hoạch số 7/KH-UBND.",
    );
    const lead = extraction.documents.find((d) => d.code === "04-TT/QU");
    expect(lead?.evidence.sentence).toBe(
      'Sáng 3/3, Quận ủy Long Biên ban hành Thông tri số 04-TT/QU về "phòng dịch".',
    );
  });
});
