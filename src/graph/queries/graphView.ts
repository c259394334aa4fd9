import { GRAPH_RELATION_TYPES } from "../../domain.js";
import { FIND_NODE, NODE_COLUMNS } from "./findNode.js";

/**
 * The neighbourhood of any node in one round trip: a breadth-first spanning tree
 * (nearest first, each node once), cut at $limit nodes; the walk scans up to
 * $scanLimit nodes so the counts can say how much was cut, and runs in a subquery so
 * that a node with nothing around it of the kinds asked still answers, with itself.
 * Edges are those of the allowed types among the returned nodes. The edge scan names
 * its relationship types (constants, never input) so a body's thousands of
 * MENTIONED_IN links are not read, and tests membership in maps keyed by element id
 * rather than in lists (measured in bench/RESULTS.md: 40 → 29 ms raw for a 200-node
 * view of the 1M graph).
 *
 * The answer is one JSON document (runReadJson), its nodes and edges as columns (rowsOf):
 * temporal values arrive as ISO strings, and maps leave out what a node or edge does
 * not have. A node's display fields are read from its properties, which carry them
 * anyway, instead of being sent twice.
 *
 * Parameters: id, relationshipFilter, labelFilter, depth, limit, scanLimit, types.
 */
export const GRAPH_VIEW = `
${FIND_NODE}
WITH n AS focus LIMIT 1
CALL {
  WITH focus
  CALL apoc.path.spanningTree(focus, {
    relationshipFilter: $relationshipFilter, labelFilter: $labelFilter,
    minLevel: 1, maxLevel: $depth, bfs: true, limit: $scanLimit
  }) YIELD path
  RETURN collect({node: last(nodes(path)), depth: length(path)}) AS around
}
WITH focus, [{node: focus, depth: 0}] + around AS reached
WITH focus, reached, size(reached) > $scanLimit AS capped, [r IN reached | r.node] AS reachedNodes
WITH focus, reached, capped, reachedNodes, reachedNodes[0..$limit] AS keptNodes
CALL {
  WITH reachedNodes, keptNodes
  WITH reachedNodes,
    apoc.map.fromLists([k IN reachedNodes | elementId(k)], [k IN reachedNodes | true]) AS reachedSet,
    apoc.map.fromLists([k IN keptNodes | elementId(k)], [k IN keptNodes | true]) AS keptSet
  UNWIND reachedNodes AS a
  MATCH (a)-[r:${GRAPH_RELATION_TYPES.join("|")}]->(b)
  WHERE type(r) IN $types AND reachedSet[elementId(b)]
  WITH r, keptSet[elementId(a)] IS NOT NULL AND keptSet[elementId(b)] IS NOT NULL AS kept
  RETURN count(r) AS edgesTotal, collect(CASE WHEN kept THEN r END) AS keptRelationships
}
WITH keptNodes, [k IN reached[0..$limit] | k.depth] AS depths, keptRelationships, edgesTotal,
  size(reached) AS nodesTotal, capped
RETURN apoc.convert.toJson({
  nodes: ${NODE_COLUMNS("keptNodes", new Set(["type", "bodies"]), {
    depth: "depths",
    properties: "[n IN keptNodes | apoc.map.clean(properties(n), ['searchText', 'codeKey'], [])]",
  })},
  edges: {
    source: [r IN keptRelationships | startNode(r).id],
    target: [r IN keptRelationships | endNode(r).id],
    type: [r IN keptRelationships | type(r)],
    data: [r IN keptRelationships | apoc.map.clean(r {.kind, .role, .title, .scope, .firstStated, .lastStated, .on, .basis, .sourceIds, .sentences}, [], [null])]
  },
  edgesTotal: edgesTotal, nodesTotal: nodesTotal, capped: capped
}) AS json`;
