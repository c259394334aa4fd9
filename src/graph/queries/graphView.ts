import { FIND_NODE, NODE_SUMMARY } from "./findNode.js";

/**
 * The neighbourhood of any node in one round trip: a breadth-first spanning tree
 * (nearest first, each node once), cut at $limit nodes; the walk scans up to
 * $scanLimit nodes so the counts can say how much was cut. Edges are those of the
 * allowed types among the returned nodes.
 *
 * Parameters: id, relationshipFilter, labelFilter, depth, limit, scanLimit, types.
 */
export const GRAPH_VIEW = `
${FIND_NODE}
WITH n AS focus LIMIT 1
CALL apoc.path.spanningTree(focus, {
  relationshipFilter: $relationshipFilter, labelFilter: $labelFilter,
  minLevel: 1, maxLevel: $depth, bfs: true, limit: $scanLimit
}) YIELD path
WITH focus, collect({node: last(nodes(path)), depth: length(path)}) AS around
WITH focus, [{node: focus, depth: 0}] + around AS reached
WITH focus, reached, size(reached) > $scanLimit AS capped, [r IN reached | r.node] AS reachedNodes
WITH focus, reached, capped, reachedNodes, reachedNodes[0..$limit] AS keptNodes
CALL {
  WITH reachedNodes, keptNodes
  UNWIND reachedNodes AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $types AND b IN reachedNodes
  WITH a, r, b, a IN keptNodes AND b IN keptNodes AS kept
  RETURN count(r) AS edgesTotal,
    collect(CASE WHEN kept THEN {
      source: a.id, target: b.id, type: type(r),
      data: r {.kind, .role, .title, .sourceIds, .sentences}
    } END) AS edges
}
CALL {
  WITH reached
  UNWIND reached[0..$limit] AS k
  WITH k.node AS node, k.depth AS depth
  RETURN collect(${NODE_SUMMARY("node", ", depth: depth, properties: node {.*, searchText: null, codeKey: null}")}) AS nodes
}
RETURN nodes, edges, edgesTotal, size(reached) AS nodesTotal, capped`;
