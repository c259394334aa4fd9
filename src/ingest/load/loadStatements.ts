import type { EdgeShape } from "./LoadPlan.js";

/**
 * The text's Source, written unless it already is: `existed` says the text was loaded
 * before, and then nothing else of it is written. One round trip for the check and the
 * write.
 */
export const MERGE_NEW_SOURCE = `
OPTIONAL MATCH (existing:Source {id: $source.id})
CALL {
  WITH existing
  WITH existing WHERE existing IS NULL
  MERGE (s:Source {id: $source.id})
  ON CREATE SET s.contentHash = $source.contentHash, s.url = $source.url, s.title = $source.title,
    s.publishedAt = CASE WHEN $source.publishedAt IS NULL THEN null ELSE date($source.publishedAt) END,
    s.ingestedAt = datetime()
  RETURN count(s) AS written
}
RETURN existing IS NOT NULL AS existed`;

const TALLY =
  "RETURN sum(toInteger(isNew)) AS created, count(*) - sum(toInteger(isNew)) AS matched";

/**
 * MERGE rows of one label on their ids, applying `sets` to each node, and link every
 * node to the source it was read in. Counts the rows that were new before merging, so
 * the summary can say "created 5, matched 3" per category.
 */
function mergeNodes(label: string, v: string, sets: string): string {
  return `
UNWIND $rows AS row
OPTIONAL MATCH (existing:${label} {id: row.id})
WITH row, existing IS NULL AS isNew
MERGE (${v}:${label} {id: row.id})
${sets.trim()}
WITH ${v}, isNew
MATCH (s:Source {id: $sourceId})
MERGE (${v})-[:MENTIONED_IN]->(s)
${TALLY}`;
}

/**
 * How a Document row fills its node: a cited document's fields only fill gaps; the
 * text that is the document itself wins. Shared with the bulk generator.
 */
export const DOCUMENT_SETS = `
ON CREATE SET d.code = row.code, d.number = row.number, d.symbol = row.symbol,
  d.codeKey = row.codeKey, d.year = row.year, d.kind = row.kind, d.system = row.system,
  d.title = row.title, d.status = 'UNKNOWN', d.isStub = NOT row.isSubject
SET d.code = coalesce(d.code, row.code), d.number = coalesce(d.number, row.number),
  d.symbol = coalesce(d.symbol, row.symbol), d.codeKey = coalesce(d.codeKey, row.codeKey),
  d.year = coalesce(d.year, row.year), d.system = coalesce(d.system, row.system),
  d.kind = CASE WHEN row.isSubject OR d.kind = 'OTHER' THEN row.kind ELSE d.kind END,
  d.title = CASE WHEN row.isSubject AND row.title IS NOT NULL THEN row.title
    ELSE coalesce(d.title, row.title) END,
  d.issuedOn = coalesce(d.issuedOn, CASE WHEN row.issuedOn IS NULL THEN null ELSE date(row.issuedOn) END),
  d.isStub = d.isStub AND NOT row.isSubject,
  d.searchText = CASE WHEN size(coalesce(d.searchText, '')) >= size(row.searchText)
    THEN d.searchText ELSE row.searchText END,
  d.updatedAt = datetime()`;

export const MERGE_DOCUMENTS = mergeNodes("Document", "d", DOCUMENT_SETS);

/**
 * How a Body row fills its node: kind, level, province and lifetime fill gaps; every
 * spelling but the node's name accumulates as an alias, the row's own name included (a
 * text that names "Tỉnh ủy Nghệ An" only as "Ban Chấp hành Đảng bộ tỉnh Nghệ An").
 * Shared with the bulk generator.
 */
export const BODY_SETS = `
ON CREATE SET b.name = row.name, b.kind = row.kind, b.level = row.level, b.aliases = []
SET b.foldedId = row.foldedId,
  b.kind = CASE WHEN b.kind = 'OTHER' THEN row.kind ELSE b.kind END,
  b.level = coalesce(b.level, row.level),
  b.province = coalesce(b.province, row.province),
  b.validFrom = coalesce(b.validFrom, date(row.validFrom)),
  b.validTo = coalesce(b.validTo, date(row.validTo)),
  b.aliases = b.aliases + [a IN [row.name] + row.aliases WHERE a <> b.name AND NOT a IN b.aliases],
  b.searchText = b.name + ' | ' + reduce(t = '', a IN b.aliases | t + a + ' | '),
  b.updatedAt = datetime()`;

export const MERGE_BODIES = mergeNodes("Body", "b", BODY_SETS);

/**
 * A body carried on by another (SuccessionRow): the successor's node is merged without a
 * MENTIONED_IN, since the text did not name it, and the edge says on which day and by
 * which act, not which source: it is the domain's, not the text's.
 */
export const MERGE_SUCCESSIONS = `
UNWIND $rows AS succession
MATCH (a:Body {id: succession.from})
WITH a, succession, succession.to AS row
MERGE (b:Body {id: row.id})
${BODY_SETS}
WITH a, b, succession
OPTIONAL MATCH (a)-[existing:SUCCEEDED_BY]->(b)
WITH a, b, succession, existing IS NULL AS isNew
MERGE (a)-[r:SUCCEEDED_BY]->(b)
SET r.on = date(succession.on), r.basis = succession.basis
${TALLY}`;

export const MERGE_PEOPLE = mergeNodes(
  "Person",
  "p",
  `
ON CREATE SET p.name = row.name, p.aliases = [], p.searchText = row.searchText
SET p.updatedAt = datetime()`,
);

export const MERGE_MEETINGS = mergeNodes(
  "Meeting",
  "m",
  `
ON CREATE SET m.title = row.title, m.kind = row.kind,
  m.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
  m.venue = row.venue, m.searchText = row.searchText
SET m.venue = coalesce(m.venue, row.venue), m.updatedAt = datetime()`,
);

/** How many sources' sentences one relationship keeps as evidence. */
export const MAX_EVIDENCE = 20;

/**
 * `edge.title = …` keeping the title stated on the later day: `title` stated on `day`
 * replaces the edge's own when its lastStated is earlier or unknown. Set before the
 * edge's lastStated moves, which it reads.
 */
export const LATEST_TITLE = (edge: string, title: string, day: string) =>
  `${edge}.title = CASE WHEN ${day} IS NOT NULL AND (${edge}.lastStated IS NULL OR ${day} >= ${edge}.lastStated)
    THEN ${title} ELSE ${edge}.title END,`;

/**
 * A document's status once a text repeals or replaces it (`scope` of the change, see
 * ChangeScope): all of it → EXPIRED, some of it → PARTIALLY_IN_FORCE, never back. Texts
 * seldom say when a document takes effect; that one no longer wholly holds, they do.
 */
export const STATUS_AFTER_CHANGE = (doc: string, scope: string) =>
  `${doc}.status = CASE WHEN ${scope} = 'WHOLE' OR ${doc}.status = 'EXPIRED' THEN 'EXPIRED'
    ELSE 'PARTIALLY_IN_FORCE' END`;

/** The wider of two scopes of one change: a text that says all of it, says all. */
export const WIDER_SCOPE = (a: string, b: string) =>
  `CASE WHEN ${a} = 'WHOLE' OR ${b} = 'WHOLE' THEN 'WHOLE' ELSE coalesce(${a}, ${b}) END`;

// A post a text states as held is held on its day; one it calls former ("nguyên …") had
// ended by then: the day bounds the post's end, not its span.
const HELD_ON = "CASE WHEN row.former THEN null ELSE date(row.statedOn) END";
const FORMER_ON = "CASE WHEN row.former THEN date(row.statedOn) END";

const EXTRA_PROPERTIES: Partial<Record<string, string>> = {
  IMPLEMENTS: "r.kind = row.implementationKind,",
  REPEALS: "r.scope = row.scope,",
  REPLACES: "r.scope = row.scope,",
  ATTENDED: "r.role = row.role,",
  HOLDS_POSITION: `r.title = row.title, r.firstStated = ${HELD_ON}, r.lastStated = ${HELD_ON},
    r.formerBy = ${FORMER_ON}, r.former = CASE WHEN row.former THEN true END,`,
  ISSUED_BY: "r.inferred = CASE WHEN row.inferred THEN true END,",
};

// What an edge's writing changes at its ends: a repeal or replacement, its target's status.
const AFTER_MERGE: Partial<Record<string, string>> = {
  REPEALS: `SET ${STATUS_AFTER_CHANGE("b", "r.scope")}`,
  REPLACES: `SET ${STATUS_AFTER_CHANGE("b", "r.scope")}`,
};

// An issuer one text states stays stated, whatever another only infers. A position
// takes the title of the latest text that states it (a dated text beats an undated one),
// and the span of days its texts speak as of. A change takes the wider scope.
const EXTRA_ON_MATCH: Partial<Record<string, string>> = {
  ISSUED_BY: "r.inferred = CASE WHEN r.inferred AND row.inferred THEN true END,",
  REPEALS: `r.scope = ${WIDER_SCOPE("r.scope", "row.scope")},`,
  REPLACES: `r.scope = ${WIDER_SCOPE("r.scope", "row.scope")},`,
  HOLDS_POSITION: `${LATEST_TITLE("r", "row.title", HELD_ON)}
  r.firstStated = CASE WHEN r.firstStated IS NULL OR ${HELD_ON} < r.firstStated
    THEN ${HELD_ON} ELSE r.firstStated END,
  r.lastStated = CASE WHEN r.lastStated IS NULL OR ${HELD_ON} > r.lastStated
    THEN ${HELD_ON} ELSE r.lastStated END,
  r.formerBy = CASE WHEN r.formerBy IS NULL OR ${FORMER_ON} < r.formerBy
    THEN coalesce(${FORMER_ON}, r.formerBy) ELSE r.formerBy END,
  r.former = CASE WHEN row.former THEN true ELSE r.former END,`,
};

/**
 * The MERGE for one relationship shape. Types and labels come from the fixed
 * EDGE_SHAPES table, never from input; every value is a parameter. Provenance is
 * appended: a second source stating the same fact adds its id and sentence, up to
 * MAX_EVIDENCE of them; past that only sourceCount grows, because a law cited by every
 * local plan would otherwise carry one array entry per plan on a single relationship.
 */
export function mergeEdgesStatement(shape: EdgeShape): string {
  const [type = "", ends = ""] = shape.split(":");
  const [fromLabel, toLabel] = ends.split(">");
  const extra = EXTRA_PROPERTIES[type] ?? "";
  const extraOnMatch = EXTRA_ON_MATCH[type] ?? "";
  const afterMerge = AFTER_MERGE[type] ?? "";
  return `
UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
OPTIONAL MATCH (a)-[existing:${type}]->(b)
WITH a, b, row, existing IS NULL AS isNew
MERGE (a)-[r:${type}]->(b)
ON CREATE SET ${extra} r.sourceIds = [$sourceId], r.sentences = [row.sentence], r.sourceCount = 1
ON MATCH SET ${extraOnMatch} r.sourceCount = coalesce(r.sourceCount, size(r.sourceIds))
    + CASE WHEN $sourceId IN r.sourceIds THEN 0 ELSE 1 END,
  r.sentences = CASE WHEN $sourceId IN r.sourceIds OR size(r.sourceIds) >= ${MAX_EVIDENCE}
    THEN r.sentences ELSE r.sentences + row.sentence END,
  r.sourceIds = CASE WHEN $sourceId IN r.sourceIds OR size(r.sourceIds) >= ${MAX_EVIDENCE}
    THEN r.sourceIds ELSE r.sourceIds + $sourceId END
${afterMerge}
${TALLY}`;
}

/**
 * The issuers only inferred from "…/TW" of the given documents that some text states
 * another issuer for: 57-NQ/TW is the Politburo's, as the texts that say so name it,
 * not the Central Committee's its mark implies. Runs after the plan's edges and folds,
 * so it holds whichever text came first. Parameter: ids of documents.
 */
export const DROP_INFERRED_ISSUERS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})-[stated:ISSUED_BY]->()
WHERE stated.inferred IS NULL
WITH DISTINCT d
MATCH (d)-[guess:ISSUED_BY {inferred: true}]->()
DELETE guess`;
