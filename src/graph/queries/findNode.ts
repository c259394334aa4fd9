/**
 * Finds a node by id whatever its label, through each label's uniqueness index
 * (a label-less MATCH on id would scan every node).
 */
export const FIND_NODE = `
CALL {
  MATCH (n:Document {id: $id}) RETURN n
  UNION MATCH (n:Meeting {id: $id}) RETURN n
  UNION MATCH (n:Body {id: $id}) RETURN n
  UNION MATCH (n:Person {id: $id}) RETURN n
}`;

/**
 * The Cypher map every node is returned as: its id, type, label and display fields.
 * `withBodies` is a Cypher condition: the issuer names cost a pattern per node, so a
 * query whose caller does not want them can skip them.
 */
export const NODE_SUMMARY = (v: string, extra = "", withBodies = "true") => `{
  id: ${v}.id,
  type: CASE WHEN ${v}:Document THEN 'DOCUMENT' WHEN ${v}:Meeting THEN 'MEETING'
    WHEN ${v}:Body THEN 'BODY' ELSE 'PERSON' END,
  code: ${v}.code, kind: ${v}.kind, title: ${v}.title, name: ${v}.name,
  date: toString(coalesce(${v}.issuedOn, ${v}.date)),
  isStub: coalesce(${v}.isStub, false),
  bodies: CASE WHEN ${withBodies} THEN [(${v})-[:ISSUED_BY|ORGANIZED_BY]->(b:Body) | b.name]
    ELSE [] END${extra}
}`;
