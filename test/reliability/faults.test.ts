import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { connect } from "node:net";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi, type Api } from "../../src/api/index.js";
import { loadConfig } from "../../src/config.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/graph/embedded/index.js";
import { applyMigrations, connectNeo4j } from "../../src/graph/index.js";
import { loadPlan } from "../../src/ingest/load/index.js";
import { silentLogger } from "../../src/logger.js";
import { resetDatabase, TEST_JWT_SECRET, testDriver } from "../helpers/neo4j.js";
import { signToken } from "../helpers/tokens.js";
import { corpusPlan, loadCorpus } from "./helpers/corpus.js";
import { postGraphQL, routeOf, send } from "./helpers/http.js";
import { graphShape, sourceSignatures } from "./helpers/provenance.js";

// One Neo4j of this file's own (port 0, temp dir), and an API in this process on it.
// (b) The Neo4j is killed with SIGKILL in the middle of a bulk ingest, while (a) the API
// keeps serving: it must fail fast, say so on /ready, and recover by itself once a real
// `govgraph start` child process has restarted Neo4j on the same data directory and port.
// (c) That child is then stopped with SIGTERM while a request is in flight.
// Two JVM starts for the three stories: on this machine each costs tens of seconds.

const HEAP = "512m";
const PAGE_CACHE = "64m";
const CONNECT_TIMEOUT_MS = 2000;
const REPOSITORY = fileURLToPath(new URL("../../", import.meta.url));
const SOURCES = 24;
const KILL_AFTER = 8;
const WORKERS = 4;
const UNAVAILABLE = {
  message: "the graph database is unavailable; try again shortly",
  extensions: { code: "SERVICE_UNAVAILABLE" },
};
const GENERATED = `{ documents(where: { id: { eq: "vn/2021/nd-cp/32" } }) { id } }`;
const ANALYST = `{ documentByCode(code: "32/2021/NĐ-CP") { id } }`;

let root: string;
let dataDir: string;
let port: number;
let neo: EmbeddedNeo4j;
let apiDriver: Driver;
let api: Api;
let apiUrl: string;
let child: ChildProcessWithoutNullStreams | undefined;
const childOutput: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "govgraph-faults-"));
  dataDir = path.join(root, "neo4j");
  neo = await startEmbeddedNeo4j({ dataDir, port: 0, heap: HEAP, pageCache: PAGE_CACHE });
  port = Number(new URL(neo.uri).port);
  await warmUp(neo.uri);
  const config = loadConfig({
    NEO4J_URI: neo.uri,
    PORT: "0",
    GOVGRAPH_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
    GOVGRAPH_QUERY_TIMEOUT_MS: "5000",
    GOVGRAPH_JWT_SECRET: TEST_JWT_SECRET,
    GOVGRAPH_LOG_LEVEL: "error",
  });
  apiDriver = await connectNeo4j({ uri: neo.uri, user: "neo4j", password: "" }, config);
  await applyMigrations(apiDriver);
  api = await createApi({ config, driver: apiDriver, logger: silentLogger });
  apiUrl = await api.listen();
});

afterAll(async () => {
  await api?.stop();
  await apiDriver?.close();
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }
  await neo?.stop();
  await rm(root, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("faults: Neo4j killed mid-ingest under a running API, restarted by `govgraph start`", () => {
  let expected: Map<string, string>;
  let expectedShape: Record<string, number>;
  let committed: string[];
  let prober: Prober;
  let childUrl: string;
  let neo4jBackAt = 0;
  let verify: Driver;

  beforeAll(async () => {
    // A clean run of the same ingest, on the project's test database, as the reference.
    const reference = testDriver();
    try {
      await resetDatabase(reference);
      await loadCorpus(reference, SOURCES);
      expected = await sourceSignatures(reference);
      expectedShape = await graphShape(reference);
    } finally {
      await reference.close();
    }
  });

  afterAll(async () => {
    await prober?.stop();
    await verify?.close();
  });

  it("(b) kills Neo4j with SIGKILL while several sources are being written", async () => {
    expect((await postGraphQL(apiUrl, GENERATED)).json?.data).toEqual({ documents: [] });
    committed = [];
    const queue = Array.from({ length: SOURCES }, (_, i) => i);
    let killedAt = -1;
    const worker = async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        try {
          committed.push((await loadPlan(apiDriver, corpusPlan(i))).sourceId);
        } catch {
          return;
        }
        if (committed.length >= KILL_AFTER && killedAt < 0) {
          killedAt = committed.length;
          process.kill(neo.pid as number, "SIGKILL");
          prober = startProber(apiUrl, GENERATED);
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    console.log(`SIGKILL after ${killedAt} sources reported committed; ${committed.length} in all`);
    expect(killedAt).toBe(KILL_AFTER);
    expect(committed.length).toBeLessThan(SOURCES);
  });

  it("(a) answers SERVICE_UNAVAILABLE fast while Neo4j is down, /ready 503, /health 200", async () => {
    for (const query of [GENERATED, ANALYST]) {
      const started = Date.now();
      const { json } = await postGraphQL(apiUrl, query);
      expect(json?.errors?.[0]).toMatchObject(UNAVAILABLE);
      // Managed-transaction retries are bounded by the connect timeout.
      expect(Date.now() - started).toBeLessThan(3 * CONNECT_TIMEOUT_MS);
    }
    const started = Date.now();
    expect((await send(routeOf(apiUrl, "/ready"))).status).toBe(503);
    expect(Date.now() - started).toBeLessThan(2 * CONNECT_TIMEOUT_MS);
    expect((await send(routeOf(apiUrl, "/health"))).status).toBe(200);
  });

  it("(b) restarts on the same data directory and port through `govgraph start`", async () => {
    child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "start", "--no-seed"], {
      cwd: REPOSITORY,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEO4J_URI: "",
        GOVGRAPH_DATA_DIR: root,
        GOVGRAPH_BOLT_PORT: String(port),
        GOVGRAPH_NEO4J_HEAP: HEAP,
        GOVGRAPH_NEO4J_PAGECACHE: PAGE_CACHE,
        GOVGRAPH_JWT_SECRET: TEST_JWT_SECRET,
        GOVGRAPH_QUERY_TIMEOUT_MS: "30000",
        GOVGRAPH_LOG_LEVEL: "info",
        HOST: "127.0.0.1",
        PORT: "0",
      },
    });
    const running = child;
    childUrl = await new Promise<string>((resolve, reject) => {
      createInterface({ input: running.stdout }).on("line", (line) => {
        childOutput.push(line);
        const ready = /GraphQL ready at (\S+)/.exec(line);
        if (ready?.[1]) resolve(ready[1]);
      });
      createInterface({ input: running.stderr }).on("line", (line) => {
        childOutput.push(line);
        if (line.includes('"message":"embedded Neo4j ready"')) neo4jBackAt = Date.now();
      });
      running.once("exit", (code, signal) =>
        reject(
          new Error(
            `govgraph start exited (${code ?? signal}) before it was ready:\n${childOutput.slice(-20).join("\n")}`,
          ),
        ),
      );
    });
    expect(childUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(neo4jBackAt).toBeGreaterThan(0);
    verify = neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, { disableLosslessIntegers: true });
  });

  it("(a) recovers by itself, without a restart of the API", async () => {
    const recoveredAt = await prober.served(30_000);
    const probes = await prober.stop();
    const outage = probes.filter((p) => p.code !== "ok");
    console.log(
      `recovery: the API served again ${recoveredAt - neo4jBackAt} ms after Neo4j reported ready ` +
        `(${outage.length} probes answered SERVICE_UNAVAILABLE meanwhile, the slowest in ${Math.max(...outage.map((p) => p.took))} ms)`,
    );
    expect(outage.length).toBeGreaterThan(0);
    for (const probe of outage) {
      expect(probe.code).toBe("SERVICE_UNAVAILABLE");
      expect(probe.took).toBeLessThan(3 * CONNECT_TIMEOUT_MS);
    }
    expect(recoveredAt - neo4jBackAt).toBeLessThan(15_000);
    expect((await send(routeOf(apiUrl, "/ready"))).status).toBe(200);
    expect((await postGraphQL(apiUrl, ANALYST)).json?.data?.documentByCode).toEqual({
      id: "vn/2021/nd-cp/32",
    });
  });

  it("(b) keeps every committed source, complete, and no source half-written", async () => {
    const present = await sourceSignatures(verify);
    const lost = committed.filter((id) => !present.has(id));
    const halfWritten = [...present]
      .filter(([id, signature]) => expected.get(id) !== signature)
      .map(([id]) => id);
    const unheard = [...present.keys()].filter((id) => !committed.includes(id));
    console.log(
      `after SIGKILL: ${committed.length} reported committed, ${present.size} present ` +
        `(${unheard.length} committed without the client hearing it), ` +
        `${lost.length} lost, ${halfWritten.length} half-written`,
    );
    expect(lost).toEqual([]);
    expect(halfWritten).toEqual([]);
    expect((await graphShape(verify))["provenance lists of unequal length"]).toBeUndefined();
  });

  it("(b) ends where a clean run ends when the ingest is run again", async () => {
    const statuses: string[] = [];
    for (let i = 0; i < SOURCES; i += 1)
      statuses.push((await loadPlan(verify, corpusPlan(i))).status);
    expect(statuses.filter((s) => s === "unchanged").length).toBeGreaterThanOrEqual(
      committed.length,
    );
    expect(await graphShape(verify)).toEqual(expectedShape);
    expect(await sourceSignatures(verify)).toEqual(expected);
  });

  it("(c) on SIGTERM finishes the request in flight, then closes the driver and the embedded database, and exits 0", async () => {
    const running = child as ChildProcessWithoutNullStreams;
    const id = "vn/2021/nd-cp/32";
    const session = verify.session();
    const lock = await session.beginTransaction();
    await lock.run("MATCH (d:Document {id: $id}) SET d.lockedForTest = true", { id });
    // The editor's write waits on the lock: a request made slow on purpose.
    const inFlight = postGraphQL(
      childUrl,
      `mutation ($id: ID!) { updateDocuments(where: { id: { eq: $id } }, update: { title: { set: "written during shutdown" } }) { documents { id title } } }`,
      { id },
      { authorization: `Bearer ${await signToken()}` },
    );
    let settled = false;
    void inFlight.finally(() => (settled = true));
    await waitForOpenSession(childUrl);

    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      running.once("exit", (code, signal) => resolve({ code, signal })),
    );
    running.kill("SIGTERM");
    await sleep(1000);
    expect(settled).toBe(false);
    // Stopped listening: no new request gets in.
    await expect(send(routeOf(childUrl, "/health"))).rejects.toThrow();

    await lock.rollback();
    await session.close();
    await verify.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.json?.errors).toBeUndefined();
    expect(response.json?.data?.updateDocuments).toEqual({
      documents: [{ id, title: "written during shutdown" }],
    });

    expect(await exited).toEqual({ code: 0, signal: null });
    expect(
      childOutput.some((line) => line.includes('"message":"stopping"') && line.includes("SIGTERM")),
    ).toBe(true);
    expect(await portAcceptsConnections(port)).toBe(false);
    const log = await readFile(path.join(dataDir, "logs", "debug.log"), "utf8");
    const lastRun = log.slice(log.lastIndexOf("Bolt enabled on"));
    expect(lastRun).toMatch(/Stopped 'DatabaseId\{\w+\[neo4j\]\}' successfully/);
  });
});

interface Probe {
  readonly at: number;
  readonly took: number;
  readonly code: string;
}

interface Prober {
  /** Resolves to the time the API first served the query again. */
  served(timeoutMs: number): Promise<number>;
  stop(): Promise<Probe[]>;
}

/** Asks the API the same query every 200 ms, recording when, how long and what it answered. */
function startProber(url: string, query: string): Prober {
  const probes: Probe[] = [];
  let stopped = false;
  let markServed: (at: number) => void = () => undefined;
  const servedAt = new Promise<number>((resolve) => (markServed = resolve));
  const loop = (async () => {
    while (!stopped) {
      const at = Date.now();
      const { json } = await postGraphQL(url, query);
      const took = Date.now() - at;
      const code = json?.errors ? String(json.errors[0]?.extensions?.code) : "ok";
      probes.push({ at, took, code });
      if (code === "ok") markServed(at + took);
      await sleep(200);
    }
  })();
  return {
    served: (timeoutMs) =>
      Promise.race([
        servedAt,
        sleep(timeoutMs).then(() => {
          throw new Error(`the API did not serve again within ${timeoutMs} ms`);
        }),
      ]),
    stop: async () => {
      stopped = true;
      await loop;
      return probes;
    },
  };
}

/**
 * A freshly started Neo4j answers its first connection slowly on a busy machine, slower
 * than the short connect timeout these tests give the API's driver: warm it up first.
 */
async function warmUp(uri: string): Promise<void> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 60_000 });
  try {
    await driver.executeQuery("RETURN 1");
  } finally {
    await driver.close();
  }
}

/** Waits until the API reports a Neo4j session open (its /metrics), i.e. the request reached Neo4j. */
async function waitForOpenSession(graphqlUrl: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const { text } = await send(routeOf(graphqlUrl, "/metrics"));
    if (/^govgraph_neo4j_sessions_open [1-9]/m.test(text)) return;
    await sleep(100);
  }
  throw new Error("the request never reached Neo4j");
}

function portAcceptsConnections(target: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(target, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
