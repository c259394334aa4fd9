import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { ErrorCode, GovgraphError } from "../../errors.js";
import { silentLogger, type Logger } from "../../logger.js";
import { buildLauncher } from "./buildLauncher.js";
import { jvmFlags } from "./jvmFlags.js";
import { launcherPaths, type LauncherPaths } from "./launcherPaths.js";
import { parseLauncherLine } from "./launcherLine.js";
import { stopProcess } from "./stopProcess.js";

type Env = Readonly<Record<string, string | undefined>>;

export interface EmbeddedNeo4jOptions {
  /** Where Neo4j keeps its store and logs; default `./data/neo4j`. */
  readonly dataDir?: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. Default 7687. */
  readonly port?: number;
  /** JVM heap, e.g. '1g' (default). */
  readonly heap?: string;
  /** Neo4j page cache, e.g. '512m' (default). */
  readonly pageCache?: string;
  readonly log?: Logger;
  /** How long to wait for the launcher to report ready; default 120 s. */
  readonly startupTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL; default 30 s. */
  readonly stopTimeoutMs?: number;
  /** Environment for Java and Maven (JAVA_HOME, PATH); default process.env. */
  readonly env?: Env;
  readonly paths?: LauncherPaths;
}

export interface EmbeddedNeo4j {
  /** `bolt://127.0.0.1:<port>`, with the port actually bound. No authentication. */
  readonly uri: string;
  /** Neo4j's version, e.g. '5.26.30'. */
  readonly version: string;
  readonly dataDir: string;
  /** The launcher JVM's process id (fault-injection tests kill it outright). */
  readonly pid: number | undefined;
  /** Stops Neo4j cleanly (it checkpoints); safe to call more than once. */
  stop(): Promise<void>;
}

const LAUNCHER_CLASS = "org.govgraph.db.GovgraphNeo4j";
const MEMORY_SIZE = /^\d+[kmg]$/i;

/**
 * Starts Neo4j Community (with APOC and the vietnamese-folding analyzer) in a child JVM,
 * building the launcher first if its sources changed. Resolves once Bolt accepts
 * connections; rejects with a GovgraphError (JAVA_MISSING, PORT_IN_USE, DATA_DIR_LOCKED,
 * STARTUP_FAILED) whose message is one line.
 */
export async function startEmbeddedNeo4j(
  options: EmbeddedNeo4jOptions = {},
): Promise<EmbeddedNeo4j> {
  const port = options.port ?? 7687;
  const heap = options.heap ?? "1g";
  const pageCache = options.pageCache ?? "512m";
  checkOptions(port, heap, pageCache);
  const dataDir = path.resolve(options.dataDir ?? path.join("data", "neo4j"));
  const log = options.log ?? silentLogger;
  const env = options.env ?? process.env;
  const paths = options.paths ?? launcherPaths();
  const { java } = await buildLauncher({ log, env, paths });

  const args = [
    ...jvmFlags(heap),
    "-cp",
    paths.classpath,
    LAUNCHER_CLASS,
    ...["--data-dir", dataDir, "--port", String(port), "--page-cache", pageCache],
    ...["--plugins-dir", paths.pluginsDir, "--watch-stdin"],
  ];
  // stdin stays open and unused: the launcher exits when it closes, so even a parent
  // killed with SIGKILL does not leave Neo4j holding the port and the data directory.
  const child = spawn(java.command, args, { env: { ...env }, stdio: ["pipe", "pipe", "pipe"] });
  const killOnExit = () => child.kill("SIGTERM");
  process.on("exit", killOnExit);
  child.once("close", () => process.off("exit", killOnExit));

  const ready = await awaitReady(child, dataDir, options.startupTimeoutMs ?? 120_000, log);
  let stopping: Promise<void> | undefined;
  child.once("close", (code, signal) => {
    if (!stopping) log.error("embedded Neo4j exited unexpectedly", { code, signal, dataDir });
  });
  return {
    uri: ready.bolt,
    version: ready.version,
    dataDir,
    pid: child.pid,
    stop: () => (stopping ??= stopProcess(child, options.stopTimeoutMs ?? 30_000)),
  };
}

function checkOptions(port: number, heap: string, pageCache: string): void {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new GovgraphError(
      ErrorCode.BAD_CONFIG,
      `Bolt port must be an integer from 0 to 65535, got ${port}`,
    );
  }
  for (const [name, value] of [
    ["heap", heap],
    ["page cache", pageCache],
  ] as const) {
    if (!MEMORY_SIZE.test(value)) {
      throw new GovgraphError(
        ErrorCode.BAD_CONFIG,
        `${name} must be a size like '512m' or '2g', got '${value}'`,
      );
    }
  }
}

/** Waits for the ready line; any other ending kills the child and becomes a GovgraphError. */
function awaitReady(
  child: ChildProcessWithoutNullStreams,
  dataDir: string,
  timeoutMs: number,
  log: Logger,
): Promise<{ bolt: string; version: string }> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let reported: GovgraphError | undefined;
    const stderrTail: string[] = [];
    const fail = (error: GovgraphError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stopProcess(child, 5_000).finally(() => reject(error));
    };
    const timer = setTimeout(
      () =>
        fail(
          new GovgraphError(
            ErrorCode.STARTUP_FAILED,
            `embedded Neo4j did not report ready within ${timeoutMs / 1000} s (see ${path.join(dataDir, "logs", "debug.log")})`,
            { reason: "timeout", dataDir },
          ),
        ),
      timeoutMs,
    );

    createInterface({ input: child.stdout }).on("line", (line) => {
      const parsed = parseLauncherLine(line);
      if (parsed?.kind === "ready" && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve(parsed);
      } else {
        log.debug("embedded Neo4j", { stdout: line });
      }
    });
    createInterface({ input: child.stderr }).on("line", (line) => {
      const parsed = parseLauncherLine(line);
      if (parsed?.kind === "error") {
        reported = new GovgraphError(parsed.code, `embedded Neo4j: ${parsed.message}`, { dataDir });
      } else if (line.trim()) {
        stderrTail.push(line.trim());
        if (stderrTail.length > 20) stderrTail.shift();
        log.debug("embedded Neo4j", { stderr: line });
      }
    });
    child.on("error", (error) =>
      fail(
        new GovgraphError(
          ErrorCode.STARTUP_FAILED,
          `cannot start Java for embedded Neo4j: ${error.message}`,
          {
            dataDir,
          },
        ),
      ),
    );
    // 'close' comes after stdout and stderr have ended, so the error line has been read.
    child.on("close", (code, signal) =>
      fail(
        reported ??
          new GovgraphError(
            ErrorCode.STARTUP_FAILED,
            `embedded Neo4j exited (${code ?? signal}) before it was ready: ${stderrTail.at(-1) ?? "no output"}`,
            { dataDir, stderr: stderrTail.join("\n") },
          ),
      ),
    );
  });
}
