import type { Driver } from "neo4j-driver";

/**
 * What each source put into the graph, as a comparable string per source id: the
 * nodes that name it (MENTIONED_IN) and the relationships whose provenance lists it.
 * A source written only in part has a signature unlike a clean run's.
 */
export async function sourceSignatures(driver: Driver): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(`
    MATCH (s:Source)
    CALL { WITH s MATCH (n)-[:MENTIONED_IN]->(s) RETURN collect(labels(n)[0] + ':' + n.id) AS mentions }
    CALL { WITH s MATCH (a)-[r]->(b) WHERE s.id IN r.sourceIds RETURN collect(type(r) + ':' + a.id + '>' + b.id) AS edges }
    RETURN s.id AS id, mentions, edges`);
  return new Map(
    records.map((record) => {
      const mentions = (record.get("mentions") as string[]).sort();
      const edges = (record.get("edges") as string[]).sort();
      return [record.get("id") as string, JSON.stringify({ mentions, edges })];
    }),
  );
}

/** Nodes per label and relationships per type, plus edges whose provenance lists disagree. */
export async function graphShape(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(`
    CALL { MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS n
           UNION ALL MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n
           UNION ALL MATCH ()-[r]->() WHERE size(r.sourceIds) <> size(r.sentences)
                     RETURN 'provenance lists of unequal length' AS key, count(r) AS n }
    RETURN key, n ORDER BY key`);
  return Object.fromEntries(
    records.map((r) => [r.get("key") as string, Number(r.get("n"))]).filter(([, n]) => n !== 0),
  );
}
