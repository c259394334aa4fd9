import type { Driver } from "neo4j-driver";
import { cypherParams, translateNeo4jError } from "../graph/index.js";
import {
  bodiesStatement,
  documentsStatement,
  edgesStatement,
  meetingsStatement,
  mentionsStatement,
  successionsStatement,
  peopleStatement,
  sourcesStatement,
  type WriteMode,
} from "./bulkStatements.js";
import { countRows, emptyRows, type GeneratedRows } from "./GeneratedRows.js";

export interface BulkLoadOptions {
  /** Rows per transaction (default 5000). */
  readonly batchSize?: number;
  readonly database?: string;
  /** "create" only on an empty database; by default it is chosen by looking. */
  readonly mode?: WriteMode;
  /** Called after every transaction with the documents written so far. */
  readonly onProgress?: (documents: number) => void;
}

export interface BulkLoadResult {
  readonly mode: WriteMode;
  /** Document nodes written, stubs of cited real laws included. */
  readonly documents: number;
  /** Of which stubs: documents only cited, never the subject of a text. */
  readonly stubs: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly transactions: number;
  readonly ms: number;
}

/**
 * Writes a stream of generated rows in UNWIND batches: nodes before the edges that
 * need them, one transaction per batch of one kind. The next rows are generated while
 * the database commits the last ones, and nothing is held beyond one batch.
 */
export async function bulkLoad(
  driver: Driver,
  stream: Iterable<GeneratedRows>,
  options: BulkLoadOptions = {},
): Promise<BulkLoadResult> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 5000;
  const mode = options.mode ?? ((await isEmpty(driver, options.database)) ? "create" : "merge");
  const totals = { documents: 0, stubs: 0, nodes: 0, relationships: 0, transactions: 0 };

  const run = async (statement: string, rows: readonly object[]) => {
    for (let i = 0; i < rows.length; i += batchSize) {
      const chunk = rows.slice(i, i + batchSize);
      const session = driver.session({ database: options.database, defaultAccessMode: "WRITE" });
      try {
        await session.executeWrite((tx) => tx.run(statement, cypherParams({ rows: chunk })), {
          metadata: { app: "govgraph", stage: "generate" },
        });
      } catch (error) {
        throw translateNeo4jError(error, "bulk loading generated rows");
      } finally {
        await session.close();
      }
      totals.transactions += 1;
    }
  };

  const write = async (rows: GeneratedRows) => {
    await run(sourcesStatement(mode), rows.sources);
    await run(bodiesStatement(mode), rows.bodies);
    await run(peopleStatement(mode), rows.people);
    await run(meetingsStatement(mode), rows.meetings);
    await run(documentsStatement(mode), rows.documents);
    for (const [shape, edges] of rows.edges) await run(edgesStatement(shape, mode), edges);
    await run(successionsStatement(mode), rows.successions);
    for (const [label, mentions] of rows.mentions)
      await run(mentionsStatement(label, mode), mentions);
    const counted = countRows(rows);
    totals.nodes += counted.nodes;
    totals.relationships += counted.relationships;
    totals.documents += rows.documents.length;
    totals.stubs += rows.documents.filter((d) => !d.isSubject).length;
    options.onProgress?.(totals.documents);
  };

  let pending = emptyRows();
  let inFlight: Promise<void> = Promise.resolve();
  for (const rows of stream) {
    append(pending, rows);
    // Generation is synchronous: give the driver a turn so replies are not left waiting.
    await new Promise((resolve) => setImmediate(resolve));
    if (countRows(pending).nodes >= batchSize) {
      await inFlight;
      inFlight = write(pending);
      // Awaited before the next write; this only keeps a failure from being reported as unhandled.
      inFlight.catch(() => undefined);
      pending = emptyRows();
      // Let the driver send the first statement before generating the next rows.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await inFlight;
  await write(pending);
  return { mode, ...totals, ms: Date.now() - started };
}

async function isEmpty(driver: Driver, database: string | undefined): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `CALL {
       MATCH (n:Document) RETURN n LIMIT 1
       UNION MATCH (n:Body) RETURN n LIMIT 1
       UNION MATCH (n:Source) RETURN n LIMIT 1
     }
     RETURN count(n) > 0 AS any`,
    {},
    { database },
  );
  return records[0]?.get("any") !== true;
}

function append(into: GeneratedRows, rows: GeneratedRows): void {
  // Loops, not push(...rows): a large campaign would overflow the argument stack.
  const concat = <T>(target: T[], items: readonly T[]) => {
    for (const item of items) target.push(item);
  };
  concat(into.sources, rows.sources);
  concat(into.bodies, rows.bodies);
  concat(into.people, rows.people);
  concat(into.meetings, rows.meetings);
  concat(into.documents, rows.documents);
  concat(into.successions, rows.successions);
  for (const [shape, edges] of rows.edges) {
    const list = into.edges.get(shape);
    if (list) concat(list, edges);
    else into.edges.set(shape, [...edges]);
  }
  for (const [label, mentions] of rows.mentions) {
    const list = into.mentions.get(label);
    if (list) concat(list, mentions);
    else into.mentions.set(label, [...mentions]);
  }
}
