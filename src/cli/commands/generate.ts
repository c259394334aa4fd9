import path from "node:path";
import { openDatabase } from "../../app/index.js";
import { loadConfig } from "../../config.js";
import { ErrorCode, GovgraphError } from "../../errors.js";
import { bulkLoad, countRows, directorySize, generateGraph } from "../../generate/index.js";
import { createLogger } from "../../logger.js";
import type { Command } from "../Command.js";
import { createProgress } from "../progress.js";

interface GenerateArgs {
  readonly documents: number;
  readonly seed: string;
  readonly batch: number;
  readonly dryRun: boolean;
}

export function parseGenerateArgs(args: readonly string[]): GenerateArgs {
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const positive = (flag: string, raw: string | undefined, fallback?: number) => {
    if (raw === undefined && fallback !== undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) {
      throw new GovgraphError(
        ErrorCode.BAD_USER_INPUT,
        `${flag} must be a positive integer, got '${raw ?? ""}'`,
      );
    }
    return n;
  };
  const known = new Set(["--documents", "--seed", "--batch", "--dry-run"]);
  const unknown = args.find(
    (a, i) => a.startsWith("--") && !known.has(a) && !known.has(args[i - 1] ?? ""),
  );
  if (unknown) throw new GovgraphError(ErrorCode.BAD_USER_INPUT, `unknown option '${unknown}'`);
  return {
    documents: positive("--documents", value("--documents")),
    seed: value("--seed") ?? "1",
    batch: positive("--batch", value("--batch"), 5000),
    dryRun: args.includes("--dry-run"),
  };
}

export const generateCommand: Command = {
  name: "generate",
  summary: "generate a synthetic national-scale graph (deterministic for a seed) and bulk-load it",
  usage: `Usage: govgraph generate --documents N [--seed S] [--batch 5000] [--dry-run]

Generates N documents cascading from laws and Party resolutions down to the 34
provinces and ~3,300 communes (and, before 2025-07-01, the 63 provinces and ~700
districts), with meetings, officials and provenance, and loads them in UNWIND batches
of --batch rows. The same seed always gives the same graph. An empty database is
filled with CREATE; otherwise rows are MERGEd. --dry-run generates without writing.
Memory: GOVGRAPH_NEO4J_HEAP and GOVGRAPH_NEO4J_PAGECACHE size the embedded Neo4j.`,
  async run(args) {
    const options = parseGenerateArgs(args);
    const stream = generateGraph({ documents: options.documents, seed: options.seed });
    const progress = createProgress("generate", options.documents, process.stderr, "documents");
    const started = Date.now();
    if (options.dryRun) {
      let nodes = 0;
      let relationships = 0;
      let documents = 0;
      let stubs = 0;
      for (const rows of stream) {
        const counted = countRows(rows);
        nodes += counted.nodes;
        relationships += counted.relationships;
        documents += rows.documents.length;
        stubs += rows.documents.filter((d) => !d.isSubject).length;
        progress.tick(Math.min(documents, options.documents));
      }
      progress.finish();
      process.stdout.write(
        `generated ${documents} documents (${stubs} of them stubs of cited laws), ${nodes} nodes, ${relationships} relationships in ${seconds(started)} s (dry run)\n`,
      );
      return 0;
    }
    const config = loadConfig();
    const logger = createLogger(config.logLevel);
    const database = await openDatabase(config, logger);
    const startedIn = seconds(started);
    const loadStarted = Date.now();
    let result;
    try {
      result = await bulkLoad(database.driver, stream, {
        batchSize: options.batch,
        database: config.neo4j.database,
        onProgress: (done) => progress.tick(Math.min(done, options.documents)),
      });
      progress.finish();
      await database.driver.executeQuery(
        "CALL db.awaitIndexes(3600)",
        {},
        { database: config.neo4j.database },
      );
    } finally {
      await database.close();
    }
    const loadSeconds = seconds(loadStarted);
    process.stdout.write(
      `loaded ${result.documents} documents (${result.stubs} of them stubs of cited laws), ${result.nodes} nodes, ${result.relationships} relationships ` +
        `(${result.mode}) in ${loadSeconds} s (database started in ${startedIn} s), ${result.transactions} transactions` +
        `${config.neo4j.uri ? "" : await sizes(path.join(config.dataDir, "neo4j"))}\n`,
    );
    return 0;
  },
};

/**
 * The store alone says what the graph costs; the data dir adds preallocated transaction
 * logs. Measured after the database stopped: only the shutdown checkpoint writes the store out.
 */
async function sizes(dataDir: string): Promise<string> {
  const megabytes = async (dir: string) => ((await directorySize(dir)) / 1e6).toFixed(1);
  const store = await megabytes(path.join(dataDir, "data", "databases", "neo4j"));
  return `, store ${store} MB, data dir ${await megabytes(dataDir)} MB`;
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}
