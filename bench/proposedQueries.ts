// A variant of src/graph/queries measured beside the original (see RESULTS.md): the
// chain's edge subquery tests membership in a map instead of a list (O(1), not O(n)).
// The same change to graphView was adopted; for chains it measured within noise.
import { DOCUMENT_RELATION_TYPES } from "../src/domain.js";
import { IMPLEMENTATION_CHAIN } from "../src/graph/queries/index.js";

const TYPES = DOCUMENT_RELATION_TYPES.join("|");

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from))
    throw new Error(`proposed query: the original no longer contains:\n${from}`);
  return text.replace(from, to);
}

export const PROPOSED_IMPLEMENTATION_CHAIN = replaceOnce(
  IMPLEMENTATION_CHAIN,
  `  UNWIND CASE WHEN $withEdges THEN keptNodes ELSE [] END AS a
  MATCH (a)-[r:${TYPES}]->(b)
  WHERE type(r) IN $types AND b IN keptNodes`,
  `  WITH keptNodes, apoc.map.fromLists([k IN keptNodes | elementId(k)], [k IN keptNodes | true]) AS kept
  UNWIND CASE WHEN $withEdges THEN keptNodes ELSE [] END AS a
  MATCH (a)-[r:${TYPES}]->(b)
  WHERE type(r) IN $types AND kept[elementId(b)]`,
);
