import { isRetryableError, routing, type Driver, type RecordShape } from "neo4j-driver";
import { cypherParams } from "./cypherParams.js";
import { translateNeo4jError } from "./neo4jErrors.js";

export interface ReadOptions {
  readonly database?: string;
  /** Server-side transaction timeout: Neo4j stops the query, not just the client. */
  readonly timeoutMs: number;
  /** Incremented once per statement sent, so tests and metrics can count round trips. */
  readonly counter?: { count: number };
  readonly what?: string;
}

/**
 * Runs one parameterised read statement; driver errors come back as GovgraphErrors.
 *
 * It is sent as an auto-commit transaction: RUN and PULL in one round trip, where a
 * managed transaction (executeQuery) adds a second for COMMIT (`RETURN 1`: 1.5–1.8 ms
 * against 2.2–2.6 on this machine; small answers through the API 0.5–1.4 ms faster,
 * bench/RESULTS.md). Reads share executeQuery's
 * bookmark manager, so a read after an ingest still sees it, on a cluster too. A
 * failure Neo4j calls transient (server unreachable, leader switch) goes to a managed
 * transaction instead, which retries it with the driver's backoff, within
 * maxTransactionRetryTime.
 */
export async function runRead<T extends RecordShape = RecordShape>(
  driver: Driver,
  statement: string,
  parameters: Record<string, unknown>,
  options: ReadOptions,
): Promise<T[]> {
  if (options.counter) options.counter.count += 1;
  const params = cypherParams(parameters);
  const config = {
    timeout: options.timeoutMs,
    metadata: { app: "govgraph", query: options.what ?? "read" },
  };
  try {
    return await autoCommit<T>(driver, statement, params, options.database, config);
  } catch (error) {
    if (!isRetryableError(error)) throw translateNeo4jError(error, options.what ?? "the query");
  }
  try {
    const result = await driver.executeQuery<{ records: { toObject(): T }[] }>(statement, params, {
      routing: routing.READ,
      database: options.database,
      transactionConfig: config,
    });
    return result.records.map((record) => record.toObject());
  } catch (error) {
    throw translateNeo4jError(error, options.what ?? "the query");
  }
}

async function autoCommit<T extends RecordShape>(
  driver: Driver,
  statement: string,
  params: Record<string, unknown>,
  database: string | undefined,
  config: { timeout: number; metadata: Record<string, string> },
): Promise<T[]> {
  const session = driver.session({
    database,
    defaultAccessMode: "READ",
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    const result = await session.run<T>(statement, params, config);
    return result.records.map((record) => record.toObject());
  } finally {
    // The answer is already read; a failure to hand the connection back changes nothing.
    await session.close().catch(() => undefined);
  }
}
