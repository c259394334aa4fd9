import path from "node:path";
import type { Driver } from "neo4j-driver";
import { createApi } from "../api/index.js";
import type { Config } from "../config.js";
import { applyMigrations, connectNeo4j } from "../graph/index.js";
import { startEmbeddedNeo4j } from "../graph/embedded/index.js";
import type { Logger } from "../logger.js";
import { seedIfEmpty } from "./seedIfEmpty.js";

export interface RunningGovgraph {
  readonly url: string;
  readonly driver: Driver;
  /** Finishes in-flight requests, then closes the driver and the embedded database. */
  stop(): Promise<void>;
}

/**
 * The whole product in one call: database (embedded unless NEO4J_URI is set),
 * migrations, sample data when the graph is empty, GraphQL over HTTP.
 */
export async function startGovgraph(
  config: Config,
  logger: Logger,
  options: { seed: boolean } = { seed: true },
): Promise<RunningGovgraph> {
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => logger.error("shutdown step failed", error));
    }
  };
  try {
    let target = { uri: config.neo4j.uri ?? "", user: config.neo4j.user, password: config.neo4j.password };
    if (!config.neo4j.uri) {
      const started = Date.now();
      const embedded = await startEmbeddedNeo4j({
        dataDir: path.join(config.dataDir, "neo4j"),
        port: config.embedded.boltPort,
        heap: config.embedded.heap,
        pageCache: config.embedded.pageCache,
      });
      cleanups.push(() => embedded.stop());
      logger.info("embedded Neo4j ready", {
        uri: embedded.uri,
        version: embedded.version,
        ms: Date.now() - started,
      });
      target = { uri: embedded.uri, user: "neo4j", password: "" };
    }
    const driver = await connectNeo4j(target, config);
    cleanups.push(() => driver.close());
    await applyMigrations(driver, config.neo4j.database);
    if (options.seed) await seedIfEmpty(driver, config, logger);
    const api = await createApi({ config, driver, logger });
    const url = await api.listen();
    cleanups.push(() => api.stop());
    return { url, driver, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
