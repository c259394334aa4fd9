import { NODE_SUMMARY } from "./findNode.js";

/**
 * One search over everything, one round trip: exact code keys first (score 100),
 * then kind + number ("nghị định 32", score 50), then the full-text index, whose
 * analyzer folds diacritics and keeps every syllable.
 *
 * Parameters: codeKeys, numbers, kinds, year, lucene, labels, limit.
 */
export const SEARCH = `
CALL {
  UNWIND $codeKeys AS key
  MATCH (node:Document {codeKey: key})
  WHERE $year IS NULL OR node.year = $year
  RETURN node, 100.0 AS score
  UNION
  UNWIND $numbers AS number
  MATCH (node:Document {number: number})
  WHERE node.kind IN $kinds AND ($year IS NULL OR node.year = $year)
  RETURN node, 50.0 AS score
  UNION
  UNWIND CASE WHEN $lucene = '' THEN [] ELSE [$lucene] END AS q
  CALL db.index.fulltext.queryNodes('search_text', q, {limit: $limit * 4}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
// Rank and cut before building summaries: a bare local code ("12/KH-UBND") can match
// thousands of documents, and only $limit of them are shown.
WITH node, score
ORDER BY score DESC, coalesce(node.issuedOn, node.date) DESC
LIMIT $limit
RETURN ${NODE_SUMMARY("node", ", score: score")} AS hit`;
