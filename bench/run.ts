// npm run bench -- --scale 10k=DATA_DIR [--scale 100k=DIR …] [--throughput] [--cpu-prof]
//
// Starts the embedded Neo4j on each generated graph's data directory in turn, the real
// API in a child process, and asks every question through raw Cypher and through
// GraphQL over HTTP, alternating. Prints figures; asserts nothing about time.
import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { loadConfig } from "../src/config.js";
import { startEmbeddedNeo4j } from "../src/graph/embedded/index.js";
import { anchorIds, type AnchorIds } from "../src/generate/index.js";
import { compare, compareCypher, type Comparison } from "./measure.js";
import { PROPOSED_IMPLEMENTATION_CHAIN } from "./proposedQueries.js";
import {
  chainQuestion,
  dashboardQuestion,
  graphViewQuestion,
  lookupQuestion,
  naiveChainQuestion,
  searchQuestion,
} from "./questions.js";
import { ms } from "./stats.js";
import { findJavaPid, throughput, type ThroughputRow } from "./throughput.js";
import { writeResults, type ScaleResult } from "./writeResults.js";

const VIEW_FOCUS = "chinh-phu";

interface Args {
  readonly scales: { name: string; dataDir: string }[];
  readonly throughput: boolean;
  readonly cpuProf: boolean;
  readonly iterations: number;
}

function parseArgs(argv: readonly string[]): Args {
  const scales: { name: string; dataDir: string }[] = [];
  argv.forEach((arg, i) => {
    if (arg === "--scale") {
      const [name = "", ...rest] = (argv[i + 1] ?? "").split("=");
      const dataDir = rest.join("=");
      const at = dataDir.startsWith("bolt://") ? dataDir : path.resolve(dataDir);
      scales.push({ name, dataDir: at });
    }
  });
  if (scales.length === 0) {
    throw new Error(
      "give at least one --scale NAME=DATA_DIR (a data dir filled by `govgraph generate`)",
    );
  }
  const iterations = argv.includes("--iterations")
    ? Number(argv[argv.indexOf("--iterations") + 1])
    : 60;
  return {
    scales,
    throughput: argv.includes("--throughput"),
    cpuProf: argv.includes("--cpu-prof"),
    iterations,
  };
}

async function startApi(
  uri: string,
  cpuProf: boolean,
): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(path.join(import.meta.dirname, "apiServer.ts"), [uri], {
    execArgv: [
      "--import",
      "tsx",
      ...(cpuProf ? ["--cpu-prof", "--cpu-prof-dir=bench/profiles"] : []),
    ],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { url: string }).url));
    child.once("exit", (code) => reject(new Error(`API exited with ${code}`)));
  });
  return { url, child };
}

async function benchScale(
  scale: { name: string; dataDir: string },
  anchors: AnchorIds[],
  args: Args,
  lastScale: boolean,
): Promise<ScaleResult> {
  const config = loadConfig();
  // A running server (bolt://…) is used as it is; a data directory gets its own embedded Neo4j.
  const db = scale.dataDir.startsWith("bolt://")
    ? { uri: scale.dataDir, stop: async () => undefined }
    : await startEmbeddedNeo4j({
        dataDir: scale.dataDir,
        port: 0,
        heap: config.embedded.heap,
        pageCache: config.embedded.pageCache,
      });
  const driver: Driver = neo4j.driver(db.uri, undefined, { disableLosslessIntegers: true });
  const api = await startApi(db.uri, args.cpuProf);
  const counts = await driver.executeQuery(
    "CALL { MATCH (d:Document) RETURN count(d) AS documents } CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN documents, nodes, relationships",
  );
  const record = counts.records[0];
  process.stdout.write(
    `\n== ${scale.name}: ${record?.get("documents")} documents, ${record?.get("nodes")} nodes, ${record?.get("relationships")} relationships\n`,
  );
  // The graph's composition, per label and relationship type (one scan per scale).
  const composition = await driver.executeQuery(`
    CALL { CALL db.labels() YIELD label
      CALL { WITH label MATCH (n) WHERE label IN labels(n) RETURN count(n) AS c } RETURN collect(label + '=' + c) AS labels }
    CALL { CALL db.relationshipTypes() YIELD relationshipType AS t
      CALL { WITH t MATCH ()-[r]->() WHERE type(r) = t RETURN count(r) AS c } RETURN collect(t + '=' + c) AS types }
    RETURN labels, types`);
  process.stdout.write(
    `   ${String(composition.records[0]?.get("labels"))}\n   ${String(composition.records[0]?.get("types"))}\n`,
  );
  const [small, medium, large] = anchors;
  if (!small || !medium || !large) throw new Error("expected three anchors");
  const n = args.iterations;
  const comparisons: Comparison[] = [];
  const ask = async (question: Parameters<typeof compare>[2], iterations = n) => {
    const result = await compare(driver, api.url, question, {
      warmup: Math.min(10, iterations),
      iterations,
    });
    comparisons.push(result);
    const ratio = result.raw ? (result.api.p50 / result.raw.p50).toFixed(2) : "–";
    process.stdout.write(
      `${result.name.padEnd(34)} raw p50 ${ms(result.raw?.p50 ?? NaN).padStart(7)}  api p50 ${ms(result.api.p50).padStart(7)} p95 ${ms(result.api.p95).padStart(7)}  api/raw ${ratio}  size ${result.apiSize ?? ""}\n`,
    );
  };
  await ask(lookupQuestion(medium.root.code));
  for (const depth of [2, 4, 6]) await ask(chainQuestion("large", large.root.id, "DOWN", depth));
  for (const depth of [2, 4, 6]) await ask(chainQuestion("large", large.leafId, "UP", depth));
  await ask(chainQuestion("small", small.root.id, "DOWN", 6));
  await ask(chainQuestion("medium", medium.root.id, "DOWN", 6));
  for (const depth of [2, 4, 6]) {
    const half = Math.ceil(n / 2);
    await ask(chainQuestion("large", large.root.id, "DOWN", depth, ["IMPLEMENTS"]), half);
    await ask(chainQuestion("large", large.root.id, "DOWN", depth, ["IMPLEMENTS"], true), half);
    await ask(naiveChainQuestion("large", large.root.id, depth), half);
  }
  // Where the nested selection loses: a cycle makes it repeat whole subtrees.
  await ask(
    chainQuestion("small", small.decisionId, "DOWN", 6, ["IMPLEMENTS"], true),
    Math.ceil(n / 2),
  );
  await ask(naiveChainQuestion("small", small.decisionId, 6), Math.ceil(n / 2));
  // The Government's neighbourhood exceeds 1,000 nodes at every size (its ministries,
  // provincial committees and their departments alone do), so every view is cut at its limit.
  for (const limit of [50, 200, 1000]) {
    await ask(graphViewQuestion(VIEW_FOCUS, limit, 2), limit === 1000 ? Math.ceil(n / 2) : n);
  }
  await ask(searchQuestion("luật đất đai"));
  await ask(searchQuestion("12/KH-UBND"));
  await ask(dashboardQuestion(medium), Math.ceil(n / 2));

  // The same answer through the edge subquery proposed in RESULTS.md ("api" column = proposed).
  for (const question of [chainQuestion("large", large.root.id, "DOWN", 6)]) {
    const [statement] = question.raw;
    if (!statement) continue;
    const cypher = PROPOSED_IMPLEMENTATION_CHAIN;
    const result = await compareCypher(
      driver,
      question,
      { ...question, raw: [{ ...statement, cypher }] },
      {
        warmup: 3,
        iterations: Math.ceil(n / 2),
      },
    );
    comparisons.push(result);
    process.stdout.write(
      `${result.name.padEnd(60)} now p50 ${ms(result.raw?.p50 ?? NaN)}  proposed p50 ${ms(result.api.p50)}\n`,
    );
  }

  const rows: ThroughputRow[] = [];
  if (args.throughput && lastScale) {
    const pid = findJavaPid(scale.dataDir);
    for (const question of [
      lookupQuestion(medium.root.code),
      graphViewQuestion(VIEW_FOCUS, 200, 2),
    ]) {
      for (const connections of [1, 8, 32]) {
        const row = await throughput(api.url, api.child, pid, question, connections, 10);
        rows.push(row);
        process.stdout.write(
          `${row.name.padEnd(20)} c=${String(connections).padStart(2)}  ${row.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${row.p50} ms p99 ${row.p99} ms  errors ${row.errors}  CPU api ${row.apiCpu.toFixed(2)} neo4j ${row.neo4jCpu.toFixed(2)}\n`,
        );
      }
    }
  }
  api.child.send("stop");
  await new Promise((resolve) => api.child.once("exit", resolve));
  await driver.close();
  await db.stop();
  return {
    name: scale.name,
    documents: Number(record?.get("documents")),
    nodes: Number(record?.get("nodes")),
    relationships: Number(record?.get("relationships")),
    comparisons,
    throughput: rows,
  };
}

const args = parseArgs(process.argv.slice(2));
const anchors = anchorIds();
const results: ScaleResult[] = [];
for (const [i, scale] of args.scales.entries()) {
  results.push(await benchScale(scale, anchors, args, i === args.scales.length - 1));
}
const file = await writeResults(results, {
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
  node: process.version,
  heap: loadConfig().embedded.heap,
  pageCache: loadConfig().embedded.pageCache,
});
process.stdout.write(`\nwrote ${file}\n`);
