import { NODE_SUMMARY } from "./findNode.js";

/**
 * Documents whose folded code (without year) matches, narrowed by year and by the
 * issuer's folded keys (a body's id without diacritics, or the key of a name, which
 * the folded ids of the same name placed in a province end with). Diacritics are
 * compared after, by the caller (issuerKeys). Parameters: codeKey, year, issuerKeys.
 */
export const DOCUMENT_BY_CODE = `
MATCH (node:Document {codeKey: $codeKey})
WHERE ($year IS NULL OR node.year = $year)
  AND ($issuerKeys IS NULL OR EXISTS {
    MATCH (node)-[:ISSUED_BY]->(b:Body)
    WHERE any(key IN $issuerKeys WHERE b.foldedId = key OR b.foldedId ENDS WITH '/' + key)
  })
RETURN ${NODE_SUMMARY("node", {
  year: "node.year",
  issuerIds: "[(node)-[:ISSUED_BY]->(b:Body) | b.id]",
})} AS document
ORDER BY document.date DESC
LIMIT 20`;
