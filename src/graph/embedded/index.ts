export { buildLauncher, type BuildLauncherOptions, type LauncherBuild } from "./buildLauncher.js";
export type { JavaRuntime } from "./findJava.js";
export { launcherPaths, type LauncherPaths } from "./launcherPaths.js";
export {
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
  type EmbeddedNeo4jOptions,
} from "./startEmbeddedNeo4j.js";
