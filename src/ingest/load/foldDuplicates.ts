import { LATEST_TITLE, MAX_EVIDENCE, WIDER_SCOPE } from "./loadStatements.js";

// Each relationship of the folded node, `y`, becomes the kept node's, `d`: created as it
// is, or joined to the one of its type the kept node already has, as a second source's
// sentence joins an edge (mergeEdgesStatement). One statement for every type (APOC's
// merge takes the type as a value): a CALL per type made the planner take two seconds.
// Sentences are set before sourceIds, which they read; an issuer either edge states is
// stated (DROP_INFERRED_ISSUERS); a position keeps the later title and the span of days
// both edges' texts speak as of, a change the wider scope (mergeEdgesStatement).
const move = (found: string, existing: string, merged: string) => `
CALL {
  WITH d, y
  MATCH ${found}
  WHERE x <> d AND x <> y
  OPTIONAL MATCH ${existing}
  WHERE type(e) = type(r)
  CALL apoc.merge.relationship(${merged}) YIELD rel
  WITH r, rel, e IS NOT NULL AND r.sourceIds IS NOT NULL AND rel.sourceIds IS NOT NULL AS joins,
    coalesce(rel.sourceIds, []) AS had, coalesce(r.sourceIds, []) AS brought
  WITH r, rel, joins, [i IN range(0, size(brought) - 1) WHERE NOT brought[i] IN had] AS fresh,
    size([s IN brought WHERE s IN had]) AS shared
  FOREACH (_ IN CASE WHEN joins THEN [1] ELSE [] END |
    SET rel.inferred = CASE WHEN rel.inferred AND r.inferred THEN true END,
      ${LATEST_TITLE("rel", "r.title", "r.lastStated")}
      rel.firstStated = CASE WHEN rel.firstStated IS NULL OR r.firstStated < rel.firstStated
        THEN r.firstStated ELSE rel.firstStated END,
      rel.lastStated = CASE WHEN rel.lastStated IS NULL OR r.lastStated > rel.lastStated
        THEN r.lastStated ELSE rel.lastStated END,
      rel.scope = ${WIDER_SCOPE("rel.scope", "r.scope")},
      rel.sourceCount = coalesce(rel.sourceCount, size(rel.sourceIds))
        + coalesce(r.sourceCount, size(r.sourceIds)) - shared,
      rel.sentences = rel.sentences
        + [i IN fresh | r.sentences[i]][0..${MAX_EVIDENCE} - size(rel.sourceIds)],
      rel.sourceIds = rel.sourceIds
        + [i IN fresh | r.sourceIds[i]][0..${MAX_EVIDENCE} - size(rel.sourceIds)])
  DELETE r
}`;

const MOVES = [
  move("(y)-[r]->(x)", "(d)-[e]->(x)", "d, type(r), {}, properties(r), x, {}"),
  move("(x)-[r]->(y)", "(x)-[e]->(d)", "x, type(r), {}, properties(r), d, {}"),
].join("\n");

/**
 * Folds each pair's node `from` into node `into` (both of `label`): its relationships
 * become the kept node's, their evidence joining; the kept node (`d`) keeps the longer
 * searchText of the two, `fill` gives it what it lacks of the folded one's (`y`) other
 * fields, and the folded node goes. Runs in the loading transaction, after the plan's
 * writes. Parameter: pairs, each {from, into}.
 */
const fold = (label: string, fill = "") => `
CYPHER replan=skip
UNWIND $pairs AS pair
MATCH (y:${label} {id: pair.from}), (d:${label} {id: pair.into})
${MOVES}
SET ${fill.trim() ? `${fill.trim()},\n  ` : ""}d.searchText = CASE
    WHEN size(coalesce(d.searchText, '')) >= size(coalesce(y.searchText, ''))
    THEN d.searchText ELSE y.searchText END,
  d.updatedAt = datetime()
WITH y
DETACH DELETE y`;

/**
 * The documents cited without their year ("Nghị quyết số 57-NQ/TW", vn/_/57-nq-tw) that
 * have one dated document of that issuer and number-symbol (vn/2024/57-nq-tw), whichever
 * of the two the graph received first. Where the graph holds two dated documents of that
 * code (18-NQ/TW of 2017 and of 2022) the citation stays as it is: which one it meant is
 * not known. Parameter: slots (YearSlotRow); returns pairs {from, into} of ids.
 */
export const YEARLESS_TO_FOLD = `
UNWIND $slots AS slot
MATCH (n:Document {codeKey: slot.codeKey})
WHERE n.id = slot.before + coalesce(toString(n.year), '_') + slot.after
WITH slot, collect(n) AS same
WITH [n IN same WHERE n.year IS NOT NULL] AS dated, [n IN same WHERE n.year IS NULL] AS yearless
WHERE size(dated) = 1 AND size(yearless) = 1
RETURN collect({from: yearless[0].id, into: dated[0].id}) AS pairs`;

/**
 * The laws cited by name and date ("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024", the
 * usual way to cite one; vn/quoc-hoi/2024/luat/~a2817208) that have one numbered law of
 * that name and year (31/2024/QH15), whichever of the two the graph received first.
 * Where two numbered laws share name and year (Luật Tổ chức chính quyền địa phương
 * 65/2025/QH15 and 72/2025/QH15) the citation stays as it is. Parameter: laws, each
 * {kind, year, title} of the plan's laws; returns pairs {from, into} of ids.
 */
export const NAMED_LAWS_TO_FOLD = `
UNWIND $laws AS law
MATCH (n:Document {kind: law.kind, year: law.year})
WHERE toLower(n.title) = toLower(law.title)
WITH law, collect(n) AS same
WITH [n IN same WHERE n.code IS NOT NULL] AS numbered, [n IN same WHERE n.code IS NULL] AS named
WHERE size(numbered) = 1
UNWIND named AS n
WITH DISTINCT n.id AS from, numbered[0].id AS into
RETURN collect({from: from, into: into}) AS pairs`;

/**
 * Folds a yearless document into its dated one (YEARLESS_TO_FOLD), a law cited by name
 * into its numbered one (NAMED_LAWS_TO_FOLD).
 */
export const FOLD_DOCUMENTS = fold(
  "Document",
  `
d.title = CASE WHEN d.isStub AND NOT y.isStub THEN coalesce(y.title, d.title)
    ELSE coalesce(d.title, y.title) END,
  d.kind = CASE WHEN d.kind = 'OTHER' OR (d.isStub AND NOT y.isStub) THEN y.kind ELSE d.kind END,
  d.issuedOn = coalesce(d.issuedOn, y.issuedOn),
  d.system = coalesce(d.system, y.system),
  d.isStub = d.isStub AND y.isStub,
  d.status = CASE WHEN 'EXPIRED' IN [d.status, y.status] THEN 'EXPIRED'
    WHEN 'PARTIALLY_IN_FORCE' IN [d.status, y.status] THEN 'PARTIALLY_IN_FORCE'
    ELSE d.status END`,
);

/**
 * The people a text names who are already in the graph under another id: a person's id
 * is their name and the body of the first position a text gives them, so "Thủ tướng Phạm
 * Minh Chính" is pham-minh-chinh@chinh-phu and "Ủy viên Bộ Chính trị, Thủ tướng …" is
 * pham-minh-chinh@bo-chinh-tri. One name holding a position in one body is one person:
 * each such group folds into its smallest id, whichever text came first. Parameter: ids
 * of the plan's people who hold a position; returns pairs {from, into} of ids.
 */
export const PEOPLE_TO_FOLD = `
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:HOLDS_POSITION]->(:Body)<-[:HOLDS_POSITION]-(q:Person)
WHERE q.name = p.name AND q <> p
WITH p, collect(DISTINCT q.id) + p.id AS group
WITH reduce(least = head(group), i IN group | CASE WHEN i < least THEN i ELSE least END) AS into,
  group
UNWIND group AS from
WITH DISTINCT from, into WHERE from <> into
RETURN collect({from: from, into: into}) AS pairs`;

/** Folds a person into the one of their group that stays (PEOPLE_TO_FOLD). */
export const FOLD_PEOPLE = fold("Person");

/**
 * The people a text names without a position, whose ids are scoped to that text (a
 * signer printed as a bare name, ho-duc-phoc@src/…), when the graph holds one person of
 * that name with positions and the text names a body where they hold one: the bare name
 * is that official. It stays apart where two people of the name hold positions (Nguyễn
 * Thanh Bình in Huế and in Thái Nguyên) or the text names none of their bodies.
 * Parameter: names of the plan's people; returns pairs {from, into} of ids.
 */
export const UNPLACED_TO_FOLD = `
UNWIND $names AS name
MATCH (h:Person {name: name})-[:HOLDS_POSITION]->(b:Body)
WITH name, collect(DISTINCT h) AS holders, collect(DISTINCT b) AS bodies
WHERE size(holders) = 1
MATCH (p:Person {name: name})
WHERE NOT (p)-[:HOLDS_POSITION]->()
  AND EXISTS { MATCH (p)-[:MENTIONED_IN]->(:Source)<-[:MENTIONED_IN]-(b:Body) WHERE b IN bodies }
RETURN collect({from: p.id, into: holders[0].id}) AS pairs`;
