import type { Driver } from "neo4j-driver";

/**
 * Where Neo4j's transaction sequence for the default database stands. Every
 * transaction there, read or write, from any client, takes the next number (the one
 * in its id, "neo4j-transaction-172"); the number is read from this call's own
 * SHOW TRANSACTIONS transaction. Background work does not draw from it.
 */
export async function transactionSequence(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, currentQuery
     WHERE currentQuery STARTS WITH 'SHOW TRANSACTIONS YIELD transactionId, currentQuery'
     RETURN transactionId`,
  );
  const ids = records.map((r) => String(r.get("transactionId")));
  const numbers = ids.map((id) => Number(/-transaction-(\d+)$/.exec(id)?.[1]));
  if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n))) {
    throw new Error(`cannot read the transaction sequence from ${JSON.stringify(ids)}`);
  }
  // Another caller's identical SHOW may run at the same moment: ours is the newest.
  return Math.max(...numbers);
}

/** Runs `work` and counts the transactions Neo4j started meanwhile (the counter's own excluded). */
export async function countTransactions<T>(
  driver: Driver,
  work: () => Promise<T>,
): Promise<{ result: T; transactions: number }> {
  const before = await transactionSequence(driver);
  const result = await work();
  const after = await transactionSequence(driver);
  return { result, transactions: after - before - 1 };
}
