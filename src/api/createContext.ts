import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import type { GraphQLContext } from "./GraphQLContext.js";
import { createLoaders } from "./loaders.js";
import type { Claims } from "./verifyToken.js";

/** A fresh per-request context: its own loaders, statement counter and time limit. */
export function createContext(
  driver: Driver,
  config: Pick<Config, "neo4j">,
  jwt: Claims | undefined,
): GraphQLContext {
  const statements = { count: 0 };
  const database = config.neo4j.database;
  const timeoutMs = config.neo4j.queryTimeoutMs;
  return {
    driver,
    database,
    jwt,
    executionContext: driver,
    sessionConfig: { database },
    transaction: { timeout: timeoutMs },
    queryTimeoutMs: timeoutMs,
    statements,
    loaders: createLoaders(driver, { database, timeoutMs, counter: statements }),
  };
}
