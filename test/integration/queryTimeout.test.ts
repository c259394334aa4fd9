import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRead } from "../../src/graph/index.js";
import { testDriver } from "../helpers/neo4j.js";

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

describe("graph: server-side time limit", () => {
  it("stops a query on the server at its time limit and says so", async () => {
    const counter = { count: 0 };
    await expect(
      runRead(
        driver,
        "CALL apoc.util.sleep(5000) RETURN 1 AS one",
        {},
        {
          timeoutMs: 300,
          counter,
          what: "the slow query",
        },
      ),
    ).rejects.toMatchObject({
      code: "QUERY_TIMEOUT",
      message: "the slow query took longer than the server's time limit and was stopped",
    });
    expect(counter.count).toBe(1);
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH 'CALL apoc.util.sleep' RETURN count(*) AS running",
    );
    expect(records[0]?.get("running")).toBe(0);
  });
});
