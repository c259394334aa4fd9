import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import { loadConfig, type Config } from "../../src/config.js";
import { applyMigrations } from "../../src/graph/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/** A driver on the run's throwaway embedded Neo4j (started by globalSetup). */
export function testDriver(): Driver {
  return neo4j.driver(inject("neo4jUri"), undefined, { disableLosslessIntegers: true });
}

/** Config as the app would read it, pointed at the test database. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NEO4J_URI: inject("neo4jUri"),
    PORT: "0",
    GOVGRAPH_JWT_SECRET: TEST_JWT_SECRET,
    GOVGRAPH_LOG_LEVEL: "error",
    ...env,
  });
}

export const TEST_JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

/** Empties the database and applies the migrations: every file starts from nothing. */
export async function resetDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    await session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
  await applyMigrations(driver);
}

/** Node and relationship counts: a read or a refused write must leave them unchanged. */
export async function graphCounts(
  driver: Driver,
): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
  );
  return {
    nodes: Number(records[0]?.get("nodes")),
    relationships: Number(records[0]?.get("relationships")),
  };
}
