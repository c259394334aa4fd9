import { describe, expect, it } from "vitest";
import { extractText, toContractJson } from "../../../../src/ingest/index.js";
import { planLoad } from "../../../../src/ingest/load/index.js";
import { bodyKey } from "../../../../src/identity/index.js";
import { facts } from "../extract/facts.js";

describe("resolve: bodies", () => {
  it("gives an issuer implied by a symbol or signed for the kind its name says", () => {
    const extraction = extractText(
      "Căn cứ Nghị quyết số 190/2025/QH15 về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước; Nghị quyết số 1661/NQ-UBTVQH15 về sắp xếp các đơn vị hành chính cấp xã; Quyết định số 1132/QĐ-TTg ngày 09/10/2024 về thí điểm.",
    );
    const kinds = Object.fromEntries(extraction.bodies.map((b) => [b.name, b.kind]));
    expect(kinds).toEqual({
      "Quốc hội": "NATIONAL_ASSEMBLY",
      "Ủy ban Thường vụ Quốc hội": "NATIONAL_ASSEMBLY",
      "Thủ tướng Chính phủ": "GOVERNMENT",
    });
  });

  it("completes short names from the places the text names", () => {
    const json = facts(
      "Phường Gia Thụy tổ chức hội nghị sơ kết Thông tri số 03-TT/QU ngày 22/4/2021 của Quận ủy Long Biên. Kế hoạch số 100/KH-UBND ngày 12/4/2021 của UBND Thành phố về thí điểm chính quyền đô thị tại thành phố Hà Nội. Đảng ủy phường và UBND phường đã triển khai; Thông tri số 03-TT/QU của Quận ủy được quán triệt.",
    );
    expect(json.bodies.map((b) => b.name).sort()).toEqual([
      "Quận ủy Long Biên",
      "UBND Thành phố Hà Nội",
      "UBND phường Gia Thụy",
      "Đảng ủy phường Gia Thụy",
    ]);
    expect(json.documents.find((d) => d.code === "100/KH-UBND")?.issuer).toBe(
      "UBND Thành phố Hà Nội",
    );
  });

  it("leaves out a short name it cannot complete rather than guess", () => {
    expect(facts("UBND tỉnh đã chỉ đạo các sở triển khai.").bodies).toEqual([]);
  });

  it("completes what a district's own site names by its level word from the publisher's place", () => {
    const text =
      "Kết luận hội nghị, đồng chí Đoàn Văn Sự - Phó bí thư thường trực huyện ủy ghi nhận kết quả. Ban tuyên giáo huyện ủy tổ chức hội nghị.";
    const people = (place?: string) =>
      extractText(text, place ? { place } : {}).people.map((p) => [p.name, p.positions]);
    expect(people()).toEqual([["Đoàn Văn Sự", []]]);
    expect(people("huyện Đắk Song, tỉnh Đắk Nông")).toEqual([
      ["Đoàn Văn Sự", [{ title: "Phó Bí thư thường trực", body: "Huyện ủy Đắk Song" }]],
    ]);
    const placed = extractText(text, { place: "huyện Đắk Song, tỉnh Đắk Nông" });
    expect(placed.bodies.map((b) => [b.name, b.province])).toEqual([
      ["Huyện ủy Đắk Song", "tỉnh Đắk Nông"],
      ["Ban tuyên giáo huyện ủy Đắk Song", "tỉnh Đắk Nông"],
    ]);
    // A district the text names itself outweighs the publisher's.
    expect(
      extractText(`Huyện ủy Krông Nô họp. ${text}`, { place: "huyện Đắk Song, tỉnh Đắk Nông" })
        .people[0]?.positions,
    ).toEqual([{ title: "Phó Bí thư thường trực", body: "Huyện ủy Krông Nô" }]);
  });

  it("gives a bare 'UBND' the one People's Committee the text names in full", () => {
    expect(
      facts("UBND huyện Đắk Song họp. Sau đó UBND đã ban hành Kế hoạch phòng chống dịch.")
        .documents,
    ).toEqual([
      { kind: "Kế hoạch", issuer: "UBND huyện Đắk Song", title: "Kế hoạch phòng chống dịch" },
    ]);
  });

  it("keys a body's spellings and abbreviations alike", () => {
    expect(bodyKey("Ủy ban nhân dân thành phố Hà Nội")).toBe(bodyKey("UBND TP. Hà Nội"));
    expect(bodyKey("Uỷ ban MTTQ Việt Nam tỉnh Đắk Nông")).toBe(bodyKey("UBMTTQ tỉnh Đắk Nông"));
    expect(bodyKey("Ban Chỉ huy Quân sự phường A")).toBe(bodyKey("BCH quân sự phường A"));
    expect(bodyKey("Ban Chỉ huy Quân sự phường A")).not.toBe(bodyKey("BCH Đảng bộ phường A"));
  });

  it("does not take a ward named in a provincial document for 'the' ward", () => {
    const json = facts(
      "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n\nSố: 12/2025/QĐ-UBND\n\nĐắk Lắk, ngày 01 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\nVỀ HỖ TRỢ XÃ EA KAO\n\nĐiều 1. Hỗ trợ xã Ea Kao. Ủy ban nhân dân xã tổ chức thực hiện.",
    );
    expect(json.bodies.map((b) => b.name)).toEqual(["Ủy ban nhân dân tỉnh Đắk Lắk"]);
  });
});

describe("resolve: same-named communes of different provinces", () => {
  const communePlan = (province: string, parent: string) =>
    `ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH\n\nSố: 10/KH-UBND\n\nTân Thành, ngày 05 tháng 8 năm 2025\n\nKẾ HOẠCH\nTriển khai chuyển đổi số trên địa bàn xã\n\nThực hiện Kế hoạch số ${parent}/KH-UBND ngày 20/7/2025 của UBND tỉnh ${province}, UBND xã Tân Thành ban hành kế hoạch.`;
  const plan = (text: string) => planLoad(extractText(text), { contentHash: "f".repeat(64) });

  it("places each commune's body in the province its text is about", () => {
    expect(facts(communePlan("Đồng Nai", "25")).bodies).toContainEqual({
      name: "UBND xã Tân Thành",
      province: "tỉnh Đồng Nai",
      aliases: ["Ủy ban nhân dân xã Tân Thành"],
    });
    expect(plan(communePlan("Tây Ninh", "40")).bodies.map((b) => b.id)).toContain(
      "tay-ninh/ubnd-xã-tân-thành",
    );
  });

  it("gives their plans of one number and year two ids, and one plan told twice one id", () => {
    const dongNai = plan(communePlan("Đồng Nai", "25")).documents.map((d) => d.id);
    const tayNinh = plan(communePlan("Tây Ninh", "40")).documents.map((d) => d.id);
    const news = plan(
      "Báo Đồng Nai: UBND xã Tân Thành vừa ban hành Kế hoạch số 10/KH-UBND ngày 05/8/2025 về chuyển đổi số, thực hiện Kế hoạch của UBND tỉnh Đồng Nai.",
    ).documents.map((d) => d.id);
    expect(dongNai).toContain("vn/dong-nai/ubnd-xã-tân-thành/2025/10-kh-ubnd");
    expect(tayNinh).toContain("vn/tay-ninh/ubnd-xã-tân-thành/2025/10-kh-ubnd");
    expect(news).toEqual(["vn/dong-nai/ubnd-xã-tân-thành/2025/10-kh-ubnd"]);
  });

  it("keeps apart two communes of one province whose names differ by diacritics alone", () => {
    // Đồng Nai holds both since 2025 (Nghị quyết 1662/NQ-UBTVQH15, items 43 and 47).
    const named = (commune: string, number: number) =>
      plan(
        `Báo Đồng Nai: UBND xã ${commune} vừa ban hành Kế hoạch số ${number}/KH-UBND ngày 05/8/2025 về chuyển đổi số, thực hiện Kế hoạch của UBND tỉnh Đồng Nai.`,
      );
    const thanh = named("Lộc Thành", 5);
    const thanhNang = named("Lộc Thạnh", 5);
    expect(thanh.documents.map((d) => d.id)).toEqual([
      "vn/dong-nai/ubnd-xã-lộc-thành/2025/5-kh-ubnd",
    ]);
    expect(thanhNang.documents.map((d) => d.id)).toEqual([
      "vn/dong-nai/ubnd-xã-lộc-thạnh/2025/5-kh-ubnd",
    ]);
    // Old and new tone-mark placement are still one body.
    expect(named("Hoà Bình", 6).documents.map((d) => d.id)).toEqual([
      "vn/dong-nai/ubnd-xã-hòa-bình/2025/6-kh-ubnd",
    ]);
    expect(named("Hòa Bình", 6).documents.map((d) => d.id)).toEqual([
      "vn/dong-nai/ubnd-xã-hòa-bình/2025/6-kh-ubnd",
    ]);
    expect(thanhNang.bodies.find((b) => b.name === "UBND xã Lộc Thạnh")?.foldedId).toBe(
      "dong-nai/ubnd-xa-loc-thanh",
    );
  });

  it("does not read a bare 'UBND' as one of two communes whose names differ by diacritics", () => {
    const json = facts(
      "Đồng Nai: UBND xã Lộc Thành và UBND xã Lộc Thạnh cùng triển khai chuyển đổi số. Ngày 01/8/2025, UBND ban hành Kế hoạch số 7/KH-UBND về chuyển đổi số.",
    );
    expect(json.bodies.map((b) => b.name)).toEqual(
      expect.arrayContaining(["UBND xã Lộc Thành", "UBND xã Lộc Thạnh"]),
    );
    expect(json.documents.find((d) => d.code === "7/KH-UBND")?.issuer).toBeUndefined();
  });

  it("places each commune of a national news item by the province written after its name", () => {
    const json = facts(
      "Ngày 05/8/2025, UBND xã Tân Thành, tỉnh Tây Ninh ban hành Kế hoạch số 10/KH-UBND về chuyển đổi số. UBND huyện Châu Thành (tỉnh Tiền Giang) đã ban hành Kế hoạch số 12/KH-UBND ngày 01/3/2024, còn UBND xã An Bình, huyện Phú Giáo, tỉnh Bình Dương ban hành Kế hoạch số 7/KH-UBND ngày 02/3/2024.",
    );
    expect(json.bodies).toEqual([
      { name: "UBND xã Tân Thành", province: "tỉnh Tây Ninh" },
      { name: "UBND huyện Châu Thành", province: "tỉnh Tiền Giang" },
      { name: "UBND xã An Bình", province: "tỉnh Bình Dương" },
    ]);
    expect(json.documents.map((d) => [d.code, d.issuer])).toEqual([
      ["10/KH-UBND", "UBND xã Tân Thành"],
      ["12/KH-UBND", "UBND huyện Châu Thành"],
      ["7/KH-UBND", "UBND xã An Bình"],
    ]);
  });

  it("leaves a commune unplaced when its text names no province, rather than guess one", () => {
    const json = facts("UBND xã Tân Thành ban hành Kế hoạch số 10/KH-UBND ngày 05/8/2025.");
    expect(json.bodies).toEqual([{ name: "UBND xã Tân Thành" }]);
  });
});

describe("resolve: documents", () => {
  it("merges the citations of one document: with and without date, with and without year", () => {
    const json = facts(
      "Căn cứ Nghị định số 32/2021/NĐ-CP của Chính phủ. Thực hiện Nghị định số 32/NĐ-CP ngày 29/3/2021 của Chính phủ, UBND phường Gia Thụy ban hành Kế hoạch số 15/KH-UBND. Kế hoạch số 15/KH-UBND được triển khai.",
    );
    expect(json.documents.filter((d) => d.code)).toEqual([
      {
        code: "32/2021/NĐ-CP",
        kind: "Nghị định",
        issuer: "Chính phủ",
        issuedOn: "2021-03-29",
        year: 2021,
      },
      { code: "15/KH-UBND", kind: "Kế hoạch", issuer: "UBND phường Gia Thụy" },
    ]);
  });

  it("gives a merged ministry's symbol, on a day after the merger, to the ministry that carried it on", () => {
    const json = facts(
      "Cắt giảm thời gian giải quyết từ 30 ngày xuống 15 ngày theo Quyết định số 2490/QĐ-BNN ngày 01/7/2025. Trước đó, Quyết định số 1234/QĐ-BNN ngày 15/3/2024 và Thông tư số 02/2023/TT-BKHĐT đã quy định thủ tục này.",
    );
    expect(json.documents.map((d) => [d.code, d.issuer])).toEqual([
      ["2490/QĐ-BNN", "Bộ Nông nghiệp và Môi trường"],
      ["1234/QĐ-BNN", "Bộ Nông nghiệp và Phát triển nông thôn"],
      ["02/2023/TT-BKHĐT", "Bộ Kế hoạch và Đầu tư"],
    ]);
  });

  it("points a law cited by name at the numbered law of that name", () => {
    const json = facts(
      "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15; Nghị định số 78/2025/NĐ-CP quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025.",
    );
    const implemented = json.relations.filter((r) => r.type === "IMPLEMENTS").map((r) => r.to);
    expect(implemented).toEqual([{ document: "64/2025/QH15" }]);
  });

  it("describes an unnumbered document by kind, issuer and title in relations", () => {
    const json = toContractJson(
      extractText(
        "UBND phường Gia Thụy đã ban hành Kế hoạch triển khai thực hiện Nghị định số 32/2021/NĐ-CP.",
      ),
    );
    expect(json.relations.find((r) => r.type === "IMPLEMENTS")?.from).toEqual({
      document: null,
      kind: "Kế hoạch",
      issuer: "UBND phường Gia Thụy",
      title: "Kế hoạch triển khai thực hiện Nghị định số 32/2021/NĐ-CP",
    });
  });
});

describe("resolve: people", () => {
  it("gives the Standing Committee's Chairman the National Assembly's chair too", () => {
    const json = facts(
      "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nSố: 1661/NQ-UBTVQH15\n\nHà Nội, ngày 16 tháng 6 năm 2025\n\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ\n\nĐiều 1. Sắp xếp các đơn vị hành chính cấp xã.\n\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\n\nTrần Thanh Mẫn\n",
    );
    expect(json.people).toEqual([
      {
        name: "Trần Thanh Mẫn",
        positions: [
          { title: "Chủ tịch", body: "Ủy ban Thường vụ Quốc hội" },
          { title: "Chủ tịch", body: "Quốc hội" },
        ],
      },
    ]);
  });

  it("merges a person's mentions and keeps the most specific body of each title", () => {
    const json = facts(
      "Phường Gia Thụy tổ chức hội nghị. Tại Hội nghị, đồng chí Đặng Việt Phương - Chủ tịch UBND phường trình bày báo cáo. Đồng chí Đặng Việt Phương - Chủ tịch UBND phát biểu.",
    );
    expect(json.people).toEqual([
      {
        name: "Đặng Việt Phương",
        positions: [{ title: "Chủ tịch", body: "UBND phường Gia Thụy" }],
      },
    ]);
  });

  it("makes TUV a member of the province's Party committee", () => {
    const json = facts("Tỉnh Đắk Nông. Đồng chí K Thanh – TUV, Bí thư Huyện ủy Đắk Song dự họp.");
    expect(json.people[0]?.positions).toEqual([
      { title: "Ủy viên", body: "Tỉnh ủy Đắk Nông" },
      { title: "Bí thư", body: "Huyện ủy Đắk Song" },
    ]);
  });
});
