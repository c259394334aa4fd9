import { NODE_SUMMARY } from "./findNode.js";

// Successions chain (a ministry merged into one later merged again): a few steps at most.
const MAX_SUCCESSIONS = 5;

/**
 * Documents a body issued and meetings it organised, newest first, with those of the
 * bodies it carried on when asked, and only those dated from `from` to `to` (ISO days,
 * inclusive) when either is given. Parameters: id, limit, predecessors, from, to.
 */
export const BODY_TIMELINE = `
MATCH (focus:Body {id: $id})
MATCH path = (body:Body)-[:SUCCEEDED_BY*0..${MAX_SUCCESSIONS}]->(focus)
WHERE $predecessors OR length(path) = 0
WITH DISTINCT body
CALL {
  WITH body
  MATCH (body)<-[:ISSUED_BY]-(node:Document) RETURN node
  UNION
  WITH body
  MATCH (body)<-[:ORGANIZED_BY]-(node:Meeting) RETURN node
}
WITH node, body, coalesce(node.issuedOn, node.date) AS day
WHERE ($from IS NULL OR day >= date($from)) AND ($to IS NULL OR day <= date($to))
WITH ${NODE_SUMMARY("node")} AS entry, body.id AS bodyId
RETURN entry, bodyId
ORDER BY entry.date IS NULL, entry.date DESC
LIMIT $limit`;
