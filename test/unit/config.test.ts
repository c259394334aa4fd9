import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";

describe("config", () => {
  it("defaults to the embedded database on port 4000", () => {
    const config = loadConfig({}, "/srv/govgraph");
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.dataDir).toBe("/srv/govgraph/data");
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("reads NEO4J_URI, credentials and the data directory", () => {
    const config = loadConfig(
      {
        NEO4J_URI: "neo4j+s://db.example:7687",
        NEO4J_USER: "u",
        NEO4J_PASSWORD: "p",
        GOVGRAPH_DATA_DIR: "var",
      },
      "/srv",
    );
    expect(config.neo4j).toMatchObject({
      uri: "neo4j+s://db.example:7687",
      user: "u",
      password: "p",
    });
    expect(config.dataDir).toBe("/srv/var");
  });

  it.each([
    [{ PORT: "http" }, "PORT must be an integer from 0 to 65535, got 'http'"],
    [{ PORT: "70000" }, "PORT must be an integer from 0 to 65535, got '70000'"],
    [
      { NEO4J_URI: "http://localhost:7474" },
      "NEO4J_URI must look like 'neo4j://host:7687' or 'bolt://host:7687', got 'http://localhost:7474'",
    ],
    [
      { GOVGRAPH_JWT_SECRET: "short" },
      "GOVGRAPH_JWT_SECRET must be at least 32 characters for HS256, got 5",
    ],
    [
      { GOVGRAPH_NEO4J_HEAP: "lots" },
      "GOVGRAPH_NEO4J_HEAP must be a size like '512m' or '2g', got 'lots'",
    ],
    [
      { GOVGRAPH_LOG_LEVEL: "loud" },
      "GOVGRAPH_LOG_LEVEL must be one of debug, info, warn, error, got 'loud'",
    ],
  ])("refuses %j with a message naming the rule and the value", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
