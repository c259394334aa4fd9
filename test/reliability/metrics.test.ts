import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi, MAX_BODY_BYTES, type Api } from "../../src/api/index.js";
import { MAX_OPERATION_LABELS } from "../../src/api/metrics/index.js";
import { silentLogger } from "../../src/logger.js";
import { resetDatabase, testConfig, testDriver } from "../helpers/neo4j.js";
import { signToken } from "../helpers/tokens.js";
import { loadCorpus } from "./helpers/corpus.js";
import { postGraphQL, routeOf, send } from "./helpers/http.js";

let driver: Driver;
let lockDriver: Driver;
let api: Api;
let url: string;

beforeAll(async () => {
  driver = testDriver();
  lockDriver = testDriver();
  await resetDatabase(driver);
  await loadCorpus(driver, 2);
  api = await createApi({ config: testConfig(), driver, logger: silentLogger });
  url = await api.listen();
});
afterAll(async () => {
  await api.stop();
  await driver.close();
  await lockDriver.close();
});

async function scrape(): Promise<string> {
  const response = await send(routeOf(url, "/metrics"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text;
}

/** The value of one sample, 0 when the series does not exist yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? "").split(",").filter(Boolean);
    if (wanted.every((pair) => have.includes(pair)) && have.length === wanted.length)
      return Number(match[3]);
  }
  return 0;
}

function series(text: string, name: string): string[] {
  return text.split("\n").filter((line) => line.startsWith(`${name}{`));
}

describe("metrics: /metrics in Prometheus text format", () => {
  it("counts requests and latencies by operation name and type", async () => {
    const before = await scrape();
    const query = `query ChainOfTheDecree { documentByCode(code: "32/2021/NĐ-CP") { id } }`;
    for (let i = 0; i < 3; i += 1) await postGraphQL(url, query);
    await postGraphQL(url, "{ documents(limit: 1) { id } }");
    const after = await scrape();
    const labels = { operation: "ChainOfTheDecree", type: "query" };
    expect(
      sample(after, "govgraph_graphql_requests_total", labels) -
        sample(before, "govgraph_graphql_requests_total", labels),
    ).toBe(3);
    expect(sample(after, "govgraph_graphql_request_duration_seconds_count", labels)).toBe(
      sample(after, "govgraph_graphql_requests_total", labels),
    );
    expect(
      sample(after, "govgraph_graphql_request_duration_seconds_bucket", { ...labels, le: "+Inf" }),
    ).toBeGreaterThanOrEqual(3);
    expect(
      sample(after, "govgraph_graphql_requests_total", { operation: "anonymous", type: "query" }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("counts errors by code, refusals by rule and responses by route and status", async () => {
    const before = await scrape();
    let bomb = "id";
    // Deep but cheap: only the depth limit refuses it.
    for (let i = 0; i < 11; i += 1) bomb = `implementedBy { ${bomb} }`;
    await postGraphQL(url, `{ documents { ${bomb} } }`);
    await postGraphQL(url, `mutation { deleteDocuments { nodesDeleted } }`);
    await send(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ documents { id } }", pad: "x".repeat(MAX_BODY_BYTES) }),
    });
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(delta("govgraph_graphql_errors_total", { code: "LIMIT_EXCEEDED" })).toBe(1);
    expect(delta("govgraph_graphql_errors_total", { code: "UNAUTHENTICATED" })).toBe(1);
    expect(delta("govgraph_graphql_refused_total", { rule: "depth" })).toBe(1);
    expect(delta("govgraph_http_responses_total", { route: "graphql", status: "413" })).toBe(1);
    expect(delta("govgraph_http_responses_total", { route: "graphql", status: "400" })).toBe(1);
    expect(delta("govgraph_graphql_requests_total", { operation: "invalid", type: "none" })).toBe(
      1,
    );
  });

  it("keeps operation-name labels bounded when every request invents a new name", async () => {
    for (let i = 0; i < MAX_OPERATION_LABELS + 20; i += 1) {
      await postGraphQL(url, `query Invented${i} { documents(limit: 1) { id } }`);
    }
    const text = await scrape();
    const names = new Set(
      series(text, "govgraph_graphql_requests_total").map(
        (line) => /operation="([^"]*)"/.exec(line)?.[1],
      ),
    );
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 3);
    expect(
      sample(text, "govgraph_graphql_requests_total", { operation: "other", type: "query" }),
    ).toBeGreaterThanOrEqual(20);
  });

  it("shows Neo4j use: sessions and queries counted by govgraph, the driver's own pool", async () => {
    const before = await scrape();
    await postGraphQL(url, "{ documents(limit: 1) { id } }");
    await postGraphQL(url, `{ documentByCode(code: "03-TT/QU") { id } }`);
    const after = await scrape();
    // One session each: the generated query's managed transaction, the lookup's statement.
    expect(
      sample(after, "govgraph_neo4j_sessions_opened_total") -
        sample(before, "govgraph_neo4j_sessions_opened_total"),
    ).toBe(2);
    expect(
      sample(after, "govgraph_neo4j_queries_total") -
        sample(before, "govgraph_neo4j_queries_total"),
    ).toBe(1);
    expect(sample(after, "govgraph_neo4j_sessions_open")).toBe(0);
    expect(sample(after, "govgraph_neo4j_queries_in_flight")).toBe(0);
    expect(sample(after, "govgraph_neo4j_pool_connections", { state: "active" })).toBe(0);
    expect(
      sample(after, "govgraph_neo4j_pool_connections", { state: "idle" }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("shows a write waiting on Neo4j as an open session holding a pool connection", async () => {
    const id = "vn/2021/nd-cp/32";
    const session = lockDriver.session();
    const lock = await session.beginTransaction();
    try {
      await lock.run("MATCH (d:Document {id: $id}) SET d.lockedForTest = true", { id });
      const editor = await signToken();
      const write = postGraphQL(
        url,
        `mutation ($id: ID!) { updateDocuments(where: { id: { eq: $id } }, update: { title: { set: "waited" } }) { documents { id } } }`,
        { id },
        { authorization: `Bearer ${editor}` },
      );
      let during = await scrape();
      for (let i = 0; i < 50 && sample(during, "govgraph_neo4j_sessions_open") === 0; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        during = await scrape();
      }
      expect(sample(during, "govgraph_neo4j_sessions_open")).toBe(1);
      expect(sample(during, "govgraph_neo4j_pool_connections", { state: "active" })).toBe(1);
      await lock.rollback();
      expect((await write).json?.errors).toBeUndefined();
      expect(sample(await scrape(), "govgraph_neo4j_sessions_open")).toBe(0);
    } finally {
      await session.close();
    }
  });

  it("includes the process metrics", async () => {
    const text = await scrape();
    for (const name of [
      "process_cpu_user_seconds_total",
      "process_resident_memory_bytes",
      "nodejs_heap_size_used_bytes",
      "nodejs_eventloop_lag_seconds",
    ]) {
      expect(text).toMatch(new RegExp(`^${name} `, "m"));
    }
  });
});
