import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { applyMigrations, connectNeo4j, countFoldedLocalIds } from "../graph/index.js";
import { startEmbeddedNeo4j } from "../graph/embedded/index.js";
import { dateStoredBodies } from "../ingest/load/index.js";
import type { Logger } from "../logger.js";

export interface Database {
  readonly driver: Driver;
  readonly uri: string;
  /** Closes the driver, then stops the embedded database if this call started it. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or starts the embedded Neo4j when it is unset, and brings
 * the schema up to date. Everything that needs the graph opens it here.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let target = {
    uri: config.neo4j.uri ?? "",
    user: config.neo4j.user,
    password: config.neo4j.password,
  };
  let stopEmbedded = async () => {};
  if (!config.neo4j.uri) {
    const started = Date.now();
    const embedded = await startEmbeddedNeo4j({
      dataDir: path.join(config.dataDir, "neo4j"),
      port: config.embedded.boltPort,
      heap: config.embedded.heap,
      pageCache: config.embedded.pageCache,
    });
    stopEmbedded = () => embedded.stop();
    logger.info("embedded Neo4j ready", {
      uri: embedded.uri,
      version: embedded.version,
      ms: Date.now() - started,
    });
    target = { uri: embedded.uri, user: "neo4j", password: "" };
  }
  try {
    const driver = await connectNeo4j(target, config);
    try {
      await applyMigrations(driver, config.neo4j.database);
      const dated = await dateStoredBodies(driver, config.neo4j.database);
      if (dated > 0) logger.info("bodies dated by the 2025 reorganisation", { bodies: dated });
      const stale = await countFoldedLocalIds(driver, config.neo4j.database);
      if (stale > 0) {
        logger.warn(
          "district and commune bodies with ids from before ids kept diacritics: new texts about them create them again; rebuild the graph (generate, or ingest into an empty database)",
          { bodies: stale },
        );
      }
    } catch (error) {
      await driver.close();
      throw error;
    }
    return {
      driver,
      uri: target.uri,
      close: async () => {
        await driver.close();
        await stopEmbedded();
      },
    };
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
}
