import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ErrorCode } from "../../src/errors.js";
import { startEmbeddedNeo4j } from "../../src/graph/embedded/index.js";
import { testDriver } from "../helpers/neo4j.js";

const LABEL = "EmbeddedAnalyzerProbe";
const INDEX = "embedded_analyzer_probe";

describe("graph: embedded Neo4j", () => {
  let driver: Driver;

  beforeAll(() => {
    driver = testDriver();
  });

  afterAll(async () => {
    await driver.executeQuery(`DROP INDEX ${INDEX} IF EXISTS`);
    await driver.executeQuery(`MATCH (n:${LABEL}) DETACH DELETE n`);
    await driver.close();
  });

  it("stores and reads back Vietnamese text", async () => {
    const title = "Nghị định số 32/2021/NĐ-CP của Chính phủ";
    await driver.executeQuery(`CREATE (:${LABEL} {title: $title, probe: 'roundtrip'})`, { title });
    const { records } = await driver.executeQuery(
      `MATCH (n:${LABEL} {probe: 'roundtrip'}) RETURN n.title AS title`,
    );
    expect(records.map((r) => r.get("title"))).toEqual([title]);
  });

  it("is Neo4j 5.26 Community", async () => {
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions, edition",
    );
    expect(records[0]?.get("name")).toBe("Neo4j Kernel");
    expect(records[0]?.get("versions")[0]).toMatch(/^5\.26\.\d+$/);
    expect(records[0]?.get("edition")).toBe("community");
  });

  it("has the APOC functions @neo4j/graphql calls", async () => {
    const passed = await driver.executeQuery(
      "RETURN apoc.util.validatePredicate(false, 'denied %s', [1]) AS ok",
    );
    expect(passed.records[0]?.get("ok")).toBe(true);
    await expect(
      driver.executeQuery(
        "RETURN apoc.util.validatePredicate(true, '@neo4j/graphql/FORBIDDEN %s', [0]) AS ok",
      ),
    ).rejects.toThrow(/@neo4j\/graphql\/FORBIDDEN 0/);
    const date = await driver.executeQuery(
      "RETURN apoc.date.convertFormat('2021-03-04', 'date', 'dd/MM/yyyy') AS d",
    );
    expect(date.records[0]?.get("d")).toBe("04/03/2021");
  });

  describe("vietnamese-folding full-text analyzer", () => {
    const titles = [
      "Nghị định quy định chi tiết thí điểm tổ chức mô hình chính quyền đô thị",
      "Tổ dân phố số 5",
      "Phường Thụy Khuê",
      "Xã Thuỵ An",
      "Thành phố Đà Nẵng",
      "Nghị định 32/2021/NĐ-CP",
      "Quyết định về thể chế",
    ];

    beforeAll(async () => {
      await driver.executeQuery(
        `CREATE FULLTEXT INDEX ${INDEX} IF NOT EXISTS FOR (n:${LABEL}) ON EACH [n.title]
         OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'vietnamese-folding' } }`,
      );
      await driver.executeQuery("CALL db.awaitIndexes(60)");
      await driver.executeQuery(
        `UNWIND $titles AS title CREATE (:${LABEL} {title: title, probe: 'search'})`,
        {
          titles,
        },
      );
    });

    async function search(query: string): Promise<string[]> {
      const { records } = await driver.executeQuery(
        `CALL db.index.fulltext.queryNodes($index, $query) YIELD node
         WHERE node.probe = 'search' RETURN node.title AS title`,
        { index: INDEX, query },
      );
      return records.map((r) => r.get("title") as string);
    }

    it("is offered by Neo4j", async () => {
      const { records } = await driver.executeQuery(
        "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer WHERE analyzer = 'vietnamese-folding' RETURN analyzer",
      );
      expect(records).toHaveLength(1);
    });

    it("finds text typed without diacritics", async () => {
      expect((await search("nghi dinh chinh quyen do thi"))[0]).toBe(titles[0]);
      expect(await search("+chinh +quyen +do +thi")).toEqual([titles[0]]);
    });

    it("folds đ to d", async () => {
      expect(await search("+da +nang")).toEqual(["Thành phố Đà Nẵng"]);
    });

    it("keeps words that English stop lists drop (tổ → to, thể → the)", async () => {
      expect(await search("+to +dan +pho")).toEqual(["Tổ dân phố số 5"]);
      expect(await search("to")).toContain("Tổ dân phố số 5");
      expect(await search("the")).toEqual(["Quyết định về thể chế"]);
    });

    it("matches both tone placements and decomposed input", async () => {
      const expected = ["Phường Thụy Khuê", "Xã Thuỵ An"];
      expect((await search("Thuỵ")).sort()).toEqual(expected);
      expect((await search("Thụy")).sort()).toEqual(expected);
      expect((await search("Thụy".normalize("NFD"))).sort()).toEqual(expected);
      expect((await search("thuy")).sort()).toEqual(expected);
    });

    it("splits a document code into its parts", async () => {
      expect(await search('"32/2021/NĐ-CP"')).toEqual(["Nghị định 32/2021/NĐ-CP"]);
      expect(await search('"32 2021 nd cp"')).toEqual(["Nghị định 32/2021/NĐ-CP"]);
    });
  });

  describe("startup failures", () => {
    let scratch: string;

    beforeAll(async () => {
      scratch = await mkdtemp(path.join(os.tmpdir(), "govgraph-embedded-"));
    });

    afterAll(async () => {
      await rm(scratch, { recursive: true, force: true });
    });

    const small = { heap: "512m", pageCache: "32m", port: 0 } as const;

    it("refuses a data directory that a running Neo4j holds", { timeout: 120_000 }, async () => {
      const dataDir = inject("neo4jDataDir");
      await expect(startEmbeddedNeo4j({ ...small, dataDir })).rejects.toMatchObject({
        code: ErrorCode.DATA_DIR_LOCKED,
        message: `embedded Neo4j: data directory ${dataDir} is in use by another running Neo4j`,
      });
    });

    it("refuses a Bolt port that is taken", { timeout: 120_000 }, async () => {
      const port = Number(new URL(inject("neo4jUri")).port);
      await expect(
        startEmbeddedNeo4j({ ...small, port, dataDir: path.join(scratch, "busy-port") }),
      ).rejects.toMatchObject({
        code: ErrorCode.PORT_IN_USE,
        message: `embedded Neo4j: Bolt port ${port} on 127.0.0.1 is already in use`,
      });
    });

    it("says how to proceed when Java is missing", async () => {
      const env = { ...process.env, JAVA_HOME: path.join(scratch, "no-such-jdk") };
      await expect(
        startEmbeddedNeo4j({ ...small, env, dataDir: path.join(scratch, "no-java") }),
      ).rejects.toMatchObject({
        code: ErrorCode.JAVA_MISSING,
        message: "Java not found: install a JDK 17+ or set NEO4J_URI to use your own Neo4j",
      });
    });
  });
});
