import { routing, type Driver, type RecordShape } from "neo4j-driver";
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

/** Runs one parameterised read statement; driver errors come back as GovgraphErrors. */
export async function runRead<T extends RecordShape = RecordShape>(
  driver: Driver,
  statement: string,
  parameters: Record<string, unknown>,
  options: ReadOptions,
): Promise<T[]> {
  if (options.counter) options.counter.count += 1;
  try {
    const result = await driver.executeQuery<{ records: { toObject(): T }[] }>(
      statement,
      cypherParams(parameters),
      {
        routing: routing.READ,
        database: options.database,
        transactionConfig: {
          timeout: options.timeoutMs,
          metadata: { app: "govgraph", query: options.what ?? "read" },
        },
      },
    );
    return result.records.map((record) => record.toObject());
  } catch (error) {
    throw translateNeo4jError(error, options.what ?? "the query");
  }
}
