import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { ErrorCode, GovgraphError } from "../errors.js";
import { translateNeo4jError } from "./neo4jErrors.js";

export interface Neo4jTarget {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/**
 * Opens a driver and proves the server answers within the configured time, so a
 * wrong NEO4J_URI fails fast with a message naming it instead of hanging.
 */
export async function connectNeo4j(target: Neo4jTarget, config: Config): Promise<Driver> {
  const auth = target.password ? neo4j.auth.basic(target.user, target.password) : undefined;
  const driver = neo4j.driver(target.uri, auth, {
    connectionTimeout: config.neo4j.connectTimeoutMs,
    connectionAcquisitionTimeout: config.neo4j.connectTimeoutMs,
    // Managed transactions retry transient failures (Neo4j unreachable included) for
    // 30 s by default: a request would hang that long during an outage. Retry only as
    // long as a connection may take.
    maxTransactionRetryTime: config.neo4j.connectTimeoutMs,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
    userAgent: "govgraph",
  });
  try {
    await withTimeout(driver.getServerInfo(), config.neo4j.connectTimeoutMs);
    return driver;
  } catch (error) {
    await driver.close().catch(() => undefined);
    const translated = translateNeo4jError(error, "connecting to Neo4j");
    if (translated.code === ErrorCode.NEO4J_AUTH_FAILED) throw translated;
    throw new GovgraphError(
      ErrorCode.SERVICE_UNAVAILABLE,
      `cannot reach Neo4j at ${target.uri} within ${Math.round(config.neo4j.connectTimeoutMs / 1000)} s: ${
        error instanceof Error ? error.message.split("\n")[0] : String(error)
      }`,
    );
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
