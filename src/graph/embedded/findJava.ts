import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { ErrorCode, GovgraphError } from "../../errors.js";

const run = promisify(execFile);

export const MIN_JAVA_VERSION = 17;

export interface JavaRuntime {
  /** The `java` executable: `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` from PATH. */
  readonly command: string;
  readonly majorVersion: number;
}

type Env = Readonly<Record<string, string | undefined>>;

const NOT_FOUND = "Java not found: install a JDK 17+ or set NEO4J_URI to use your own Neo4j";

/** Finds the `java` to run Neo4j with and checks that it is 17 or newer. */
export async function findJava(env: Env = process.env): Promise<JavaRuntime> {
  const command = javaTool("java", env);
  let banner: string;
  try {
    // `java -version` writes to stderr.
    const { stdout, stderr } = await run(command, ["-version"], {
      env: { ...env },
      timeout: 30_000,
    });
    banner = `${stderr}${stdout}`;
  } catch (error) {
    throw new GovgraphError(ErrorCode.JAVA_MISSING, NOT_FOUND, { command, cause: String(error) });
  }
  const majorVersion = parseJavaMajorVersion(banner);
  if (majorVersion === undefined || majorVersion < MIN_JAVA_VERSION) {
    const found = majorVersion === undefined ? "an unrecognised version" : `Java ${majorVersion}`;
    throw new GovgraphError(
      ErrorCode.JAVA_MISSING,
      `Java ${MIN_JAVA_VERSION}+ is needed, found ${found} at '${command}': install a JDK 17+ or set NEO4J_URI to use your own Neo4j`,
      { command },
    );
  }
  return { command, majorVersion };
}

/** A JDK tool (`java`, `javac`) from JAVA_HOME when it is set, else from PATH. */
export function javaTool(tool: "java" | "javac", env: Env): string {
  const javaHome = env.JAVA_HOME?.trim();
  const exe = process.platform === "win32" ? `${tool}.exe` : tool;
  return javaHome ? path.join(javaHome, "bin", exe) : exe;
}

/** `openjdk version "17.0.15" 2025-04-15` → 17; `java version "1.8.0_402"` → 8. */
export function parseJavaMajorVersion(banner: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(banner);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}
