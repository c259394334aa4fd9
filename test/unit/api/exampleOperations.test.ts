import neo4j from "neo4j-driver";
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema } from "../../../src/api/index.js";
import { createResolvers } from "../../../src/api/resolvers/index.js";
import { exampleOperations } from "../../../web/src/playground/exampleOperations.js";

describe("the playground's example operations", () => {
  it("are every one valid against the schema the API serves", async () => {
    // Building the schema and validating against it read no data: the driver never connects.
    const driver = neo4j.driver("bolt://127.0.0.1:1");
    try {
      const schema = await buildSchema({
        driver,
        jwtSecret: undefined,
        resolvers: createResolvers(),
      });
      const tabs = exampleOperations("meeting/ha-noi/đảng-ủy-phường-gia-thụy/2022-06-30/abc");
      expect(tabs.length).toBeGreaterThan(5);
      for (const tab of tabs) {
        const errors = validate(schema, parse(tab.query)).map((e) => e.message);
        expect(
          errors,
          tab.query.split("\n").find((line) => line.startsWith("query")),
        ).toEqual([]);
      }
    } finally {
      await driver.close();
    }
  });
});
