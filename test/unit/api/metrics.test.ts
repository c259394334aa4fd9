import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { createOperationLabeller, readDriverPool } from "../../../src/api/metrics/index.js";

describe("api: metrics labels and pool counts", () => {
  it("keeps operation names as labels up to a bound, then counts the rest as other", () => {
    const label = createOperationLabeller(2);
    expect([label("A", true), label("B", true), label("C", true), label("A", true)]).toEqual([
      "A",
      "B",
      "other",
      "A",
    ]);
    expect(label(undefined, true)).toBe("anonymous");
    expect(label("A", false)).toBe("invalid");
    expect(label("x".repeat(65), true)).toBe("other");
  });

  it("reads the pool of a real driver, and gives up on shapes it does not know", async () => {
    const driver = neo4j.driver("bolt://127.0.0.1:1", undefined, { connectionTimeout: 200 });
    try {
      // The pool exists once the driver first tried to connect.
      expect(readDriverPool(driver)).toBeUndefined();
      await driver.verifyConnectivity().catch(() => undefined);
      expect(readDriverPool(driver)).toEqual({ active: 0, idle: 0 });
    } finally {
      await driver.close();
    }
    const shaped = (pool: unknown) => ({ _connectionProvider: { _connectionPool: pool } }) as never;
    expect(
      readDriverPool(shaped({ _activeResourceCounts: { a: 2 }, _pools: { a: { length: 3 } } })),
    ).toEqual({ active: 2, idle: 3 });
    expect(
      readDriverPool(shaped({ _activeResourceCounts: { a: "2" }, _pools: {} })),
    ).toBeUndefined();
    expect(readDriverPool(shaped(undefined))).toBeUndefined();
    expect(readDriverPool({} as never)).toBeUndefined();
    const hostile = {
      get _connectionProvider(): never {
        throw new Error("no");
      },
    };
    expect(readDriverPool(hostile as never)).toBeUndefined();
  });
});
