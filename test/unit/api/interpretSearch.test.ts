import { describe, expect, it } from "vitest";
import { interpretSearch } from "../../../src/api/resolvers/interpretSearch.js";

describe("api: reading the search box", () => {
  it.each([
    ["32/2021/NĐ-CP", { codeKeys: ["32/nd-cp"], year: 2021 }],
    ["32/NĐ-CP", { codeKeys: ["32/nd-cp"], year: null }],
    ["nd 32 2021", { numbers: ["32"], kinds: ["DECREE"], year: 2021 }],
    ["nghị định 32", { numbers: ["32"], kinds: ["DECREE"] }],
    ["nghi dinh 32", { numbers: ["32"], kinds: ["DECREE"] }],
    ["thông tri 03", { numbers: ["3"], kinds: ["PARTY_CIRCULAR"] }],
  ])("reads %j as a code", (text, expected) => {
    expect(interpretSearch(text)).toMatchObject(expected);
  });

  it("folds words for the full-text index and strips Lucene syntax", () => {
    expect(interpretSearch('Chính quyền "đô thị" AND (x)').lucene).toBe("chinh quyen do thi and x");
    expect(interpretSearch("}) DETACH DELETE n //").lucene).toBe("detach delete n");
    expect(interpretSearch("*** ???").lucene).toBe("");
  });

  it("keeps the words typed with diacritics, in one tone placement, to rank their spelling first", () => {
    expect(interpretSearch("Gia Thuỵ").marked).toEqual(["thụy"]);
    expect(interpretSearch("gia thuy").marked).toEqual([]);
    expect(interpretSearch("Sở Nội vụ - Hà Tĩnh").marked).toEqual([
      "sở",
      "nội",
      "vụ",
      "hà",
      "tĩnh",
    ]);
  });
});
