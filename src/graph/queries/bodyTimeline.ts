import { NODE_SUMMARY } from "./findNode.js";

/** Documents a body issued and meetings it organised, newest first. Parameters: id, limit. */
export const BODY_TIMELINE = `
MATCH (body:Body {id: $id})
CALL {
  WITH body
  MATCH (body)<-[:ISSUED_BY]-(node:Document) RETURN node
  UNION
  WITH body
  MATCH (body)<-[:ORGANIZED_BY]-(node:Meeting) RETURN node
}
WITH ${NODE_SUMMARY("node")} AS entry
RETURN entry
ORDER BY entry.date IS NULL, entry.date DESC
LIMIT $limit`;
