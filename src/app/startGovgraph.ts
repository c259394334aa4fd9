import type { Driver } from "neo4j-driver";
import { createApi, ensureWebAssets } from "../api/index.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { openDatabase } from "./openDatabase.js";
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
  const database = await openDatabase(config, logger);
  try {
    if (options.seed) await seedIfEmpty(database.driver, config, logger);
    await ensureWebAssets(logger);
    const api = await createApi({ config, driver: database.driver, logger });
    const url = await api.listen();
    let stopped: Promise<void> | undefined;
    return {
      url,
      driver: database.driver,
      stop: () =>
        (stopped ??= api
          .stop()
          .catch((error: unknown) => logger.error("stopping the API failed", error))
          .then(() => database.close())),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
