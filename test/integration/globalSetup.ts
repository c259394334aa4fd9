import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedNeo4j } from "../../src/graph/embedded/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    /** Data directory of the run's Neo4j: tests of a second start against it use it. */
    neo4jDataDir: string;
  }
}

/**
 * One throwaway embedded Neo4j for the whole integration run: port 0 and a fresh temp
 * directory, so a run never touches ./data or a developer's Neo4j on 7687.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), "govgraph-it-"));
  const neo4j = await startEmbeddedNeo4j({
    dataDir: path.join(root, "neo4j"),
    port: 0,
    heap: "1g",
    pageCache: "256m",
  }).catch(async (error: unknown) => {
    await rm(root, { recursive: true, force: true });
    throw error;
  });
  project.provide("neo4jUri", neo4j.uri);
  project.provide("neo4jDataDir", neo4j.dataDir);
  return async () => {
    await neo4j.stop();
    await rm(root, { recursive: true, force: true });
  };
}
