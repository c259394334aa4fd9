import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where the launcher's sources and build output live. */
export interface LauncherPaths {
  readonly dbDir: string;
  /** Inputs of the build: a change to any of them makes the jar stale. */
  readonly buildInputs: readonly string[];
  readonly sourceDir: string;
  readonly mvnw: string;
  readonly jar: string;
  readonly libDir: string;
  readonly pluginsDir: string;
  /** The `-cp` value: the launcher jar plus every runtime dependency, no fat jar. */
  readonly classpath: string;
}

/** `db/` of this checkout: three levels up from src/graph/embedded (and from dist/graph/embedded). */
const DEFAULT_DB_DIR = fileURLToPath(new URL("../../../db/", import.meta.url));

export function launcherPaths(dbDir: string = DEFAULT_DB_DIR): LauncherPaths {
  const target = path.join(dbDir, "target");
  const jar = path.join(target, "govgraph-db.jar");
  const libDir = path.join(target, "lib");
  return {
    dbDir,
    buildInputs: [
      path.join(dbDir, "pom.xml"),
      path.join(dbDir, ".mvn", "wrapper", "maven-wrapper.properties"),
    ],
    sourceDir: path.join(dbDir, "src"),
    mvnw: path.join(dbDir, process.platform === "win32" ? "mvnw.cmd" : "mvnw"),
    jar,
    libDir,
    pluginsDir: path.join(target, "plugins"),
    classpath: [jar, path.join(libDir, "*")].join(path.delimiter),
  };
}
