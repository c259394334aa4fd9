import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { connect } from "node:net";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi } from "../../src/api/index.js";
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

// One Neo4j of this file's own (port 0, temp dir) lives through three chapters, in order:
// (a) stopped and restarted under a running API; (b) killed with SIGKILL in the middle of
// a bulk ingest, then restarted by a real `govgraph start` child process; (c) that child
// stopped with SIGTERM while a request is in flight.

const HEAP = "512m";
const PAGE_CACHE = "64m";
const CONNECT_TIMEOUT_MS = 1000;
const REPOSITORY = fileURLToPath(new URL("../../", import.meta.url));

let root: string;
let dataDir: string;
let port: number;
let neo: EmbeddedNeo4j;
let child: ChildProcessWithoutNullStreams | undefined;
const childOutput: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "govgraph-faults-"));
  dataDir = path.join(root, "neo4j");
  neo = await startEmbeddedNeo4j({ dataDir, port: 0, heap: HEAP, pageCache: PAGE_CACHE });
  port = Number(new URL(neo.uri).port);
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }
  await neo.stop();
  await rm(root, { recursive: true, force: true });
});

function config(uri: string) {
  return loadConfig({
    NEO4J_URI: uri,
    PORT: "0",
    GOVGRAPH_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
    GOVGRAPH_QUERY_TIMEOUT_MS: "5000",
    GOVGRAPH_JWT_SECRET: TEST_JWT_SECRET,
    GOVGRAPH_LOG_LEVEL: "error",
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("faults (a): Neo4j stops while the API serves", () => {
  it("fails fast with SERVICE_UNAVAILABLE, turns /ready false, keeps /health, recovers by itself", async () => {
    const settings = config(neo.uri);
    const driver = await connectNeo4j({ uri: neo.uri, user: "neo4j", password: "" }, settings);
    await applyMigrations(driver);
    await loadCorpus(driver, 1);
    const api = await createApi({ config: settings, driver, logger: silentLogger });
    const url = await api.listen();
    const generated = `{ documents(where: { id: { eq: "vn/2021/nd-cp/32" } }) { id } }`;
    const analyst = `{ documentByCode(code: "32/2021/NĐ-CP") { id } }`;
    try {
      expect((await postGraphQL(url, generated)).json?.data?.documents).toEqual([
        { id: "vn/2021/nd-cp/32" },
      ]);
      expect((await send(routeOf(url, "/ready"))).status).toBe(200);

      await neo.stop();
      const stoppedAt = Date.now();
      for (const query of [generated, analyst]) {
        const started = Date.now();
        const { json } = await postGraphQL(url, query);
        const took = Date.now() - started;
        expect(json?.errors?.[0]).toMatchObject({
          message: "the graph database is unavailable; try again shortly",
          extensions: { code: "SERVICE_UNAVAILABLE" },
        });
        // Retries of a managed transaction are bounded by the connect timeout.
        expect(took).toBeLessThan(3 * CONNECT_TIMEOUT_MS);
      }
      const readyStarted = Date.now();
      expect((await send(routeOf(url, "/ready"))).status).toBe(503);
      expect(Date.now() - readyStarted).toBeLessThan(2 * CONNECT_TIMEOUT_MS);
      expect((await send(routeOf(url, "/health"))).status).toBe(200);

      neo = await startEmbeddedNeo4j({ dataDir, port, heap: HEAP, pageCache: PAGE_CACHE });
      const databaseBack = Date.now();
      let served = false;
      while (!served && Date.now() - databaseBack < 30_000) {
        const { json } = await postGraphQL(url, generated);
        served = json?.errors === undefined;
        if (!served) await sleep(100);
      }
      const recovered = Date.now();
      console.log(
        `recovery: API served again ${recovered - databaseBack} ms after Neo4j was back on port ${port} ` +
          `(outage ${recovered - stoppedAt} ms, Neo4j restart included)`,
      );
      expect(served).toBe(true);
      expect(recovered - databaseBack).toBeLessThan(15_000);
      expect((await send(routeOf(url, "/ready"))).status).toBe(200);
      expect((await postGraphQL(url, analyst)).json?.data?.documentByCode).toEqual({
        id: "vn/2021/nd-cp/32",
      });
    } finally {
      await api.stop();
      await driver.close();
    }
  });
});

const SOURCES = 24;
const KILL_AFTER = 8;
const WORKERS = 4;

describe("faults (b): SIGKILL in the middle of a bulk ingest", () => {
  let expected: Map<string, string>;
  let expectedShape: Record<string, number>;
  let committed: string[];
  let childUrl: string;
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
    await verify?.close();
  });

  it("kills Neo4j while several sources are being written", async () => {
    const driver = await connectNeo4j(
      { uri: neo.uri, user: "neo4j", password: "" },
      config(neo.uri),
    );
    await resetDatabase(driver);
    committed = [];
    const queue = Array.from({ length: SOURCES }, (_, i) => i);
    let killedAt = -1;
    const worker = async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        try {
          const result = await loadPlan(driver, corpusPlan(i));
          committed.push(result.sourceId);
        } catch {
          return;
        }
        if (committed.length >= KILL_AFTER && killedAt < 0) {
          killedAt = committed.length;
          process.kill(neo.pid as number, "SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    await driver.close().catch(() => undefined);
    console.log(
      `SIGKILL after ${killedAt} sources reported committed; ${committed.length} reported in all`,
    );
    expect(killedAt).toBe(KILL_AFTER);
    expect(committed.length).toBeLessThan(SOURCES);
  });

  it("restarts on the same data directory through `govgraph start`", async () => {
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
    childUrl = await new Promise<string>((resolve, reject) => {
      const failed = (why: string) =>
        reject(new Error(`${why}:\n${childOutput.slice(-20).join("\n")}`));
      createInterface({ input: child!.stdout }).on("line", (line) => {
        childOutput.push(line);
        const ready = /GraphQL ready at (\S+)/.exec(line);
        if (ready?.[1]) resolve(ready[1]);
      });
      createInterface({ input: child!.stderr }).on("line", (line) => childOutput.push(line));
      child!.once("exit", (code, signal) =>
        failed(`govgraph start exited (${code ?? signal}) before it was ready`),
      );
    });
    verify = neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, { disableLosslessIntegers: true });
    expect(childUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
  });

  it("keeps every committed source, complete, and no source half-written", async () => {
    const present = await sourceSignatures(verify);
    const lost = committed.filter((id) => !present.has(id));
    const halfWritten = [...present]
      .filter(([id, signature]) => expected.get(id) !== signature)
      .map(([id]) => id);
    const uncommittedButComplete = [...present.keys()].filter((id) => !committed.includes(id));
    console.log(
      `after SIGKILL: ${committed.length} reported committed, ${present.size} present ` +
        `(${uncommittedButComplete.length} committed without the client hearing it), ` +
        `${lost.length} lost, ${halfWritten.length} half-written`,
    );
    expect(lost).toEqual([]);
    expect(halfWritten).toEqual([]);
    expect((await graphShape(verify))["provenance lists of unequal length"]).toBeUndefined();
  });

  it("ends where a clean run ends when the ingest is run again", async () => {
    const statuses: string[] = [];
    for (let i = 0; i < SOURCES; i += 1)
      statuses.push((await loadPlan(verify, corpusPlan(i))).status);
    expect(statuses.filter((s) => s === "unchanged").length).toBeGreaterThanOrEqual(
      committed.length,
    );
    expect(await graphShape(verify)).toEqual(expectedShape);
    expect(await sourceSignatures(verify)).toEqual(expected);
  });

  describe("faults (c): SIGTERM with a request in flight", () => {
    it("finishes the request, then closes the driver and the embedded database, and exits 0", async () => {
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
        child!.once("exit", (code, signal) => resolve({ code, signal })),
      );
      child!.kill("SIGTERM");
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
        childOutput.some(
          (line) => line.includes('"message":"stopping"') && line.includes("SIGTERM"),
        ),
      ).toBe(true);
      expect(await portAcceptsConnections(port)).toBe(false);
      const log = await readFile(path.join(dataDir, "logs", "debug.log"), "utf8");
      const lastRun = log.slice(log.lastIndexOf("Bolt enabled on"));
      expect(lastRun).toMatch(/Stopped 'DatabaseId\{\w+\[neo4j\]\}' successfully/);
    });
  });
});

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
