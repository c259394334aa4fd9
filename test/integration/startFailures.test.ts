import { createServer } from "node:net";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi } from "../../src/api/index.js";
import { connectNeo4j } from "../../src/graph/index.js";
import { silentLogger } from "../../src/logger.js";
import { testConfig, testDriver } from "../helpers/neo4j.js";

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

describe("start: failures are one clear line", () => {
  it("names the port when the API's port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const api = await createApi({
        config: testConfig({ PORT: String(port) }),
        driver,
        logger: silentLogger,
      });
      await expect(api.listen()).rejects.toMatchObject({
        code: "PORT_IN_USE",
        message: `port ${port} on 127.0.0.1 is already in use: stop what holds it or set PORT`,
      });
      await api.stop();
    } finally {
      blocker.close();
    }
  });

  it("gives up on an unreachable NEO4J_URI within the connect timeout, naming the URI", async () => {
    const config = testConfig({
      NEO4J_URI: "bolt://127.0.0.1:1",
      GOVGRAPH_CONNECT_TIMEOUT_MS: "2000",
    });
    const started = Date.now();
    await expect(
      connectNeo4j({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x" }, config),
    ).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message: expect.stringContaining("cannot reach Neo4j at bolt://127.0.0.1:1 within 2 s"),
    });
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
