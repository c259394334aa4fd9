import { describe, expect, it } from "vitest";
import { extractText, toContractJson } from "../../../../src/ingest/index.js";
import { identityKey } from "../../../../src/ingest/resolve/index.js";
import { facts } from "../extract/facts.js";

describe("resolve: bodies", () => {
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

  it("gives a bare 'UBND' the one People's Committee the text names in full", () => {
    expect(
      facts("UBND huyện Đắk Song họp. Sau đó UBND đã ban hành Kế hoạch phòng chống dịch.")
        .documents,
    ).toEqual([
      { kind: "Kế hoạch", issuer: "UBND huyện Đắk Song", title: "Kế hoạch phòng chống dịch" },
    ]);
  });

  it("keys a body's spellings and abbreviations alike", () => {
    expect(identityKey("Ủy ban nhân dân thành phố Hà Nội")).toBe(identityKey("UBND TP. Hà Nội"));
    expect(identityKey("Uỷ ban MTTQ Việt Nam tỉnh Đắk Nông")).toBe(
      identityKey("UBMTTQ tỉnh Đắk Nông"),
    );
    expect(identityKey("Ban Chỉ huy Quân sự phường A")).toBe(identityKey("BCH quân sự phường A"));
    expect(identityKey("Ban Chỉ huy Quân sự phường A")).not.toBe(
      identityKey("BCH Đảng bộ phường A"),
    );
  });

  it("does not take a ward named in a provincial document for 'the' ward", () => {
    const json = facts(
      "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n\nSố: 12/2025/QĐ-UBND\n\nĐắk Lắk, ngày 01 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\nVỀ HỖ TRỢ XÃ EA KAO\n\nĐiều 1. Hỗ trợ xã Ea Kao. Ủy ban nhân dân xã tổ chức thực hiện.",
    );
    expect(json.bodies.map((b) => b.name)).toEqual(["Ủy ban nhân dân tỉnh Đắk Lắk"]);
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
