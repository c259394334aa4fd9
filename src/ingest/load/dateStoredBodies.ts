import type { Driver } from "neo4j-driver";
import type { BodyLevel } from "../../domain.js";
import { translateNeo4jError } from "../../graph/index.js";
import { bodyLifetime } from "../../identity/index.js";
import { MERGE_SUCCESSIONS } from "./loadStatements.js";
import { planSuccessions } from "./planSuccessions.js";

// The bodies that could have a lifetime bodyLifetime knows and have none: a district's,
// and the unplaced ones (central and provincial). Others never have one.
const UNDATED = `
MATCH (b:Body) WHERE b.validFrom IS NULL AND b.validTo IS NULL
  AND (b.level = 'DISTRICT' OR NOT b.id CONTAINS '/')
RETURN b.id AS id, b.level AS level`;

const SET_LIFETIMES = `
UNWIND $rows AS row
MATCH (b:Body {id: row.id})
SET b.validFrom = coalesce(b.validFrom, date(row.validFrom)),
  b.validTo = coalesce(b.validTo, date(row.validTo))`;

/**
 * Gives the bodies a graph already holds the lifetimes and successions the 2025
 * reorganisation fixes, as loading a text gives the bodies it names: a graph written
 * before govgraph knew them is dated when it starts, not when each body is named again.
 * Idempotent; returns how many bodies it dated.
 */
export async function dateStoredBodies(driver: Driver, database?: string): Promise<number> {
  try {
    const { records } = await driver.executeQuery(UNDATED, {}, { database, routing: "WRITE" });
    const bodies = records.map((record) => ({
      id: record.get("id") as string,
      level: record.get("level") as BodyLevel | null,
    }));
    const dated = bodies
      .map(({ id, level }) => ({ id, ...bodyLifetime(id, level) }))
      .filter((body) => body.validFrom !== null || body.validTo !== null)
      .map(({ id, validFrom, validTo }) => ({ id, validFrom, validTo }));
    if (dated.length === 0) return 0;
    const successions = planSuccessions(bodies);
    // One transaction: a body dated without its succession would not be read again.
    const session = driver.session({ database, defaultAccessMode: "WRITE" });
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(SET_LIFETIMES, { rows: dated });
        if (successions.length > 0) await tx.run(MERGE_SUCCESSIONS, { rows: successions });
      });
    } finally {
      await session.close();
    }
    return dated.length;
  } catch (error) {
    throw translateNeo4jError(error, "dating the bodies the graph holds");
  }
}
