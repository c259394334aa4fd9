import { DOCUMENT_RELATION_TYPES } from "../../domain.js";
import {
  EVERY_SUMMARY_FIELD,
  NODE_COLUMNS,
  SUMMARY_FIELDS,
  type SummaryField,
} from "./findNode.js";

/**
 * Breadth-first walk from a document or meeting along the chosen relations, one
 * round trip. spanningTree visits each node once (NODE_GLOBAL), so cycles cannot
 * loop, and BFS order gives every node its fewest steps from the root. The walk
 * goes one level past maxDepth only to learn whether the answer was cut, and runs in a
 * subquery so that a root nothing carries out still answers, with itself.
 *
 * Parameters: id, filter (APOC relationship filter such as "IMPLEMENTS<|REVIEWS<"),
 * types, maxDepth, limit, and withEdges / withEvidence, which skip the parts of the
 * answer the operation did not select, as `fields` (the nodes' display fields) and
 * `withDepth` do in the statement's text: most of the cost of a large chain is
 * building, serialising and carrying its answer, not the walk. The answer is one JSON
 * document (runReadJson) whose nodes and edges come as columns (rowsOf turns them
 * into rows), and the edge pattern names the document relations so that a node's
 * issuer and provenance relationships are not read at all.
 */
export function implementationChainStatement(
  fields: ReadonlySet<SummaryField>,
  withDepth = true,
): string {
  const key = `${SUMMARY_FIELDS.filter((field) => fields.has(field)).join(",")}${withDepth ? "+depth" : ""}`;
  let statement = statements.get(key);
  if (statement === undefined) {
    statement = chainStatement(fields, withDepth);
    statements.set(key, statement);
  }
  return statement;
}

// One text per set of fields: at most 2^9, as Neo4j's plan cache keeps them.
const statements = new Map<string, string>();

const chainStatement = (fields: ReadonlySet<SummaryField>, withDepth: boolean) => `
CALL {
  MATCH (n:Document {id: $id}) RETURN n
  UNION MATCH (n:Meeting {id: $id}) RETURN n
}
WITH n AS root LIMIT 1
CALL {
  WITH root
  CALL apoc.path.spanningTree(root, {
    relationshipFilter: $filter, minLevel: 1, maxLevel: $maxDepth + 1, bfs: true, limit: $limit
  }) YIELD path
  RETURN collect(path) AS paths
}
WITH root,
  [p IN paths WHERE length(p) <= $maxDepth | {node: last(nodes(p)), depth: length(p)}] AS within,
  any(p IN paths WHERE length(p) > $maxDepth) AS deeper
WITH [{node: root, depth: 0}] + within AS reached, deeper
WITH reached[0..$limit] AS kept, deeper OR size(reached) > $limit AS truncated
WITH [k IN kept | k.node] AS keptNodes, [k IN kept | k.depth] AS depths, truncated
CALL {
  WITH keptNodes
  UNWIND CASE WHEN $withEdges THEN keptNodes ELSE [] END AS a
  MATCH (a)-[r:${DOCUMENT_RELATION_TYPES.join("|")}]->(b)
  WHERE type(r) IN $types AND b IN keptNodes
  RETURN collect(r) AS relationships
}
RETURN apoc.convert.toJson({
  nodes: ${NODE_COLUMNS("keptNodes", fields, withDepth ? { depth: "depths" } : {})},
  edges: {
    source: [r IN relationships | startNode(r).id],
    target: [r IN relationships | endNode(r).id],
    type: [r IN relationships | type(r)],
    implementationKind: [r IN relationships | r.kind],
    sourceIds: [r IN relationships | CASE WHEN $withEvidence THEN coalesce(r.sourceIds, []) ELSE [] END],
    sentences: [r IN relationships | CASE WHEN $withEvidence THEN coalesce(r.sentences, []) ELSE [] END]
  },
  truncated: truncated
}) AS json`;

/** The walk answering with every display field. */
export const IMPLEMENTATION_CHAIN = implementationChainStatement(EVERY_SUMMARY_FIELD);
