import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anchorIds, bulkLoad, countRows, generateGraph } from "../../src/generate/index.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { graphCounts, resetDatabase, testDriver } from "../helpers/neo4j.js";

const DOCUMENTS = 2500;

describe("generate: bulk load of a generated graph", () => {
  let driver: Driver;
  let api: TestApi;
  let expected: { nodes: number; relationships: number };

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    expected = { nodes: 0, relationships: 0 };
    for (const rows of generateGraph({ documents: DOCUMENTS, seed: "generate-test" })) {
      const counted = countRows(rows);
      expected.nodes += counted.nodes;
      expected.relationships += counted.relationships;
    }
    api = await startTestApi(driver);
  });

  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  it("creates every generated node and relationship on an empty database", async () => {
    const result = await bulkLoad(
      driver,
      generateGraph({ documents: DOCUMENTS, seed: "generate-test" }),
      {
        batchSize: 1000,
      },
    );
    expect(result.mode).toBe("create");
    expect(result).toMatchObject(expected);
    expect(await graphCounts(driver)).toEqual(expected);
  });

  it("gives documents exactly the properties the load stage writes", async () => {
    const { records } = await driver.executeQuery(
      "MATCH (d:Document) WHERE NOT d.isStub RETURN d LIMIT 200",
    );
    const expectedKeys = [
      "code",
      "codeKey",
      "id",
      "isStub",
      "issuedOn",
      "kind",
      "number",
      "searchText",
      "status",
      "symbol",
      "system",
      "title",
      "updatedAt",
      "year",
    ];
    for (const record of records) {
      const properties = (record.get("d") as { properties: Record<string, unknown> }).properties;
      expect(Object.keys(properties).sort()).toEqual(expectedKeys);
      expect(["UNKNOWN", "EXPIRED"]).toContain(properties.status);
      expect(String(properties.searchText)).toContain(String(properties.code));
    }
  });

  it("marks EXPIRED exactly the documents a generated text repeals or replaces, as ingestion does", async () => {
    const { records } = await driver.executeQuery(`
      MATCH (d:Document)
      WITH d, EXISTS { (d)<-[:REPEALS|REPLACES {scope: 'WHOLE'}]-() } AS changed
      RETURN changed, d.status AS status, count(*) AS documents ORDER BY changed`);
    const rows = records.map((r) => r.toObject());
    expect(rows).toEqual([
      { changed: false, status: "UNKNOWN", documents: expect.any(Number) },
      { changed: true, status: "EXPIRED", documents: expect.any(Number) },
    ]);
    expect(rows[1]?.documents).toBeGreaterThan(0);
  });

  it("merges instead of duplicating when the database is not empty", async () => {
    const before = await graphCounts(driver);
    const again = await bulkLoad(
      driver,
      generateGraph({ documents: DOCUMENTS, seed: "generate-test" }),
    );
    expect(again.mode).toBe("merge");
    expect(await graphCounts(driver)).toEqual(before);
    const { records } = await driver.executeQuery(
      "MATCH ()-[r:IMPLEMENTS]->() WHERE size(r.sourceIds) <> 1 RETURN count(r) AS appended",
    );
    expect(records[0]?.get("appended")).toBe(0);
  });

  it("serves generated documents through the API unchanged", async () => {
    const [small] = anchorIds();
    if (!small) throw new Error("no anchors");
    const byCode = await api.post(
      `query($code: String!) { documentByCode(code: $code) { id code kind issuers } }`,
      { code: small.root.code },
    );
    expect(byCode.body.errors).toBeUndefined();
    expect(byCode.body.data?.documentByCode).toMatchObject({
      id: small.root.id,
      kind: "LAW",
      issuers: ["Quốc hội"],
    });

    const found = await api.post(`query($text: String!) { search(text: $text) { id score } }`, {
      text: small.root.code,
    });
    expect((found.body.data?.search as { id: string }[])[0]?.id).toBe(small.root.id);

    const chain = await api.post(
      `query($id: String!) { implementationChain(document: $id, maxDepth: 6) { nodes { id } truncated } }`,
      { id: small.root.id },
    );
    expect(chain.body.data?.implementationChain).toMatchObject({ truncated: false });
    expect((chain.body.data?.implementationChain as { nodes: unknown[] }).nodes).toHaveLength(
      small.anchor.chainSize,
    );
  });

  it("records bodies' lifetimes across the 2025 reorganisation and officials' terms", async () => {
    const { records } = await driver.executeQuery(`
      MATCH (d:Body {level: 'DISTRICT'}) WITH count(d) AS districts, collect(DISTINCT toString(d.validTo)) AS ends
      MATCH (c:Body {level: 'COMMUNE'}) WITH districts, ends, count(c) AS communes, collect(DISTINCT toString(c.validFrom)) AS starts
      MATCH ()-[h:HOLDS_POSITION]->() WITH districts, ends, communes, starts, count(h) AS positions, count(h.from) AS dated
      RETURN districts, ends, communes, starts, positions, dated`);
    const row = records[0]?.toObject();
    expect(row).toMatchObject({ ends: ["2025-06-30"], starts: ["2025-07-01"] });
    expect(row?.districts).toBeGreaterThan(2000);
    expect(row?.communes).toBe(3 * 3321);
    expect(row?.positions).toBe(row?.dated);
  });

  it("links the bodies the 2025 reorganisation ended to the ones that carried them on, as ingestion does", async () => {
    const { records } = await driver.executeQuery(`
      MATCH (a:Body)-[r:SUCCEEDED_BY]->(b:Body)
      RETURN a.id AS from, b.id AS to, toString(a.validTo) AS ended, toString(r.on) AS on
      ORDER BY from`);
    const rows = records.map((record) => record.toObject());
    // The 29 provinces the new map dropped, three bodies each, Huế's, and six ministries
    // and three Party commissions.
    expect(rows).toHaveLength(30 * 3 + 9);
    expect(rows).toContainEqual({
      from: "ubnd-tinh-bac-giang",
      to: "ubnd-tinh-bac-ninh",
      ended: "2025-06-30",
      on: "2025-07-01",
    });
    expect(rows).toContainEqual({
      from: "tinh-uy-soc-trang",
      to: "thanh-uy-can-tho",
      ended: "2025-06-30",
      on: "2025-07-01",
    });
    expect(rows).toContainEqual({
      from: "bo-ke-hoach-va-dau-tu",
      to: "bo-tai-chinh",
      ended: "2025-02-28",
      on: "2025-03-01",
    });
    for (const { ended, on } of rows) expect(ended < on).toBe(true);
  });
});
