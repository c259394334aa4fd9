import { spawn } from "node:child_process";
import { ErrorCode, GovgraphError } from "../../errors.js";
import { silentLogger, type Logger } from "../../logger.js";
import { findJava, javaTool, type JavaRuntime } from "./findJava.js";
import { isLauncherFresh } from "./isLauncherFresh.js";
import { launcherPaths, type LauncherPaths } from "./launcherPaths.js";

type Env = Readonly<Record<string, string | undefined>>;

export interface BuildLauncherOptions {
  /** Build even when the jar is newer than its sources. */
  readonly force?: boolean;
  readonly log?: Logger;
  /** Environment for Java and Maven (JAVA_HOME, PATH, MAVEN_USER_HOME); default process.env. */
  readonly env?: Env;
  readonly paths?: LauncherPaths;
}

export interface LauncherBuild {
  /** False when the existing jar was fresh and Maven did not run. */
  readonly built: boolean;
  readonly ms: number;
  readonly java: JavaRuntime;
}

/**
 * Makes sure db/target holds a launcher built from the current sources, running
 * `db/mvnw package` only when pom.xml or a file under db/src is newer than the jar.
 * The Maven Wrapper downloads Maven itself, so a JDK is all a user needs.
 */
export async function buildLauncher(options: BuildLauncherOptions = {}): Promise<LauncherBuild> {
  const started = Date.now();
  const env = options.env ?? process.env;
  const paths = options.paths ?? launcherPaths();
  const log = options.log ?? silentLogger;
  const java = await findJava(env);
  if (!options.force && (await isLauncherFresh(paths))) {
    return { built: false, ms: Date.now() - started, java };
  }
  await requireCompiler(env);
  log.info("building the embedded Neo4j launcher (the first build downloads Maven and Neo4j)", {
    dir: paths.dbDir,
  });
  await runMaven(paths, env);
  return { built: true, ms: Date.now() - started, java };
}

/** A JRE runs Neo4j but cannot build the launcher; say so before Maven fails obscurely. */
async function requireCompiler(env: Env): Promise<void> {
  const javac = javaTool("javac", env);
  const exitCode = await new Promise<number | null>((resolve) => {
    const child = spawn(javac, ["-version"], { env: { ...env }, stdio: "ignore" });
    child.on("error", () => resolve(null));
    child.on("close", (code) => resolve(code));
  });
  if (exitCode !== 0) {
    throw new GovgraphError(
      ErrorCode.JAVA_MISSING,
      `Java compiler '${javac}' not found: install a JDK 17+ (not only a JRE) or set NEO4J_URI to use your own Neo4j`,
      { command: javac },
    );
  }
}

function runMaven(paths: LauncherPaths, env: Env): Promise<void> {
  const args = ["-q", "-B", "-DskipTests", "package"];
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const child = spawn(paths.mvnw, args, {
      cwd: paths.dbDir,
      env: { ...env },
      stdio: ["ignore", "pipe", "pipe"],
      shell: process.platform === "win32",
    });
    const keep = (chunk: Buffer) => output.push(chunk.toString("utf8"));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) =>
      reject(
        new GovgraphError(
          ErrorCode.STARTUP_FAILED,
          `cannot run '${paths.mvnw}' to build the Neo4j launcher: ${error.message}`,
        ),
      ),
    );
    child.on("close", (code, signal) => {
      if (code === 0) return resolve();
      const lines = output.join("").split(/\r?\n/);
      const reason =
        lines.find((line) => line.includes("[ERROR]"))?.trim() ??
        lines.filter((line) => line.trim()).pop() ??
        "no output";
      reject(
        new GovgraphError(
          ErrorCode.STARTUP_FAILED,
          `building the Neo4j launcher failed ('${paths.mvnw} ${args.join(" ")}' exited with ${code ?? signal}): ${reason}`,
          { output: output.join("").slice(-4000) },
        ),
      );
    });
  });
}
