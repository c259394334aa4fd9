import { describe, expect, it } from "vitest";
import { extractCitations } from "../../../../src/ingest/extract/extractCitations.js";
import { plainText } from "../../../../src/ingest/extract/plainText.js";
import { facts } from "./facts.js";

function codes(text: string): (string | undefined)[] {
  return extractCitations(plainText(text)).map((c) => c.code?.code);
}

function doc(text: string, code: string) {
  return facts(text).documents.find((d) => d.code === code);
}

/** Each cited document's issuer, by code. */
function issuersOf(text: string): Record<string, string | undefined> {
  return Object.fromEntries(facts(text).documents.map((d) => [d.code, d.issuer]));
}

describe("extract: citations", () => {
  it("reads numbers in the three numbering systems", () => {
    expect(
      codes(
        "Căn cứ Nghị định số 32/2021/NĐ-CP, Kế hoạch số 100/KH-UBND, Công điện số 007/CĐ-UBND, văn bản số 15/UBND-VP, Thông tri số 03-TT/QU và Nghị quyết số 35-NQ/TW.",
      ),
    ).toEqual([
      "32/2021/NĐ-CP",
      "100/KH-UBND",
      "007/CĐ-UBND",
      "15/UBND-VP",
      "03-TT/QU",
      "35-NQ/TW",
    ]);
  });

  it("reads symbols that join two units with '&', spaced or not", () => {
    expect(
      codes(
        "Theo Công văn số 8935/BNV-CTTN&BĐG ngày 03/10/2025, Tờ trình số 3461/TTr-SGD&ĐT và Công văn số 15972/SXD-QLN& TTBĐS ngày 14/11/2025.",
      ),
    ).toEqual(["8935/BNV-CTTN&BĐG", "3461/TTr-SGD&ĐT", "15972/SXD-QLN&TTBĐS"]);
  });

  it("tidies spaced and dashed numbers: '35- NQ/TW', 'NĐ - CP', 'số347/TTr-CP'", () => {
    expect(codes("Thực hiện nghị quyết số 35- NQ/TW của Bộ Chính trị.")).toEqual(["35-NQ/TW"]);
    expect(codes("Căn cứ Nghị định số 45/2020/NĐ – CP.")).toEqual(["45/2020/NĐ-CP"]);
    expect(codes("Xét Tờ trình số347/TTr-CP của Chính phủ.")).toEqual(["347/TTr-CP"]);
  });

  it("reads a citation broken across lines and wrapped in Markdown emphasis", () => {
    expect(codes("Căn cứ *Nghị định số\n78/2025/NĐ-CP* của Chính\nphủ;")).toEqual([
      "78/2025/NĐ-CP",
    ]);
    const decree = doc(
      "Căn cứ *Nghị định số\n78/2025/NĐ-CP* ngày 01 tháng 4\nnăm 2025 của Chính\nphủ;",
      "78/2025/NĐ-CP",
    );
    expect(decree).toMatchObject({
      kind: "Nghị định",
      issuer: "Chính phủ",
      issuedOn: "2025-04-01",
    });
  });

  it("takes the kind from the word before the number, else from the symbol", () => {
    const json = facts(
      "Căn cứ Quy định số 379-QĐ/TW, ngày 22/10/2025 của Ban Bí thư; Thông tri số 03-TT/QU ngày 22/4/2021 của Quận ủy Long Biên và văn bản 02/2017/TT-VPCP.",
    );
    const kinds = Object.fromEntries(json.documents.map((d) => [d.code, d.kind]));
    expect(kinds).toEqual({
      "379-QĐ/TW": "Quy định",
      "03-TT/QU": "Thông tri",
      "02/2017/TT-VPCP": "Thông tư",
    });
  });

  it("reads dates written with slashes and with words", () => {
    expect(
      doc("Thực hiện Thông tri số 03-TT/QU ngày 22/4/2021 của Quận ủy Long Biên.", "03-TT/QU")
        ?.issuedOn,
    ).toBe("2021-04-22");
    expect(
      doc(
        "Căn cứ Nghị quyết số 104/2023/QH15 ngày 10 tháng 11 năm 2023 của Quốc hội;",
        "104/2023/QH15",
      )?.issuedOn,
    ).toBe("2023-11-10");
  });

  it("drops an impossible date and keeps the rest of the citation", () => {
    const decree = doc(
      "Căn cứ Nghị định số 32/2021/NĐ-CP ngày 31/2/2021 của Chính phủ;",
      "32/2021/NĐ-CP",
    );
    expect(decree).toEqual({
      code: "32/2021/NĐ-CP",
      kind: "Nghị định",
      issuer: "Chính phủ",
      year: 2021,
    });
  });

  it("gives a list's date and issuer to the items printed before them", () => {
    const json = facts(
      "Căn cứ các Công điện số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025 của UBND tỉnh Đắk Lắk về ứng phó mưa lũ.",
    );
    for (const code of ["008/CĐ-UBND", "009/CĐ-UBND"]) {
      expect(json.documents.find((d) => d.code === code)).toMatchObject({
        kind: "Công điện",
        issuer: "UBND tỉnh Đắk Lắk",
        issuedOn: "2025-11-19",
      });
    }
  });

  it("gives a list's topic to the items printing no issuer of their own, and only to them", () => {
    const shared = facts(
      "Căn cứ Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 và Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính.",
    );
    for (const code of ["48/2013/NĐ-CP", "92/2017/NĐ-CP"]) {
      expect(shared.documents.find((d) => d.code === code)?.title).toBe(
        "Sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính",
      );
    }
    const own = facts(
      "Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
    );
    expect(own.documents.find((d) => d.code === "71/NQ-CP")?.title).toBeUndefined();
    expect(own.documents.find((d) => d.code === "10-CTr/TU")?.title).toBe(
      "Về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
    );
  });

  it("does not give a list's issuer to an item whose number names another issuer", () => {
    expect(
      issuersOf(
        "Xét đề nghị của Chính phủ tại Tờ trình số 347/TTr-CP và Đề án số 348/ĐA-CP ngày 09/5/2025, Báo cáo thẩm tra số 419/BC-UBPLTP15 ngày 03/6/2025 của Ủy ban Pháp luật và Tư pháp.",
      ),
    ).toEqual({
      "347/TTr-CP": "Chính phủ",
      "348/ĐA-CP": "Chính phủ",
      "419/BC-UBPLTP15": "Ủy ban Pháp luật và Tư pháp",
    });
  });

  it("takes the issuer a nationwide symbol names over the one a text prints beside it", () => {
    expect(
      issuersOf(
        "Điều 21 Nghị định số 131/2025/NĐ-CP ngày 12/6/2025 của Bộ Nông nghiệp và Môi trường. Căn cứ Thông tư số 44/2023/TT-BTC ngày 29/6/2023 của Bộ Công Thương; Thông báo số 591/TB-VPCP ngày 12/11/2025 của Chính phủ; Thông tư số 03/2024/TT-BTNMT của Bộ Nông nghiệp và Môi trường.",
      ),
    ).toEqual({
      "131/2025/NĐ-CP": "Chính phủ",
      "44/2023/TT-BTC": "Bộ Tài chính",
      "591/TB-VPCP": "Văn phòng Chính phủ",
      // Before the 2025 merger: the ministry of the time.
      "03/2024/TT-BTNMT": "Bộ Tài nguyên và Môi trường",
    });
    // The finance ministry's departments number their own letters.
    expect(
      issuersOf(
        "Theo Công văn số 695/TCHQ-GSQL, Công văn số 828/TCT-KK và Công văn số 37569/CHQ-GSQL.",
      ),
    ).toEqual({
      "695/TCHQ-GSQL": "Tổng cục Hải quan",
      "828/TCT-KK": "Tổng cục Thuế",
      "37569/CHQ-GSQL": "Cục Hải quan",
    });
    // No state body issues a Party committee's document: "của Chính phủ" is the steering
    // committee's. A 1990s state code printed like a Party one keeps its issuer.
    const nested = facts(
      "Kế hoạch số 130/KH-BCĐTKNQ18 ngày 21/09/2025 của Ban Chỉ đạo về tổng kết thực hiện Nghị quyết số 18-NQ/TW của Chính phủ về sắp xếp đơn vị sự nghiệp công lập. Căn cứ Thông tư số 89-TC/TCT ngày 09/11/1993 của Bộ Tài chính hướng dẫn thi hành.",
    );
    expect(nested.documents.find((d) => d.code === "18-NQ/TW")?.issuer).toBe(
      "Ban Chấp hành Trung ương",
    );
    expect(nested.documents.find((d) => d.code === "89-TC/TCT")?.issuer).toBe("Bộ Tài chính");
    // "…/TW" is the Politburo's, the Secretariat's or the Committee's, whatever list it
    // shares an issuer with; a steering committee named short is the one named in full.
    expect(
      issuersOf(
        "Căn cứ Quy định số 05-QĐ/BCĐTW, ngày 27/8/2025 của\nBan Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và\nchuyển đổi số về Mô hình liên thông số. Đáp ứng yêu cầu Nghị quyết số 57-NQ/TW và Kế hoạch 02-KH/BCĐTW của Ban Chỉ đạo Trung ương.",
      ),
    ).toEqual({
      "05-QĐ/BCĐTW":
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
      "57-NQ/TW": "Ban Chấp hành Trung ương",
      "02-KH/BCĐTW":
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    });
    // "…/TW" names no one body: the text says whose it is.
    expect(
      doc("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.", "57-NQ/TW")?.issuer,
    ).toBe("Bộ Chính trị");
  });

  it("reads the issuer after 'của', past a title ('của Bộ trưởng Bộ …')", () => {
    expect(
      doc(
        "Thực hiện Công điện số 393/CĐ-BVHTTDL ngày 31/01/2020 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.",
        "393/CĐ-BVHTTDL",
      )?.issuer,
    ).toBe("Bộ Văn hóa, Thể thao và Du lịch");
  });

  it("knows the issuer a symbol implies", () => {
    expect(
      issuersOf(
        "Căn cứ Nghị định số 30/2020/NĐ-CP; Nghị quyết số 66/NQ-CP; Quyết định số 766/QĐ-TTg; Chỉ thị số 06/CT-TTg; Công điện số 217/CĐ-TTg; Luật số 64/2025/QH15; Nghị quyết số 76/2025/UBTVQH15; Thông tư số 24/2025/TT-BTP; Thông báo số 623/TB-VPCP; Nghị quyết số 60-NQ/TW; Thông báo số 432-TB/VPTW.",
      ),
    ).toEqual({
      "30/2020/NĐ-CP": "Chính phủ",
      "66/NQ-CP": "Chính phủ",
      "766/QĐ-TTg": "Thủ tướng Chính phủ",
      "06/CT-TTg": "Thủ tướng Chính phủ",
      "217/CĐ-TTg": "Thủ tướng Chính phủ",
      "64/2025/QH15": "Quốc hội",
      "76/2025/UBTVQH15": "Ủy ban Thường vụ Quốc hội",
      "24/2025/TT-BTP": "Bộ Tư pháp",
      "623/TB-VPCP": "Văn phòng Chính phủ",
      "60-NQ/TW": "Ban Chấp hành Trung ương",
      "432-TB/VPTW": "Văn phòng Trung ương Đảng",
    });
  });

  it("gives a …/TW document the Politburo or Secretariat the text names, and no default to a directive", () => {
    const json = facts(
      "Thực hiện tốt nghị quyết số 35- NQ/TW bộ chính trị về bảo vệ nền tảng tư tưởng của Đảng; tiếp tục quán triệt Chỉ thị số 05-CT/TW.",
    );
    expect(json.documents.find((d) => d.code === "35-NQ/TW")?.issuer).toBe("Bộ Chính trị");
    expect(json.documents.find((d) => d.code === "05-CT/TW")?.issuer).toBeUndefined();
  });

  it("reads the trích yếu after 'về' or in quotes", () => {
    const json = facts(
      "Thực hiện Thông tri số 03-TT/QU ngày 22/4/2021 của Quận ủy Long Biên “về tổ chức thực hiện Nghị định số 32/2021/NĐ-CP”; Quyết định số 2696/QĐ-UBND ngày 21/6/2021 của UBND Thành phố Hà Nội về quy chế làm việc mẫu của UBND phường.",
    );
    expect(json.documents.find((d) => d.code === "03-TT/QU")?.title).toBe(
      "Về tổ chức thực hiện Nghị định số 32/2021/NĐ-CP",
    );
    expect(json.documents.find((d) => d.code === "2696/QĐ-UBND")?.title).toBe(
      "Về quy chế làm việc mẫu của UBND phường",
    );
  });

  it("ends a trích yếu at the closing quote of a quotation it is cited in", () => {
    const json = facts(
      "Hội nghị sơ kết Thông tri số 03-TT/QU ngày 22/4/2021 của Quận ủy Long Biên “về tổ chức thực hiện Nghị định số 32/2021/NĐ-CP; Kế hoạch số 100/KH-UBND ngày 12/4/2021 của UBND Thành phố về thí điểm tổ chức mô hình chính quyền đô thị tại thành phố Hà Nội” được tổ chức chiều 30/6.",
    );
    expect(json.documents.find((d) => d.code === "100/KH-UBND")?.title).toBe(
      "Về thí điểm tổ chức mô hình chính quyền đô thị tại thành phố Hà Nội",
    );
    const straight = facts(
      'Thông tri số 03-TT/QU "thực hiện Quyết định số 2696/QĐ-UBND ngày 21/6/2021 của UBND Thành phố về quy chế làm việc mẫu" được quán triệt.',
    );
    expect(straight.documents.find((d) => d.code === "2696/QĐ-UBND")?.title).toBe(
      "Về quy chế làm việc mẫu",
    );
  });

  it("ends a trích yếu at a parenthesis it did not open, and before the next list item", () => {
    expect(
      doc(
        "Triển khai phong trào (theo Quyết định số 923/QĐ-TTg ngày 12/5/2025 ban hành Kế hoạch triển khai Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo”) trong toàn ngành.",
        "923/QĐ-TTg",
      )?.title,
    ).toBe("Ban hành Kế hoạch triển khai Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo”");
    expect(
      doc(
        "a) Theo Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 quy định chi tiết một số điều của Luật Quản lý thuế. đ) Việc luân chuyển hồ sơ thực hiện trên phần mềm.",
        "126/2020/NĐ-CP",
      )?.title,
    ).toBe("Quy định chi tiết một số điều của Luật Quản lý thuế");
  });

  it("ends a trích yếu where a body takes the floor, without 'như sau', and takes 'Luật số' for no name", () => {
    expect(
      doc(
        "Thực hiện Kế hoạch số 24/KH-UBND ngày 14/8/2025 của UBND tỉnh thực hiện Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng pháp luật, UBND tỉnh ban hành Kế hoạch như sau:",
        "24/KH-UBND",
      )?.title,
    ).toBe("Thực hiện Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng pháp luật");
    expect(
      doc(
        "Theo Nghị định số 105/2012/NĐ-CP ngày 17/12/2012 về các chức danh được tổ chức Lễ Quốc tang như sau:",
        "105/2012/NĐ-CP",
      )?.title,
    ).toBe("Về các chức danh được tổ chức Lễ Quốc tang");
    expect(
      doc("Được sửa đổi, bổ sung tại Luật số 03/2022/QH15.", "03/2022/QH15")?.title,
    ).toBeUndefined();
  });

  it("leaves out of a trích yếu what amended the text since and when it takes or loses effect", () => {
    const preamble =
      "Căn cứ các Nghị định của Chính phủ: Nghị định số 88/2024/NĐ-CP quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất được sửa đổi, bổ sung bởi Nghị định số 226/2025/NĐ-CP; Nghị định số 10/2016/NĐ-CP ngày 01 tháng 02 năm 2016 của Chính phủ quy định về cơ quan thuộc Chính phủ đã được sửa đổi, bổ sung một số điều theo Nghị định số 47/2019/NĐ-CP và Nghị định số 120/2020/NĐ-CP;";
    expect(doc(preamble, "88/2024/NĐ-CP")?.title).toBe(
      "Quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất",
    );
    // A title cut at the next item of a list is printed the same way.
    expect(doc(preamble, "10/2016/NĐ-CP")?.title).toBe("Quy định về cơ quan thuộc Chính phủ");
    expect(
      doc(
        "Quyết định số 11/2022/QĐ-UBND ngày 10/5/2022 của UBND tỉnh ban hành Quy định về quản lý lưới điện cao áp hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.",
        "11/2022/QĐ-UBND",
      )?.title,
    ).toBe("Ban hành Quy định về quản lý lưới điện cao áp");
    // Amended procedures are what the decision is about: that stays.
    expect(
      doc(
        "Quyết định số 2666/QĐ-UBND về việc công bố danh mục thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ thuộc thẩm quyền giải quyết của Sở Tài chính.",
        "2666/QĐ-UBND",
      )?.title,
    ).toBe(
      "Về việc công bố danh mục thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ thuộc thẩm quyền giải quyết của Sở Tài chính",
    );
  });

  it("leaves out of a trích yếu the short name the text will use for it", () => {
    expect(
      doc(
        "Thực hiện Quyết định số 7619/QĐ-BCA ngày 12/11/2024 của Bộ Công an phê duyệt Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 (sau đây viết tắt là Chương trình), UBND tỉnh ban hành Kế hoạch thực hiện như sau:",
        "7619/QĐ-BCA",
      )?.title,
    ).toBe("Phê duyệt Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030");
    expect(
      doc(
        "Căn cứ Nghị định số 58/2017/NĐ-CP ngày 10 tháng 5 năm 2017 quy định chi tiết một số điều của Bộ luật Hàng hải Việt Nam về quản lý hoạt động hàng hải (sau đây được\nviết là Nghị định số 58/2017/NĐ-CP) và các quy định khác có liên quan của pháp luật;",
        "58/2017/NĐ-CP",
      )?.title,
    ).toBe(
      "Quy định chi tiết một số điều của Bộ luật Hàng hải Việt Nam về quản lý hoạt động hàng hải",
    );
    expect(
      doc(
        "Căn cứ Nghị định số 120/2020/NĐ-CP quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập, sau đây gọi chung là Nghị định;",
        "120/2020/NĐ-CP",
      )?.title,
    ).toBe("Quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập");
  });

  it("ends a trích yếu where an official gives an opinion or a purpose clause starts, not at an apposition", () => {
    expect(
      doc(
        "Xét đề nghị của Bộ Khoa học và Công nghệ tại Tờ trình số 226/TTr-BKHCN ngày 10 tháng 11 năm 2025 về thành lập Mạng lưới quan trắc và cảnh báo phóng xạ môi trường quốc gia, Phó Thủ tướng Chính phủ Nguyễn Chí Dũng có ý kiến như sau: Bộ Khoa học và Công nghệ chủ trì rà soát.",
        "226/TTr-BKHCN",
      )?.title,
    ).toBe("Về thành lập Mạng lưới quan trắc và cảnh báo phóng xạ môi trường quốc gia");
    expect(
      doc(
        "Thực hiện Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 về việc sắp xếp đơn vị hành chính năm 2025, để chủ động chuẩn bị kịp thời cho việc kiện toàn tổ chức, Ủy ban Thường vụ Quốc hội đề nghị:",
        "76/2025/UBTVQH15",
      )?.title,
    ).toBe("Về việc sắp xếp đơn vị hành chính năm 2025");
    // "…, Thứ trưởng Bộ Y tế" after a name is who the title speaks of; ", Kết luận:" opens a quotation.
    expect(
      doc(
        "Tại Thông báo số 1410/TB-BYT ngày 8/10/2025 về việc Kết luận của đồng chí Nguyễn Tri Thức, Thứ trưởng Bộ Y\ntế tại cuộc họp về triển khai Hệ thống điều phối dữ liệu ngành Y tế, Kết luận:\n- Đại diện C06 tham dự họp.",
        "1410/TB-BYT",
      )?.title,
    ).toBe(
      "Về việc Kết luận của đồng chí Nguyễn Tri Thức, Thứ trưởng Bộ Y tế tại cuộc họp về triển khai Hệ thống điều phối dữ liệu ngành Y tế",
    );
  });

  it("ends a trích yếu before the next numbered point, and shows one that found no end cut at a word", () => {
    expect(
      doc(
        "Theo Nghị quyết số 111/2024/QH15 ngày 18/01/2024 về một số cơ chế, chính sách đặc thù thực hiện chương trình mục tiêu quốc gia. (3) Đối với các hoạt động, nhiệm vụ cơ quan được giao dự toán.",
        "111/2024/QH15",
      )?.title,
    ).toBe("Về một số cơ chế, chính sách đặc thù thực hiện chương trình mục tiêu quốc gia");
    const endless = `Căn cứ Quyết định số 1878/QĐ-UBND ngày 10/4/2025 về việc phê duyệt ${"phương án tuyến đường ".repeat(40)}`;
    const title = doc(endless, "1878/QĐ-UBND")?.title ?? "";
    expect(title).toMatch(/^Về việc phê duyệt (?:(?:phương|án|tuyến|đường) )+…$/u);
    expect(title.length).toBeLessThanOrEqual(602);
    // A long title that ends within the limit is whole (62/2024/NĐ-CP's runs to 480 characters).
    const long = `phê duyệt ${"phương án tuyến đường ".repeat(20)}thành phố Hà Nội`;
    expect(
      doc(`Căn cứ Quyết định số 1878/QĐ-UBND ngày 10/4/2025 về việc ${long};`, "1878/QĐ-UBND")
        ?.title,
    ).toBe(`Về việc ${long}`);
  });

  it("names a law by the words right before its number, not by the list before it", () => {
    const json = facts(
      "Giao đất theo quy định của Luật Đất đai năm 1993, Luật Đất đai số 13/2003/QH11 và các văn bản hướng dẫn; Căn cứ Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15.",
    );
    expect(json.documents.map((d) => [d.code, d.kind, d.title])).toEqual([
      ["13/2003/QH11", "Luật", "Luật Đất đai"],
      ["27/2023/QH15", "Luật", "Luật Nhà ở"],
      ["29/2023/QH15", "Luật", "Luật Kinh doanh bất động sản"],
    ]);
  });

  it("reads no law by name from a clause whose date is its own", () => {
    const titles = (text: string) => facts(text).documents.map((d) => d.title);
    expect(
      titles(
        "Hộ gia đình quy định tại khoản 1 Điều 118 của Luật Đất đai đã sử dụng đất ở ổn định trước ngày 01 tháng 7 năm 2014 mà không có giấy tờ.",
      ),
    ).toEqual([]);
    expect(titles("Khi Luật Căn cước 2023 có hiệu lực từ ngày 01 tháng 7 năm 2024.")).toEqual([]);
    // What is said of the law after its name is no part of it.
    expect(
      titles(
        "Hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung năm 2025; Luật Bảo vệ dữ liệu cá nhân được Quốc hội khóa XV thông qua ngày 26 tháng 6 năm 2025.",
      ),
    ).toEqual(["Luật Ban hành văn bản quy phạm pháp luật", "Luật Bảo vệ dữ liệu cá nhân"]);
    // A year the text left out.
    expect(titles("Căn cứ Luật Tổ chức chính quyền địa phương năm\nngày 16/6/2025;")).toEqual([
      "Luật Tổ chức chính quyền địa phương",
    ]);
  });

  it("names a document issued without a number up to its short name or what it goes on to list", () => {
    const titles = (text: string) => facts(text).documents.map((d) => d.title);
    expect(
      titles(
        "Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân (sau đây viết gọn là Luật) với các nội dung như sau:",
      ),
    ).toContain("Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân");
    expect(
      titles(
        "UBND tỉnh ban hành Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030 như sau:",
      ),
    ).toContain("Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030");
    // A form's blank names no document.
    expect(
      titles(
        "**Điều 1.** Ban hành Kế hoạch kiểm tra chuyên đề\ncủa............ (2) (Phụ lục kèm theo).",
      ),
    ).toEqual([]);
  });

  it("reads a list's qualified report with its number as that numbered report, not a second one", () => {
    const json = facts(
      "Xét Tờ trình số 426/TTr-UBND ngày 21 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố về việc đề nghị ban hành Nghị quyết Quy định cơ chế thu hút nhân lực; Báo cáo thẩm tra số 117/BC-BPC ngày 22 tháng 11 năm 2025 của Ban Pháp chế; Báo cáo tiếp thu, giải trình số 465/BC-UBND ngày 24 tháng 11 năm 2025; ý kiến thảo luận của đại biểu. UBND phường đã ban hành Kế hoạch triển khai thực hiện Nghị định số 32/NĐ-CP.",
    );
    expect(json.documents.map((d) => d.code ?? d.title)).toEqual([
      "426/TTr-UBND",
      "117/BC-BPC",
      "465/BC-UBND",
      "32/NĐ-CP",
      "Kế hoạch triển khai thực hiện Nghị định số 32/NĐ-CP",
    ]);
  });

  it("reads no document in one still to be issued, nor in a procedure's step or task", () => {
    const titles = (text: string) => facts(text).documents.map((d) => d.code ?? d.title);
    expect(
      titles(
        "Bộ Nông nghiệp và Môi trường đã trình Chính phủ ban hành Nghị quyết về cơ chế, chính sách đặc thù. Tỉnh kiến nghị sớm ban hành Nghị quyết mới về phát triển kinh tế - xã hội. Sở Tư pháp tham mưu Ủy ban nhân dân tỉnh ban hành Đề án quản lý các tổ chức hành nghề công chứng. Doanh nghiệp có trách nhiệm ban hành Quy chế hạch toán kế toán.",
      ),
    ).toEqual([]);
    expect(
      titles(
        "| B7 | Ban hành Quyết định thành lập Hội đồng xét duyệt | Văn thư Sở | 0,5 ngày |\n| 3 | Chủ tịch Ủy ban nhân dân tỉnh |\nBan hành Quyết định giao đất, cho thuê đất. |\n- Ban hành Quy chế hoạt động của Quỹ.",
      ),
    ).toEqual([]);
    // What a body did issue, and a decision's closing formula, still name their documents.
    const issued = titles(
      "Ủy ban nhân dân tỉnh Sơn La ban hành Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030. Ủy ban nhân dân tỉnh ban hành Quyết định Ban hành Quy định về công tác thi đua, khen thưởng tỉnh Bắc Ninh.",
    );
    expect(issued).toContain(
      "Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030",
    );
    expect(issued).toContain("Quy định về công tác thi đua, khen thưởng tỉnh Bắc Ninh");
    expect(
      titles(
        "Sau khi có các văn bản chỉ đạo, Đảng ủy phường đã Ban hành Quy chế làm việc của Đảng ủy; Ban hành Quyết định về việc ủy quyền cho công chức tư pháp ký chứng thực.",
      ),
    ).toEqual([
      "Quy chế làm việc của Đảng ủy",
      "Quyết định về việc ủy quyền cho công chức tư pháp ký chứng thực",
    ]);
  });

  it("ends a detailing decree's trích yếu at the next decree of the list, not a circular's", () => {
    const json = facts(
      "3. Nghị định này thay thế Nghị định số 98/2010/NĐ-CP ngày 21 tháng 9 năm 2010 của Chính phủ quy định chi tiết thi hành một số điều của Luật Di sản văn hóa và Nghị định số 61/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định điều kiện kinh doanh giám định cổ vật. " +
        "Căn cứ Thông tư số 80/2021/TT-BTC ngày 29 tháng 9 năm 2021 của Bộ Tài chính hướng dẫn thi hành một số điều của Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều của Luật Quản lý thuế.",
    );
    const title = (code: string) => json.documents.find((d) => d.code === code)?.title;
    expect(title("98/2010/NĐ-CP")).toBe(
      "Quy định chi tiết thi hành một số điều của Luật Di sản văn hóa",
    );
    expect(title("61/2016/NĐ-CP")).toBe("Quy định điều kiện kinh doanh giám định cổ vật");
    // A circular guides a law and the decree detailing it: both are its title.
    expect(title("80/2021/TT-BTC")).toBe(
      "Hướng dẫn thi hành một số điều của Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều của Luật Quản lý thuế",
    );
  });

  it("ends a topic where 'và hướng dẫn của … tại' cites the next document", () => {
    const json = facts(
      "Thực hiện Thông tri số 02-TT/TU ngày 03 tháng 10 năm 2025 của Thành ủy Thành phố Hồ Chí Minh về lãnh đạo tiếp tục thực hiện hiệu quả “Tháng cùng phụ nữ hành động” và hướng dẫn của Bộ Nội\nvụ tại Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025 về việc hướng dẫn triển khai.",
    );
    expect(json.documents.map((d) => [d.code, d.issuer, d.title])).toEqual([
      [
        "02-TT/TU",
        "Thành ủy Hồ Chí Minh",
        "Về lãnh đạo tiếp tục thực hiện hiệu quả “Tháng cùng phụ nữ hành động”",
      ],
      ["8935/BNV-CTTN&BĐG", "Bộ Nội vụ", "Về việc hướng dẫn triển khai"],
    ]);
  });

  it("keeps a quotation inside a trích yếu", () => {
    const json = facts(
      "Thực hiện Kế hoạch số 15/KH-UBND ngày 2/3/2022 của UBND quận về triển khai cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” năm 2022.",
    );
    expect(json.documents.find((d) => d.code === "15/KH-UBND")?.title).toBe(
      "Về triển khai cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” năm 2022",
    );
  });

  it("reads a legal number cited without its year as the one with it: '32/NĐ-CP ngày 29/3/2021'", () => {
    const json = facts(
      "Nghị định số 32/2021/NĐ-CP của Chính phủ quy định chi tiết Nghị quyết số 97/2019/QH14. UBND phường ban hành Kế hoạch triển khai thực hiện Nghị định số 32/NĐ-CP ngày 29/3/2021 của Chính phủ.",
    );
    const decrees = json.documents.filter((d) => d.code?.startsWith("32/"));
    expect(decrees).toEqual([
      expect.objectContaining({ code: "32/2021/NĐ-CP", issuedOn: "2021-03-29", year: 2021 }),
    ]);
  });

  it("completes 'Nghị định số 150/2025 của Chính phủ' with its symbol", () => {
    expect(facts("Thông qua Đề án theo Nghị định số 150/2025 của Chính phủ.").documents).toEqual([
      expect.objectContaining({
        code: "150/2025/NĐ-CP",
        kind: "Nghị định",
        issuer: "Chính phủ",
        year: 2025,
      }),
    ]);
  });

  it("reads laws cited by name and date as documents without a number", () => {
    const json = facts(
      "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Dân quân tự vệ ngày 22 tháng 11 năm 2019;",
    );
    expect(json.documents).toEqual([
      {
        kind: "Luật",
        issuer: "Quốc hội",
        issuedOn: "2015-06-19",
        year: 2015,
        title: "Luật Tổ chức Chính phủ",
      },
      {
        kind: "Luật",
        issuer: "Quốc hội",
        issuedOn: "2019-11-22",
        year: 2019,
        title: "Luật Dân quân tự vệ",
      },
    ]);
  });

  it("reads the title of a law cited by name and number", () => {
    expect(
      doc("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", "72/2025/QH15"),
    ).toEqual({
      code: "72/2025/QH15",
      kind: "Luật",
      issuer: "Quốc hội",
      year: 2025,
      title: "Luật Tổ chức chính quyền địa phương",
    });
  });

  it("does not start a law's name at a 'LUẬT' of the heading above, nor at 'Luật' before another kind", () => {
    const heading =
      "QUYẾT ĐỊNH\nBÃI BỎ MỘT SỐ VĂN BẢN QUY PHẠM PHÁP LUẬT CỦA THỦ TƯỚNG CHÍNH\nPHỦ\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;";
    expect(doc(heading, "63/2025/QH15")?.title).toBe("Luật Tổ chức Chính phủ");
    expect(
      doc(
        "Chính phủ đã trình dự án Luật tại Tờ trình số 1039/TTr-CP ngày 07/11/2025.",
        "1039/TTr-CP",
      ),
    ).toMatchObject({ kind: "Tờ trình" });
  });

  it("recases a trích yếu printed in capitals and ends it where the text goes on in mixed case", () => {
    expect(
      doc(
        "THÔNG BÁO\nKẾT LUẬN VỀ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 140/NQ-CP NGÀY 17/5/2025 CỦA CHÍNH PHỦ VỀ ĐỔI MỚI CÔNG TÁC XÂY DỰNG PHÁP LUẬT Ngày 28 tháng 11 năm 2025, tại Trụ sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp.",
        "140/NQ-CP",
      )?.title,
    ).toBe("Về đổi mới công tác xây dựng pháp luật");
    // A heading's cited title runs into the enacting authority's line, then the preamble.
    expect(
      doc(
        "QUYẾT ĐỊNH\nSỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 3470/QĐ-UBND NGÀY 10 THÁNG 11 NĂM 2025 CỦA CHỦ TỊCH UBND THÀNH PHỐ VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "3470/QĐ-UBND",
      )?.title,
    ).toBe("Về việc công bố danh mục thủ tục hành chính");
  });

  it("refers a later short form and an undated repeat back to the full citation", () => {
    const json = facts(
      "Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng. Các cơ quan tiếp tục thực hiện Nghị quyết 18. Thông tri số 03-TT/QU ngày 22/4/2021 của Quận ủy Long Biên; sơ kết Thông tri số 03-TT/QU của Quận ủy.",
    );
    expect(json.documents.map((d) => d.code)).toEqual(["18-NQ/TW", "03-TT/QU"]);
  });

  it("reads nothing where there is no citation", () => {
    expect(codes("Tỷ lệ 1/500, ngày 24/7, 26/27 đại biểu có mặt, mật độ 3,56 km2.")).toEqual([]);
  });
});
