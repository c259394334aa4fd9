// Variants of src/graph/queries measured beside the originals (see RESULTS.md): the
// edge subqueries expand only the relationship types a view can show (never a dense
// body's MENTIONED_IN) and test membership in a map instead of a list (O(1), not O(n)).
import { GRAPH_RELATIONS } from "../src/api/resolvers/graphView.js";
import { GRAPH_VIEW, IMPLEMENTATION_CHAIN } from "../src/graph/queries/index.js";

const ALL_TYPES = GRAPH_RELATIONS.join("|");

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from))
    throw new Error(`proposed query: the original no longer contains:\n${from}`);
  return text.replace(from, to);
}

export const PROPOSED_IMPLEMENTATION_CHAIN = replaceOnce(
  IMPLEMENTATION_CHAIN,
  `  UNWIND CASE WHEN $withEdges THEN keptNodes ELSE [] END AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $types AND b IN keptNodes`,
  `  WITH keptNodes, apoc.map.fromLists([k IN keptNodes | elementId(k)], [k IN keptNodes | true]) AS kept
  UNWIND CASE WHEN $withEdges THEN keptNodes ELSE [] END AS a
  MATCH (a)-[r:${ALL_TYPES}]->(b)
  WHERE type(r) IN $types AND kept[elementId(b)]`,
);

export const PROPOSED_GRAPH_VIEW = replaceOnce(
  replaceOnce(
    GRAPH_VIEW,
    `  UNWIND reachedNodes AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $types AND b IN reachedNodes
  WITH a, r, b, a IN keptNodes AND b IN keptNodes AS kept`,
    `  WITH reachedNodes, keptNodes,
    apoc.map.fromLists([k IN reachedNodes | elementId(k)], [k IN reachedNodes | true]) AS reachedSet,
    apoc.map.fromLists([k IN keptNodes | elementId(k)], [k IN keptNodes | true]) AS keptSet
  UNWIND reachedNodes AS a
  MATCH (a)-[r:${ALL_TYPES}]->(b)
  WHERE type(r) IN $types AND reachedSet[elementId(b)]
  WITH a, r, b, keptSet[elementId(a)] IS NOT NULL AND keptSet[elementId(b)] IS NOT NULL AS kept`,
  ),
  `  WITH reachedNodes, keptNodes`,
  `  WITH reachedNodes, keptNodes`,
);
