import { describe, expect, it } from "vitest";
import { changeScope } from "../../../../src/ingest/extract/changeScope.js";
import { extractText } from "../../../../src/ingest/index.js";
import { facts, relationLines } from "./facts.js";

function documentRelations(text: string): string[] {
  return relationLines(facts(text)).filter(
    (l) => !l.startsWith("ISSUED_BY") && !l.startsWith("ATTENDED"),
  );
}

describe("extract: relations", () => {
  it("reads IMPLEMENTS from a trích yếu, with the documents it lists, and DETAILS inside it", () => {
    expect(
      documentRelations(
        "Thông tri số 03-TT/QU ngày 22/4/2021 của Quận ủy Long Biên “về tổ chức thực hiện Nghị định số 32/2021/NĐ-CP ngày 29/3/2021 của Chính phủ quy định chi tiết và biện pháp thi hành Nghị quyết số 97/2019/QH14; Kế hoạch số 100/KH-UBND ngày 12/4/2021 của UBND Thành phố Hà Nội”.",
      ),
    ).toEqual([
      "IMPLEMENTS 03-TT/QU → 100/KH-UBND",
      "IMPLEMENTS 03-TT/QU → 32/2021/NĐ-CP",
      "IMPLEMENTS 32/2021/NĐ-CP → 97/2019/QH14",
    ]);
  });

  it("records how a document implements: carries out, details, guides", () => {
    const json = facts(
      "Nghị định số 33/2016/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật số 58/2014/QH13; Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương thực hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư; Thông tư số 03/2025/TT-VPCP hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP.",
    );
    const kinds = json.relations
      .filter((r) => r.type === "IMPLEMENTS")
      .map((r) => `${"document" in r.from ? r.from.document : ""} ${r.kind}`);
    expect(kinds.sort()).toEqual([
      "03/2025/TT-VPCP GUIDES",
      "33/2016/NĐ-CP DETAILS",
      "42-HD/BTCTW IMPLEMENTS",
    ]);
  });

  it("reads 'Thực hiện X, … Y tổ chức / ban hành Z' as Z implementing X, and nothing without a product", () => {
    expect(
      documentRelations(
        "Thực hiện Chỉ thị số 06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính phủ về phòng, chống dịch và Công điện số 393/CĐ-BVHTTDL ngày 31/01/2020 của Bộ Văn hóa, Thể thao và Du lịch về phòng, chống dịch; Ngày 01/02/2020, Ủy ban nhân dân tỉnh ban hành Công văn số 326/UBND-KGVX chỉ đạo các ngành.",
      ),
    ).toEqual([
      "IMPLEMENTS 326/UBND-KGVX → 06/CT-TTg",
      "IMPLEMENTS 326/UBND-KGVX → 393/CĐ-BVHTTDL",
    ]);
    expect(
      documentRelations(
        "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế bảo vệ dữ liệu cá nhân.",
      ),
    ).toEqual([]);
    expect(
      documentRelations("Việc quản lý thực hiện theo quy định tại Nghị định số 03/2017/NĐ-CP."),
    ).toEqual([]);
  });

  it("reads passive changes inside a citation: 'được sửa đổi, bổ sung bởi …'", () => {
    expect(
      documentRelations(
        "Theo Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15 và Nghị định số 120/2020/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 83/2024/NĐ-CP, Nghị định số 283/2025/NĐ-CP.",
      ),
    ).toEqual([
      "AMENDS 283/2025/NĐ-CP → 120/2020/NĐ-CP",
      "AMENDS 83/2024/NĐ-CP → 120/2020/NĐ-CP",
      "AMENDS 87/2025/QH15 → 64/2025/QH15",
    ]);
  });

  it("ends the amending list where a preamble's list goes on after a semicolon", () => {
    expect(
      documentRelations(
        "Căn cứ các Nghị định của Chính phủ: Nghị định số 88/2024/NĐ-CP quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất được sửa đổi, bổ sung bởi Nghị định số 226/2025/NĐ-CP; Nghị định số 102/2024/NĐ-CP quy định chi tiết thi hành một số điều của Luật Đất đai được sửa đổi, bổ sung bởi Nghị định số 226/2025/NĐ-CP; Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp;",
      ),
    ).toEqual(["AMENDS 226/2025/NĐ-CP → 102/2024/NĐ-CP", "AMENDS 226/2025/NĐ-CP → 88/2024/NĐ-CP"]);
    // Amending laws listed by number alone, semicolons and all.
    expect(
      documentRelations(
        "Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 36/2009/QH12; Luật số 42/2019/QH14 và Luật số 07/2022/QH15;",
      ),
    ).toEqual([
      "AMENDS 07/2022/QH15 → 50/2005/QH11",
      "AMENDS 36/2009/QH12 → 50/2005/QH11",
      "AMENDS 42/2019/QH14 → 50/2005/QH11",
    ]);
  });

  it("reads no amending law from the laws an unnumbered amending law's name lists", () => {
    expect(
      documentRelations(
        "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024, được sửa đổi, bổ sung một số điều tại Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15;",
      ).filter((l) => l.startsWith("AMENDS")),
    ).toEqual([]);
    // The amending law numbered after its own name is read.
    expect(
      documentRelations(
        "Căn cứ Luật Xây dựng số 50/2014/QH13 (được sửa đổi, bổ sung tại Luật sửa đổi, bổ sung một số điều của Luật Xây dựng số 62/2020/QH14);",
      ).filter((l) => l.startsWith("AMENDS")),
    ).toEqual(["AMENDS 62/2020/QH14 → 50/2014/QH13"]);
  });

  it("reads a trích yếu that amends, and 'về sửa đổi, bổ sung'", () => {
    expect(
      documentRelations(
        "Nghị định số 76/2024/NĐ-CP của Chính phủ về sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP quy định chính sách trợ giúp xã hội.",
      ),
    ).toEqual(["AMENDS 76/2024/NĐ-CP → 20/2021/NĐ-CP"]);
  });

  it("reads a legal text's own articles: sửa đổi, bãi bỏ, thay thế, hết hiệu lực", () => {
    const text = `BỘ TƯ PHÁP

Số: 24/2025/TT-BTP

Hà Nội, ngày 27 tháng 11 năm 2025

THÔNG TƯ
SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 02/2023/TT-BTP

Căn cứ Nghị định số 39/2025/NĐ-CP của Chính phủ quy định chức năng, nhiệm vụ của Bộ Tư pháp;

Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 02/2023/TT-BTP ngày 29 tháng 6 năm 2023 của Bộ trưởng Bộ Tư pháp.

Điều 2. Bãi bỏ toàn bộ các văn bản sau:

1. Thông tư số 04/2022/TT-BTP ngày 21 tháng 6 năm 2022 của Bộ trưởng Bộ Tư pháp.

2. Thông tư số 07/2022/TT-BTP ngày 01 tháng 11 năm 2022 của Bộ trưởng Bộ Tư pháp.

Điều 3. Thông tư này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế Thông tư số 09/2025/TT-BTP. Thông tư số 11/2025/TT-BTP hết hiệu lực kể từ ngày Thông tư này có hiệu lực.
`;
    expect(documentRelations(text)).toEqual([
      "AMENDS 24/2025/TT-BTP → 02/2023/TT-BTP",
      "BASED_ON 24/2025/TT-BTP → 39/2025/NĐ-CP",
      "REPEALS 24/2025/TT-BTP → 04/2022/TT-BTP",
      "REPEALS 24/2025/TT-BTP → 07/2022/TT-BTP",
      "REPEALS 24/2025/TT-BTP → 11/2025/TT-BTP",
      "REPLACES 24/2025/TT-BTP → 09/2025/TT-BTP",
    ]);
  });

  it("reads 'Thực hiện …' in a plan's preamble as the plan implementing it", () => {
    const text = `ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK

Số: 0124/KH-UBND

Đắk Lắk, ngày 18 tháng 11 năm 2025

KẾ HOẠCH
PHÁT ĐỘNG ĐỢT THI ĐUA

Thực hiện Quyết định số 2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Đợt thi đua. UBND tỉnh phát động Đợt thi đua như sau:

I. MỤC ĐÍCH, YÊU CẦU

Thực hiện tốt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.
`;
    expect(documentRelations(text)).toEqual([
      "IMPLEMENTS 01-KL/TW → 05-CT/TW",
      "IMPLEMENTS 0124/KH-UBND → 2437/QĐ-TTg",
    ]);
  });

  it("reads a letter's 'Thực hiện …' under its 'Kính gửi', in text wrapped at a fixed width", () => {
    const text = `BỘ TÀI CHÍNH
-------
Số: 17809/BTC-CTK
V/v báo cáo chỉ tiêu thống kê
Hà Nội, ngày 17 tháng 11 năm 2025
Kính gửi: Ủy
ban nhân dân các tỉnh, thành phố trực thuộc trung ương
Thực hiện Nghị định số 94/2022/NĐ-CP ngày
07/11/2022 của Chính phủ quy định nội dung chỉ tiêu thống kê thuộc hệ thống chỉ
tiêu thống kê quốc gia, Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố
chỉ đạo cơ quan thống kê báo cáo số liệu đúng hạn và gửi về Bộ Tài chính
trước ngày 15 hằng tháng để tổng hợp, báo cáo Chính phủ theo quy định.
`;
    expect(documentRelations(text)).toEqual(["IMPLEMENTS 17809/BTC-CTK → 94/2022/NĐ-CP"]);
  });

  it("reads 'Kế hoạch hành động số …' and 'Chương trình hành động số …' as the plans they cite", () => {
    const text = `ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN

Số: 987/KH-UBND

Nghệ An, ngày 20 tháng 11 năm 2025

KẾ HOẠCH
PHÁT TRIỂN HỆ THỐNG SÓNG VIỄN THÔNG 5G

Triển khai Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 của Ban Chấp hành Đảng bộ tỉnh Nghệ An về việc thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
`;
    expect(documentRelations(text)).toEqual([
      "IMPLEMENTS 328-KH/TU → 57-NQ/TW",
      "IMPLEMENTS 987/KH-UBND → 10-CTr/TU",
      "IMPLEMENTS 987/KH-UBND → 328-KH/TU",
    ]);
  });

  it("reads a document that issues or updates a plan as carrying out what the plan does", () => {
    const text =
      "Căn cứ Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; " +
      "Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW; " +
      "Quyết định số 1745/QĐ-TTg ngày 14/8/2025 của Thủ tướng Chính phủ về việc ban hành Kế hoạch thực hiện Kết luận số 149-KL/TW ngày 10/4/2025 của Bộ Chính trị; " +
      "Quyết định số 12/QĐ-UBND ngày 05/3/2025 của UBND tỉnh ban hành Kế hoạch kiểm tra việc thực hiện Nghị quyết số 09/2024/NQ-HĐND của Hội đồng nhân dân tỉnh.";
    // The plans the trích yếu name are their documents, not unnumbered documents of their own.
    expect(facts(text).documents.filter((d) => d.code === null)).toEqual([]);
    expect(documentRelations(text).filter((l) => !l.startsWith("BASED_ON"))).toEqual([
      "IMPLEMENTS 03/NQ-CP → 57-NQ/TW",
      "IMPLEMENTS 1745/QĐ-TTg → 149-KL/TW",
      "IMPLEMENTS 71/NQ-CP → 57-NQ/TW",
    ]);
  });

  it("ends a trích yếu at the short name it gives its document, and the list goes on after it", () => {
    const text = `ỦY BAN NHÂN DÂN
TỈNH ĐỒNG NAI

Số: 182/KH-UBND

Đồng Nai, ngày 20 tháng 11 năm 2025

KẾ HOẠCH
TRIỂN KHAI CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÒNG, CHỐNG MA TÚY

Thực hiện Nghị quyết số 50/NQ-CP ngày 13/3/2025 của Chính phủ về ban hành Kế hoạch triển khai Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội (Nghị quyết số 50/NQ-CP) và Quyết định số 7619/QĐ-BCA ngày 08/9/2025 của Bộ trưởng Bộ Công an phê duyệt Chương trình; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
`;
    const json = facts(text);
    expect(json.documents.find((d) => d.code === "50/NQ-CP")?.title).toBe(
      "Về ban hành Kế hoạch triển khai Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội",
    );
    expect(documentRelations(text)).toEqual([
      "IMPLEMENTS 182/KH-UBND → 50/NQ-CP",
      "IMPLEMENTS 182/KH-UBND → 7619/QĐ-BCA",
      "IMPLEMENTS 50/NQ-CP → 163/2024/QH15",
    ]);
  });

  it("says how much of a document a repeal or replacement takes", () => {
    const decision = (body: string) =>
      `ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: 80/2025/NQ-HĐND\n\nHà Nội, ngày 10 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nVỀ VIỆC BÃI BỎ MỘT SỐ NGHỊ QUYẾT\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT NGHỊ:\n\n${body}\n`;
    const scopes = (text: string) => {
      const extraction = extractText(text);
      const code = (key: string) => extraction.documents.find((d) => d.key === key)?.code;
      return extraction.relations
        .filter((r) => r.type === "REPEALS" || r.type === "REPLACES")
        .map((r) => {
          const to = "document" in r.to ? code(r.to.document) : undefined;
          return `${r.type} ${to} ${r.scope}`;
        })
        .sort();
    };
    expect(
      scopes(
        decision(
          "Điều 1. Bãi bỏ khoản 1 Điều 3 Nghị quyết số 22/2024/NQ-HĐND ngày 04 tháng 10 năm 2024 của Hội đồng nhân dân Thành phố.\n\nĐiều 2. Bãi bỏ Nghị quyết số 15/2024/NQ-HĐND ngày 16 tháng 7 năm 2024 của Hội đồng nhân dân Thành phố.\n\nĐiều 3. Nghị quyết này thay thế Nghị quyết số 61/2021/NQ-HĐND ngày 23 tháng 9 năm 2021 của Hội đồng nhân dân Thành phố.\n\nĐiều 4. Quy trình nội bộ có số thứ tự 12, 13 Mục I Phụ lục II ban hành kèm theo Quyết định số 1308/QĐ-UBND ngày 18/6/2025 của Chủ tịch UBND Thành phố hết hiệu lực thi hành kể từ ngày Nghị quyết này có hiệu lực.\n\nĐiều 5. Bãi bỏ toàn bộ nội dung Nghị quyết số 13/2024/NQ-HĐND ngày 01 tháng 7 năm 2024 của Hội đồng nhân dân Thành phố.",
        ),
      ),
    ).toEqual([
      "REPEALS 13/2024/NQ-HĐND WHOLE",
      "REPEALS 1308/QĐ-UBND PART",
      "REPEALS 15/2024/NQ-HĐND WHOLE",
      "REPEALS 22/2024/NQ-HĐND PART",
      "REPLACES 61/2021/NQ-HĐND WHOLE",
    ]);
  });

  it("takes 'chi tiết' and 'phần trăm' in the words before a citation for no part of it", () => {
    expect(changeScope(" tiết a điểm 1 khoản 2 Điều 3 của ")).toBe("PART");
    expect(changeScope(" Mục I Phần I Phụ lục II ban hành kèm theo ")).toBe("PART");
    expect(changeScope(" toàn bộ nội dung ")).toBe("WHOLE");
    expect(changeScope(" quy định chi tiết và tỷ lệ phần trăm của ")).toBe("WHOLE");
  });

  it("reads no change or implementation from a proposal's or a report's trích yếu", () => {
    expect(
      documentRelations(
        "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 6408/TTr-SNV ngày 27 tháng 10 năm 2025 về việc bãi bỏ toàn bộ Quyết định số 17/2025/QĐ-UBND ngày 28 tháng 02 năm 2025 của Ủy ban nhân dân thành phố Hà Nội; Báo cáo số 12/BC-SNV ngày 20 tháng 10 năm 2025 về thực hiện Nghị quyết số 57-NQ/TW.",
      ),
    ).toEqual([]);
  });

  it("gives every document with a known issuer an ISSUED_BY", () => {
    expect(
      relationLines(facts("Căn cứ Nghị định số 30/2020/NĐ-CP và Kế hoạch số 100/KH-UBND.")).filter(
        (l) => l.startsWith("ISSUED_BY"),
      ),
    ).toEqual(["ISSUED_BY 30/2020/NĐ-CP → body:Chính phủ"]);
  });
});
