import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { LauncherPaths } from "./launcherPaths.js";

/**
 * True when the launcher jar is newer than every build input (pom.xml, the wrapper
 * properties, everything under db/src). Maven copies lib/ and plugins/ before it writes
 * the jar, so a fresh jar also means a complete classpath.
 */
export async function isLauncherFresh(paths: LauncherPaths): Promise<boolean> {
  const jarTime = await modifiedAt(paths.jar);
  if (jarTime === undefined) return false;
  for (const input of [...paths.buildInputs, ...(await filesUnder(paths.sourceDir))]) {
    const inputTime = await modifiedAt(input);
    if (inputTime !== undefined && inputTime > jarTime) return false;
  }
  return true;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

async function modifiedAt(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}
