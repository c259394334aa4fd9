import { spawn } from "node:child_process";
import { access, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Logger } from "../../logger.js";
import { PAGES, WEB_DIR, WEB_DIST_DIR } from "./webPaths.js";

/** What ensureWebAssets found or did. */
export type WebAssetsStatus = "present" | "built" | "unavailable";

export interface WebAssetsOptions {
  /** The Vite project (default: the repository's web/). */
  readonly webDir?: string;
  /** Where the built pages live (default: web/dist/). */
  readonly distDir?: string;
}

const OUTPUT_TAIL_CHARS = 4000;

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** When the pages were built (the older page's time), or undefined when one is missing. */
async function builtAt(distDir: string): Promise<number | undefined> {
  try {
    const times = await Promise.all(
      Object.values(PAGES).map(async (page) => (await stat(path.join(distDir, page))).mtimeMs),
    );
    return Math.min(...times);
  } catch {
    return undefined;
  }
}

/** The newest change to the Vite project's own files: web/ less its output and staging. */
async function newestSource(webDir: string, distDir: string): Promise<number> {
  const output = path.basename(path.resolve(distDir));
  let newest = 0;
  const walk = async (dir: string, top: boolean): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (top && entry.name.startsWith(output)) continue;
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, false);
      else if (entry.isFile()) newest = Math.max(newest, (await stat(full)).mtimeMs);
    }
  };
  await walk(webDir, true).catch(() => undefined);
  return newest;
}

type Need = "missing" | "stale";

const REASON: Record<Need, string> = {
  missing: "web/dist is missing",
  stale: "web/ changed since they were built",
};

/** Vite's command-line entry, or undefined where dev dependencies were not installed. */
async function viteBin(): Promise<string | undefined> {
  try {
    const manifest = createRequire(import.meta.url).resolve("vite/package.json");
    const { bin } = JSON.parse(await readFile(manifest, "utf8")) as { bin?: { vite?: string } };
    return bin?.vite ? path.join(path.dirname(manifest), bin.vite) : undefined;
  } catch {
    return undefined;
  }
}

function runVite(
  bin: string,
  args: string[],
  cwd: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-OUTPUT_TAIL_CHARS);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}

async function build(
  logger: Logger,
  webDir: string,
  distDir: string,
  need: Need,
): Promise<WebAssetsStatus> {
  const bin = await viteBin();
  const config = path.join(webDir, "vite.config.ts");
  if (need === "stale" && (!bin || !(await exists(config)))) {
    logger.warn("browser pages are older than web/ and cannot be rebuilt here; serving them", {
      hint: "run `npm run build:web` where the development dependencies are installed",
      distDir,
    });
    return "present";
  }
  if (!bin || !(await exists(config))) {
    logger.warn(
      "browser pages are not built and cannot be built here; /explore and the playground answer 503",
      {
        hint: "run `npm run build:web` where the development dependencies are installed",
        distDir,
      },
    );
    return "unavailable";
  }
  // Build beside the target and rename into place, so a crash or a second govgraph
  // starting at the same moment never leaves a half-written web/dist behind.
  const staging = `${distDir.replace(/[\\/]+$/, "")}.building-${process.pid}`;
  const started = Date.now();
  logger.info(`building the browser pages (${REASON[need]})`, { distDir });
  try {
    const { code, output } = await runVite(
      bin,
      ["build", "--config", config, "--outDir", staging, "--emptyOutDir"],
      path.dirname(webDir.replace(/[\\/]+$/, "")),
    );
    if (code !== 0) {
      const outcome = need === "stale" ? "serving the previous build" : "the pages answer 503";
      logger.error(`building the browser pages failed; ${outcome}`, { exitCode: code, output });
      return need === "stale" ? "present" : "unavailable";
    }
    await rm(distDir, { recursive: true, force: true });
    await rename(staging, distDir).catch(async (error: unknown) => {
      // Another govgraph starting at the same moment put its build in place first.
      if ((await builtAt(distDir)) === undefined) throw error;
    });
    logger.info("browser pages built", { distDir, ms: Date.now() - started });
    return "built";
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

const inFlight = new Map<string, Promise<WebAssetsStatus>>();

/**
 * Makes sure the browser pages exist and are current, building them with Vite when
 * web/dist is missing (a fresh clone, a clean) or older than a file in web/ (a pull, an
 * edit). Takes half a minute, so `govgraph start` calls it before it listens. Never
 * throws: without the pages, the GraphQL API still serves.
 */
export async function ensureWebAssets(
  logger: Logger,
  { webDir = WEB_DIR, distDir = WEB_DIST_DIR }: WebAssetsOptions = {},
): Promise<WebAssetsStatus> {
  const built = await builtAt(distDir);
  if (built !== undefined && (await newestSource(webDir, distDir)) <= built) return "present";
  const need: Need = built === undefined ? "missing" : "stale";
  const key = path.resolve(distDir);
  let running = inFlight.get(key);
  if (!running) {
    running = build(logger, webDir, distDir, need).catch((error: unknown) => {
      logger.error(
        "building the browser pages failed; /explore and the playground answer 503",
        error,
      );
      return "unavailable" as const;
    });
    inFlight.set(key, running);
    void running.finally(() => inFlight.delete(key));
  }
  return running;
}
