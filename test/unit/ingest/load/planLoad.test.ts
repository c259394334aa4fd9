import { describe, expect, it } from "vitest";
import { planLoad, validDate } from "../../../../src/ingest/load/index.js";
import { cited, evidence, extraction, relation } from "../../../helpers/extraction.js";

const info = { contentHash: "f".repeat(64) };

describe("load: planning identities", () => {
  it("gives the same local code from two issuers two ids, and one decree one id", () => {
    const plan = planLoad(
      extraction({
        documents: [
          cited("100/KH-UBND", { kind: "PLAN", issuer: "UBND Thành phố Hà Nội", year: 2021 }),
          {
            ...cited("100/KH-UBND", { kind: "PLAN", issuer: "UBND tỉnh Đắk Nông", year: 2021 }),
            key: "b",
          },
          cited("32/2021/NĐ-CP", { kind: "DECREE", issuer: "Chính phủ" }),
          { ...cited("32/NĐ-CP", { kind: "DECREE", issuer: "Chính phủ", year: 2021 }), key: "c" },
        ],
      }),
      info,
    );
    expect(plan.documents.map((d) => d.id).sort()).toEqual([
      "vn/2021/nd-cp/32",
      "vn/ubnd-tinh-dak-nong/2021/100-kh-ubnd",
      "vn/ubnd-tp-ha-noi/2021/100-kh-ubnd",
    ]);
  });

  it("names where each numbered document's id holds its year, the same for its yearless citation", () => {
    const plan = planLoad(
      extraction({
        documents: [
          cited("32/NĐ-CP", { kind: "DECREE", issuer: "Chính phủ" }),
          cited("57-NQ/TW", { kind: "RESOLUTION", issuer: "Bộ Chính trị", year: 2024 }),
          cited("15/KH-UBND", { kind: "PLAN", issuer: "UBND phường Gia Thụy" }),
        ],
      }),
      info,
    );
    expect(plan.documents.map((d) => d.id)).toEqual([
      "vn/_/nd-cp/32",
      "vn/2024/57-nq-tw",
      "vn/ubnd-phường-gia-thụy/_/15-kh-ubnd",
    ]);
    expect(plan.yearSlots).toEqual([
      { codeKey: "32/nd-cp", before: "vn/", after: "/nd-cp/32" },
      { codeKey: "57/nq-tw", before: "vn/", after: "/57-nq-tw" },
      { codeKey: "15/kh-ubnd", before: "vn/ubnd-phường-gia-thụy/", after: "/15-kh-ubnd" },
    ]);
  });

  it("scopes a local document whose issuer the text does not name to the source", () => {
    const text = (contentHash: string) =>
      planLoad(
        extraction({
          documents: [
            cited("007/CĐ-UBND", { kind: "DISPATCH", year: 2025 }),
            cited("Báo cáo", { kind: "REPORT", year: 2025 }),
            cited("32/2021/NĐ-CP", { kind: "DECREE" }),
          ],
        }),
        { contentHash },
      ).documents.map((d) => d.id);
    const first = text("a".repeat(64));
    const second = text("b".repeat(64));
    expect(first[0]).toBe(`vn/src/${"a".repeat(16)}/2025/7-cd-ubnd`);
    expect(second[0]).not.toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[2]).toBe(first[2]);
    expect(text("a".repeat(64))).toEqual(first);
  });

  it("marks cited documents as stubs and the text's own document as seen", () => {
    const plan = planLoad(
      extraction({
        documents: [
          {
            ...cited("63/2025/QĐ-UBND", { kind: "DECISION", issuer: "UBND tỉnh Đồng Nai" }),
            isSubject: true,
          },
          cited("72/2025/QH15", { kind: "LAW", issuer: "Quốc hội" }),
        ],
      }),
      info,
    );
    expect(plan.documents.map((d) => [d.code, d.isSubject])).toEqual([
      ["63/2025/QĐ-UBND", true],
      ["72/2025/QH15", false],
    ]);
  });

  it("names a text without a title of its own after the document it is", () => {
    const own = {
      ...cited("221-KL/TW", { kind: "CONCLUSION" as const, issuer: "Bộ Chính trị" }),
      isSubject: true,
      title: "Kết luận của Bộ Chính trị về tình hình hoạt động",
    };
    expect(planLoad(extraction({ documents: [own] }), info).source.title).toBe(
      "Kết luận 221-KL/TW: Kết luận của Bộ Chính trị về tình hình hoạt động",
    );
    expect(
      planLoad(extraction({ documents: [own] }), { ...info, title: "Bài báo" }).source.title,
    ).toBe("Bài báo");
    expect(
      planLoad(extraction({ documents: [cited("32/2021/NĐ-CP", { kind: "DECREE" })] }), info).source
        .title,
    ).toBeNull();
  });

  it("scopes a person without a body to the source, never merging on name alone", () => {
    const plan = planLoad(
      extraction({
        people: [{ name: "Nguyễn Văn An", positions: [], evidence: evidence("ông Nguyễn Văn An") }],
      }),
      info,
    );
    expect(plan.people[0]?.id).toBe(`nguyen-van-an@src/${"f".repeat(16)}`);
  });

  it("keeps one edge per pair and the strongest attendance role", () => {
    const plan = planLoad(
      extraction({
        people: [
          {
            name: "Phan Việt Hưng",
            positions: [{ title: "Bí thư", body: "Đảng ủy phường Gia Thụy" }],
            evidence: evidence("x"),
          },
        ],
        meetings: [
          {
            key: "m1",
            title: "Hội nghị sơ kết",
            kind: "Hội nghị sơ kết",
            date: "2022-06-30",
            organizer: "Đảng ủy phường Gia Thụy",
            evidence: evidence("x"),
          },
        ],
        relations: [
          {
            type: "ATTENDED",
            from: { person: "Phan Việt Hưng" },
            to: { meeting: "m1" },
            role: "ATTENDEE",
            evidence: evidence("dự"),
          },
          {
            type: "ATTENDED",
            from: { person: "Phan Việt Hưng" },
            to: { meeting: "m1" },
            role: "SPEAKER",
            evidence: evidence("phát biểu"),
          },
        ],
      }),
      info,
    );
    expect(plan.edges.get("ATTENDED:Person>Meeting")).toEqual([
      expect.objectContaining({ role: "SPEAKER", sentence: "phát biểu" }),
    ]);
    expect(plan.edges.get("ORGANIZED_BY:Meeting>Body")).toHaveLength(1);
    expect(plan.bodies.map((b) => [b.name, b.kind, b.level])).toEqual([
      ["Đảng ủy phường Gia Thụy", "PARTY_COMMITTEE", "COMMUNE"],
    ]);
  });

  it("drops relations whose ends it cannot place instead of guessing", () => {
    const plan = planLoad(
      extraction({
        documents: [
          cited("03-TT/QU", { kind: "PARTY_CIRCULAR", issuer: "Quận ủy Long Biên", year: 2021 }),
        ],
        relations: [relation("IMPLEMENTS", "03-TT/QU", "not-extracted")],
      }),
      info,
    );
    expect(plan.edges.get("IMPLEMENTS:Document>Document")).toEqual([]);
  });

  it("accepts only real calendar days", () => {
    expect(validDate("2021-04-22")).toBe("2021-04-22");
    expect(validDate("2021-02-31")).toBeNull();
    expect(validDate("22/4/2021")).toBeNull();
  });
});
