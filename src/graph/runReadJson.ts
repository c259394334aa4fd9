import { runRead, type ReadOptions } from "./runRead.js";

/**
 * Runs a read whose answer is one JSON document, returned by the statement as a single
 * `json` column (`RETURN apoc.convert.toJson(…) AS json`), and parses it. Large answers
 * travel this way because neo4j-driver unpacks a Bolt map key by key: profiling the API
 * on a 1,025-node chain put a third of its CPU in that unpacking, while V8 parses the
 * same answer as one string in about a millisecond (bench/RESULTS.md).
 * Resolves to undefined when the statement returns no row.
 */
export async function runReadJson<T>(
  driver: Parameters<typeof runRead>[0],
  statement: string,
  parameters: Record<string, unknown>,
  options: ReadOptions,
): Promise<T | undefined> {
  const [row] = await runRead<{ json: string | null }>(driver, statement, parameters, options);
  return row?.json ? (JSON.parse(row.json) as T) : undefined;
}
