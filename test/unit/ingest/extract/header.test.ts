import { describe, expect, it } from "vitest";
import { plainText } from "../../../../src/ingest/extract/plainText.js";
import { readHeader } from "../../../../src/ingest/extract/readHeader.js";
import { readSignatures } from "../../../../src/ingest/extract/readSignatures.js";
import { facts, relationLines } from "./facts.js";

const DECISION = `ỦY BAN NHÂN DÂN
TỈNH ĐẮK NÔNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 63/2025/QĐ-UBND

Đắk Nông, ngày 12 tháng 3 năm 2025

QUYẾT ĐỊNH
Về việc phân cấp cho Sở Tư pháp tỉnh Đắk Nông

ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Nghị định số 19/2011/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi được sửa đổi, bổ sung bởi Nghị định số 24/2019/NĐ-CP;
Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 139/TTr-STP ngày 04 tháng 3 năm 2025.

QUYẾT ĐỊNH:

Điều 1. Phân cấp cho Sở Tư pháp.
Điều 2. Quyết định này có hiệu lực từ ngày ký và thay thế Quyết định số 12/2020/QĐ-UBND ngày 01/6/2020 của UBND tỉnh Đắk Nông.

Nơi nhận:
- Bộ Tư pháp;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Chiến
`;

describe("extract: header and signatures", () => {
  it("reads the document a legal text is from its header", () => {
    expect(readHeader(plainText(DECISION))).toMatchObject({
      code: { code: "63/2025/QĐ-UBND" },
      kind: "DECISION",
      issuer: "Ủy ban nhân dân tỉnh Đắk Nông",
      date: { day: 12, month: 3, year: 2025 },
      title: "Về việc phân cấp cho Sở Tư pháp tỉnh Đắk Nông",
    });
  });

  it("makes the header's document the subject: Căn cứ → BASED_ON, issuer, proposer's Tờ trình", () => {
    const json = facts(DECISION);
    expect(json.documents[0]).toEqual({
      code: "63/2025/QĐ-UBND",
      kind: "Quyết định",
      // Listed under the spelling the text itself uses ("của UBND tỉnh Đắk Nông").
      issuer: "UBND tỉnh Đắk Nông",
      issuedOn: "2025-03-12",
      year: 2025,
      title: "Về việc phân cấp cho Sở Tư pháp tỉnh Đắk Nông",
      isSubject: true,
    });
    expect(relationLines(json)).toEqual([
      "AMENDS 24/2019/NĐ-CP → 19/2011/NĐ-CP",
      "BASED_ON 63/2025/QĐ-UBND → 19/2011/NĐ-CP",
      "BASED_ON 63/2025/QĐ-UBND → 72/2025/QH15",
      "ISSUED_BY 12/2020/QĐ-UBND → body:UBND tỉnh Đắk Nông",
      "ISSUED_BY 139/TTr-STP → body:Sở Tư pháp tỉnh Đắk Nông",
      "ISSUED_BY 19/2011/NĐ-CP → body:Chính phủ",
      "ISSUED_BY 24/2019/NĐ-CP → body:Chính phủ",
      "ISSUED_BY 63/2025/QĐ-UBND → body:UBND tỉnh Đắk Nông",
      "ISSUED_BY 72/2025/QH15 → body:Quốc hội",
      "REPLACES 63/2025/QĐ-UBND → 12/2020/QĐ-UBND",
    ]);
  });

  it("leaves the recipient list out and gives the signer the title printed over the name", () => {
    const json = facts(DECISION);
    expect(json.bodies.map((b) => b.name)).not.toContain("Bộ Tư pháp");
    expect(json.people).toEqual([
      { name: "Lê Văn Chiến", positions: [{ title: "Phó Chủ tịch", body: "UBND tỉnh Đắk Nông" }] },
    ]);
  });

  it("reads state and Party signature blocks", () => {
    const blocks = readSignatures(
      "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nHồ Đức Phớc\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn A\n\nT/M BỘ CHÍNH TRỊ\nTrần Cẩm Tú\n\n( Đã ký) Lê Thành Long",
    );
    expect(blocks.map((s) => [s.name, s.title, s.signedFor, s.impliedBody])).toEqual([
      ["Hồ Đức Phớc", "Phó Thủ tướng", "Chính phủ", "Chính phủ"],
      ["Nguyễn Văn A", "Bí thư", "Ban Thường vụ", undefined],
      ["Trần Cẩm Tú", undefined, "Bộ Chính trị", undefined],
      ["Lê Thành Long", undefined, undefined, undefined],
    ]);
  });

  it("gives a Party document the body signed for, and a signer without title no position", () => {
    const json = facts(
      "BAN CHẤP HÀNH TRUNG ƯƠNG\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 221-KL/TW\n\nHà Nội, ngày 28 tháng 11 năm 2025\n\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ VỀ TÌNH HÌNH HOẠT ĐỘNG\n\nBộ Chính trị kết luận như sau.\n\nT/M BỘ CHÍNH TRỊ\nTrần Cẩm Tú\n",
    );
    expect(json.documents[0]).toMatchObject({
      code: "221-KL/TW",
      kind: "Kết luận",
      issuer: "Bộ Chính trị",
      issuedOn: "2025-11-28",
    });
    expect(json.people).toEqual([{ name: "Trần Cẩm Tú", positions: [] }]);
  });
});
