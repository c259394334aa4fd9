import { describe, expect, it } from "vitest";
import { bodyKey, codeKey, documentId, parseDocumentCode } from "../../../src/identity/index.js";

describe("identity: document codes", () => {
  it.each([
    [
      "32/2021/NĐ-CP",
      undefined,
      { system: "STATE_LEGAL", kind: "DECREE", year: 2021, number: "32", symbol: "NĐ-CP" },
    ],
    [
      "97/2019/QH14",
      undefined,
      { system: "STATE_LEGAL", kind: undefined, year: 2019, issuerSymbol: "QH14" },
    ],
    [
      "100/KH-UBND",
      2021,
      { system: "STATE_ADMINISTRATIVE", kind: "PLAN", year: 2021, issuerSymbol: "UBND" },
    ],
    ["007/CĐ-UBND", undefined, { kind: "DISPATCH", number: "7", printedNumber: "007" }],
    ["15/UBND-VP", undefined, { kind: "OFFICIAL_LETTER", issuerSymbol: "UBND-VP" }],
    [
      "03-TT/QU",
      undefined,
      { system: "PARTY", kind: "PARTY_CIRCULAR", number: "3", symbol: "TT/QU" },
    ],
    ["35- NQ/TW", undefined, { system: "PARTY", kind: "RESOLUTION", code: "35-NQ/TW" }],
    ["Số: 63/2025/QĐ-UBND", undefined, { code: "63/2025/QĐ-UBND", kind: "DECISION" }],
    ["Nghị định số 32/2021/NĐ-CP", undefined, { code: "32/2021/NĐ-CP", kind: "DECREE" }],
    ["nghi dinh so: 32/2021/ND-CP", undefined, { code: "32/2021/ND-CP", year: 2021 }],
    ["Thông tri 03-TT/QU", undefined, { code: "03-TT/QU", kind: "PARTY_CIRCULAR" }],
    ["Thông tư liên tịch 01/2020/TTLT-BCA", undefined, { code: "01/2020/TTLT-BCA" }],
    ["24/2025/TT-BTP", undefined, { kind: "CIRCULAR", issuerSymbol: "BTP" }],
    // Typed slips: a kind glued to its ministry, the Assembly's Q read as O.
    ["37/2025/TTBNNMT", undefined, { code: "37/2025/TT-BNNMT", kind: "CIRCULAR" }],
    ["03/2021/TTBKHĐT", undefined, { code: "03/2021/TT-BKHĐT", issuerSymbol: "BKHĐT" }],
    ["22/2023/OH15", undefined, { code: "22/2023/QH15", issuerSymbol: "QH15" }],
    ["01/2020/TTLT-BCA", undefined, { code: "01/2020/TTLT-BCA", kind: "JOINT_CIRCULAR" }],
    // Kế hoạch hành động, Chương trình hành động of a Party committee.
    ["459-KHHĐ/TU", undefined, { system: "PARTY", kind: "PLAN", symbol: "KHHĐ/TU" }],
    ["15-CTHĐ/TU", undefined, { system: "PARTY", kind: "PROGRAMME" }],
  ])("parses %s", (raw, year, expected) => {
    expect(parseDocumentCode(raw, year)).toMatchObject(expected);
  });

  it("completes a decree cited without its year from the citation's date", () => {
    expect(parseDocumentCode("32/NĐ-CP", 2021)).toMatchObject({
      code: "32/2021/NĐ-CP",
      year: 2021,
    });
  });

  it.each(["abc", "", "32", "2021/NĐ-CP/32", "Nghị định", "UBND 5/KH", "Luật Đất đai 2024"])(
    "refuses %j",
    (raw) => {
      expect(parseDocumentCode(raw)).toBeUndefined();
    },
  );

  it("gives nationally unique codes an id without issuer, local codes one with", () => {
    const decree = parseDocumentCode("32/2021/NĐ-CP");
    const plan = parseDocumentCode("100/KH-UBND", 2021);
    expect(decree && documentId(decree, "chinh-phu")).toBe("vn/2021/nd-cp/32");
    expect(plan && documentId(plan, bodyKey("UBND Thành phố Hà Nội"))).toBe(
      "vn/ubnd-tp-ha-noi/2021/100-kh-ubnd",
    );
    expect(plan && documentId(plan, bodyKey("UBND tỉnh Đắk Nông"))).toBe(
      "vn/ubnd-tinh-dak-nong/2021/100-kh-ubnd",
    );
  });

  it.each([
    ["109/BC-BPC", "a People's Council's legal committee"],
    ["172/BC-BKTNS", "a People's Council's budget committee"],
    ["5829/TTr-BCH", "a province's military command"],
    ["38/TTr-BQLCKCN", "a province's industrial zones board"],
    ["01-KH/BCĐ", "a province's steering committee"],
    ["5106/CT-CS", "a tax department, national only since 2025"],
  ])("keeps %s apart in every province: %s", (raw) => {
    const code = parseDocumentCode(raw, 2025);
    const hanoi = code && documentId(code, bodyKey("Hội đồng nhân dân thành phố Hà Nội"));
    const hue = code && documentId(code, bodyKey("Hội đồng nhân dân thành phố Huế"));
    expect(hanoi).toBeDefined();
    expect(hanoi).not.toBe(hue);
  });

  it.each([
    ["4255/QĐ-BNN-KHCN", "vn/2024/4255-qd-bnn-khcn"],
    ["1234/TTg-KGVX", "vn/2024/1234-ttg-kgvx"],
    ["8935/BNV-CTTN&BĐG", "vn/2024/8935-bnv-cttn-bdg"],
    ["07/2013/TTLT-BGDĐT-BNV-BTC", "vn/2013/ttlt-bgddt-bnv-btc/7"],
    ["02-KH/BCĐTW", "vn/2024/2-kh-bcdtw"],
  ])("names %s, a central body's or its unit's, by its code alone", (raw, id) => {
    const code = parseDocumentCode(raw, 2024);
    expect(code && documentId(code, "ubnd-tinh-x")).toBe(id);
    expect(code && documentId(code, undefined)).toBe(id);
  });

  it("keeps a legal act and an administrative document of one issuer and year apart", () => {
    const legal = parseDocumentCode("5/2024/QĐ-UBND");
    const administrative = parseDocumentCode("5/QĐ-UBND", 2024);
    const issuer = bodyKey("UBND tỉnh Đồng Nai");
    expect(legal && documentId(legal, issuer)).toBe("vn/ubnd-tinh-dong-nai/2024/qd-ubnd/5");
    expect(administrative && documentId(administrative, issuer)).toBe(
      "vn/ubnd-tinh-dong-nai/2024/5-qd-ubnd",
    );
    const resolution = parseDocumentCode("08/2025/NQ-CP");
    const decision = parseDocumentCode("8/NQ-CP", 2025);
    expect(resolution && documentId(resolution, undefined)).not.toBe(
      decision && documentId(decision, undefined),
    );
  });

  it("keys a code without its year, so citations that drop it still match", () => {
    const a = parseDocumentCode("32/2021/NĐ-CP");
    const b = parseDocumentCode("32/NĐ-CP");
    expect(a && codeKey(a)).toBe("32/nd-cp");
    expect(b && codeKey(b)).toBe("32/nd-cp");
  });

  it("names the Prime Minister's directive printed in a heading's capitals as the one in text", () => {
    const heading = parseDocumentCode("32/CT-TTG");
    const text = parseDocumentCode("32/CT-TTg", 2025);
    expect(heading?.code).toBe("32/CT-TTg");
    expect(heading && documentId({ ...heading, year: 2025 }, "ubnd-tinh-x")).toBe(
      text && documentId(text, "ubnd-tinh-y"),
    );
  });

  it("gives one body one key whatever the spelling", () => {
    expect(bodyKey("Ủy ban nhân dân thành phố Hà Nội")).toBe(bodyKey("UBND TP. Hà Nội"));
    expect(bodyKey("UBMTTQ Việt Nam phường Gia Thuỵ")).toBe(
      bodyKey("Ủy ban Mặt trận Tổ quốc Việt Nam phường Gia Thụy"),
    );
    expect(bodyKey("BCH quân sự phường Gia Thụy")).not.toBe(bodyKey("BCH Đảng bộ phường Gia Thụy"));
  });
});

describe("identity: tidying codes", () => {
  it("is idempotent, even around a leading 'số'", async () => {
    const { tidyCode } = await import("../../../src/identity/index.js");
    for (const raw of ["\n số", " Số: 32/2021/NĐ-CP;", "35- NQ/TW", "số 03-TT/QU."]) {
      expect(tidyCode(tidyCode(raw))).toBe(tidyCode(raw));
    }
  });
});
