import type { Driver } from "neo4j-driver";

// A district's or commune's name always carries diacritics ("xã", "phường", "Quận ủy"),
// so its id, which keeps them, differs from its folded id; a stored one that does not
// was written before ids kept diacritics.
const FOLDED_LOCAL_IDS = `
MATCH (b:Body)
WHERE b.level IN ['DISTRICT', 'COMMUNE'] AND b.id = b.foldedId AND b.name =~ '.*[^\\\\x00-\\\\x7F].*'
RETURN count(b) AS count`;

/**
 * How many district and commune bodies still have the folded ids of graphs written
 * before ids kept diacritics: a new text about one of them creates the body again
 * beside it, so the graph should be rebuilt.
 */
export async function countFoldedLocalIds(driver: Driver, database?: string): Promise<number> {
  const { records } = await driver.executeQuery(FOLDED_LOCAL_IDS, {}, { database });
  return Number(records[0]?.get("count") ?? 0);
}
