import { POSITION_RECENCY } from "./personProfile.js";
import { SEARCHABLE_LABELS, searchIndexOf } from "../migrations.js";
import { NODE_SUMMARY } from "./findNode.js";

/**
 * The documents one exact-match branch contributes, at most $limit, newest first. The
 * dated ones come from a composite index ending in issuedOn, read in its own order, so a
 * bare local code shared by thousands of documents ("12/KH-UBND": every commune restarts
 * its numbering each year) reads $limit index entries, not thousands; the planner uses
 * that order only when ORDER BY names every property of the index. Undated documents
 * (cited, never seen) are not in that index: they are sought only when fewer than $limit
 * dated ones were found (the UNWIND keeps the planner from seeking first).
 */
const NEWEST = (keys: readonly string[], where: string) => {
  const equal = keys.map((key) => `node.${key} = ${key}`).join(" AND ");
  return `
  CALL {
    WITH ${keys.join(", ")}
    MATCH (node:Document) USING INDEX node:Document(${keys.join(", ")}, issuedOn)
    WHERE ${equal} AND node.issuedOn IS NOT NULL AND ${where}
    WITH node ORDER BY ${keys.map((key) => `node.${key} DESC`).join(", ")}, node.issuedOn DESC
    LIMIT $limit
    RETURN collect(node) AS dated
  }
  CALL {
    WITH ${keys.join(", ")}, dated
    UNWIND CASE WHEN size(dated) < $limit THEN [1] ELSE [] END AS wanted
    MATCH (node:Document) USING INDEX node:Document(${keys.join(", ")})
    WHERE ${equal} AND node.issuedOn IS NULL AND ${where}
    WITH node LIMIT $limit
    RETURN collect(node) AS undated
  }
  UNWIND (dated + undated)[0..$limit] AS node`;
};

// Each label's own full-text index (migrations), as a Cypher map from label to index name.
const INDEX_OF_LABEL = `{${SEARCHABLE_LABELS.map((label) => `${label}: '${searchIndexOf(label)}'`).join(", ")}}`;

/**
 * One search over everything, one round trip: exact code keys first (score 100),
 * then kind + number ("nghị định 32", score 50), then the full-text index, whose
 * analyzer folds diacritics and keeps every syllable (the shared index, or the $labels'
 * own ones, so that a search for meetings is not crowded out by documents); among its
 * candidates, one also spelled with the diacritics typed ($marked) gains up to 10
 * ("Thụy" before "Thủy";
 * 0.3–0.7 ms at 1M documents, where fetching 20× the candidates cost 3–6 ms). Within
 * a score, the document more texts carry out, rest on or change first ("nghị quyết 57"
 * is the Politburo's 57-NQ/TW before a council's 57/2025/NQ-HĐND), except among the
 * documents of the very code typed ("12/KH-UBND" of every commune), which stay newest
 * first; then newest first and undated last. Exact matches are cut to the newest $limit
 * per key (see NEWEST), so the cost of a search does not grow with the number of
 * documents sharing a code.
 *
 * Parameters: codeKeys, numbers, kinds, year, lucene, marked, labels, limit.
 */
export const SEARCH = `
CALL {
  UNWIND $codeKeys AS codeKey
  ${NEWEST(["codeKey"], "($year IS NULL OR node.year = $year)")}
  RETURN node, 100.0 AS score
  UNION
  UNWIND $numbers AS number
  UNWIND $kinds AS kind
  ${NEWEST(["number", "kind"], "($year IS NULL OR node.year = $year)")}
  RETURN node, 50.0 AS score
  UNION
  UNWIND CASE WHEN $lucene = '' THEN [] ELSE [$lucene] END AS q
  UNWIND CASE WHEN $labels IS NULL THEN ['search_text']
    ELSE [label IN $labels | ${INDEX_OF_LABEL}[label]] END AS index
  CALL db.index.fulltext.queryNodes(index, q, {limit: $limit * 4}) YIELD node, score
  RETURN node, score + CASE WHEN size($marked) = 0 THEN 0.0
    ELSE 10.0 * size([w IN $marked WHERE toLower(node.searchText) CONTAINS w]) / size($marked) END
    AS score
}
WITH node, max(score) AS score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
WITH node, score, coalesce(node.issuedOn, node.date) AS dated
WITH node, score, dated, CASE WHEN score >= 100.0 OR NOT node:Document THEN 0
    ELSE COUNT { (node)<-[:IMPLEMENTS|BASED_ON|AMENDS|REPLACES|REPEALS]-() } END AS citedBy
ORDER BY score DESC, citedBy DESC, dated IS NULL, dated DESC
LIMIT $limit
RETURN ${NODE_SUMMARY("node", {
  score: "score",
  province: "node.province",
  validTo: "toString(node.validTo)",
  successor: `CASE WHEN node:Body THEN COLLECT {
    MATCH (node)-[:SUCCEEDED_BY]->(successor:Body) RETURN successor.name AS name LIMIT 1
  }[0] END`,
  position: `COLLECT {
    MATCH (node)-[h:HOLDS_POSITION]->(b:Body)
    WITH h, b, ${POSITION_RECENCY("h", "b")} AS lately
    RETURN CASE WHEN h.former THEN 'nguyên ' ELSE '' END
      + coalesce(h.title + ', ', '') + b.name AS position
    ORDER BY lately IS NULL, lately DESC LIMIT 1
  }[0]`,
  namedIn: `CASE WHEN node:Person THEN COLLECT {
    MATCH (node)-[:MENTIONED_IN]->(s:Source) WHERE s.title IS NOT NULL
    RETURN s.title AS title ORDER BY s.publishedAt DESC LIMIT 1
  }[0] END`,
})} AS hit`;
