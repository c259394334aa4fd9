import { NODE_SUMMARY } from "./findNode.js";

/**
 * Documents whose folded code (without year) matches, narrowed by year and by the
 * issuer's key. Parameters: codeKey, year, issuerKey.
 */
export const DOCUMENT_BY_CODE = `
MATCH (node:Document {codeKey: $codeKey})
WHERE ($year IS NULL OR node.year = $year)
  AND ($issuerKey IS NULL OR EXISTS {
    MATCH (node)-[:ISSUED_BY]->(b:Body) WHERE b.id = $issuerKey OR b.id ENDS WITH $issuerKey
  })
RETURN ${NODE_SUMMARY("node", ", year: node.year")} AS document
ORDER BY document.date DESC
LIMIT 20`;
