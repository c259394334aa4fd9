import type { EdgeShape } from "../ingest/load/LoadPlan.js";
import type { MentionLabel } from "./GeneratedRows.js";

/**
 * Bulk versions of ingest/load/loadStatements.ts: the same properties and values,
 * one UNWIND per batch, each row carrying its own source. CREATE is for a database
 * known to be empty (no existence checks, several times faster); MERGE for any other,
 * with the load stage's rules for filling in and appending provenance.
 */
export type WriteMode = "create" | "merge";

const date = (value: string) => `CASE WHEN ${value} IS NULL THEN null ELSE date(${value}) END`;

export function sourcesStatement(mode: WriteMode): string {
  return `
UNWIND $rows AS row
${mode === "create" ? "CREATE" : "MERGE"} (s:Source {id: row.id})
${mode === "create" ? "SET" : "ON CREATE SET"} s.contentHash = row.contentHash, s.url = row.url, s.title = row.title,
  s.publishedAt = ${date("row.publishedAt")}, s.ingestedAt = datetime()`;
}

export function documentsStatement(mode: WriteMode): string {
  if (mode === "create") {
    return `
UNWIND $rows AS row
CREATE (d:Document {id: row.id})
SET d.code = row.code, d.number = row.number, d.symbol = row.symbol, d.codeKey = row.codeKey,
  d.year = row.year, d.kind = row.kind, d.system = row.system, d.title = row.title,
  d.status = 'UNKNOWN', d.isStub = NOT row.isSubject, d.issuedOn = ${date("row.issuedOn")},
  d.searchText = row.searchText, d.updatedAt = datetime()`;
  }
  return `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d.code = row.code, d.number = row.number, d.symbol = row.symbol,
  d.codeKey = row.codeKey, d.year = row.year, d.kind = row.kind, d.system = row.system,
  d.title = row.title, d.status = 'UNKNOWN', d.isStub = NOT row.isSubject
SET d.code = coalesce(d.code, row.code), d.number = coalesce(d.number, row.number),
  d.symbol = coalesce(d.symbol, row.symbol), d.codeKey = coalesce(d.codeKey, row.codeKey),
  d.year = coalesce(d.year, row.year), d.system = coalesce(d.system, row.system),
  d.kind = CASE WHEN row.isSubject OR d.kind = 'OTHER' THEN row.kind ELSE d.kind END,
  d.title = CASE WHEN row.isSubject AND row.title IS NOT NULL THEN row.title
    ELSE coalesce(d.title, row.title) END,
  d.issuedOn = coalesce(d.issuedOn, ${date("row.issuedOn")}),
  d.isStub = d.isStub AND NOT row.isSubject,
  d.searchText = CASE WHEN size(coalesce(d.searchText, '')) >= size(row.searchText)
    THEN d.searchText ELSE row.searchText END,
  d.updatedAt = datetime()`;
}

export function bodiesStatement(mode: WriteMode): string {
  if (mode === "create") {
    return `
UNWIND $rows AS row
CREATE (b:Body {id: row.id})
SET b.name = row.name, b.kind = row.kind, b.level = row.level, b.aliases = row.aliases,
  b.searchText = row.searchText, b.validFrom = ${date("row.validFrom")},
  b.validTo = ${date("row.validTo")}, b.updatedAt = datetime()`;
  }
  return `
UNWIND $rows AS row
MERGE (b:Body {id: row.id})
ON CREATE SET b.name = row.name, b.kind = row.kind, b.level = row.level, b.aliases = []
SET b.kind = CASE WHEN b.kind = 'OTHER' THEN row.kind ELSE b.kind END,
  b.level = coalesce(b.level, row.level),
  b.aliases = b.aliases + [a IN row.aliases WHERE a <> b.name AND NOT a IN b.aliases],
  b.searchText = b.name + ' | ' + reduce(t = '', a IN b.aliases | t + a + ' | '),
  b.validFrom = coalesce(b.validFrom, ${date("row.validFrom")}),
  b.validTo = coalesce(b.validTo, ${date("row.validTo")}),
  b.updatedAt = datetime()`;
}

export function peopleStatement(mode: WriteMode): string {
  return `
UNWIND $rows AS row
${mode === "create" ? "CREATE" : "MERGE"} (p:Person {id: row.id})
${mode === "create" ? "SET" : "ON CREATE SET"} p.name = row.name, p.aliases = [], p.searchText = row.searchText
SET p.updatedAt = datetime()`;
}

export function meetingsStatement(mode: WriteMode): string {
  return `
UNWIND $rows AS row
${mode === "create" ? "CREATE" : "MERGE"} (m:Meeting {id: row.id})
${mode === "create" ? "SET" : "ON CREATE SET"} m.title = row.title, m.kind = row.kind, m.date = ${date("row.date")},
  m.venue = row.venue, m.searchText = row.searchText
SET m.venue = coalesce(m.venue, row.venue), m.updatedAt = datetime()`;
}

const EXTRA_PROPERTIES: Partial<Record<string, string>> = {
  IMPLEMENTS: "r.kind = row.implementationKind,",
  ATTENDED: "r.role = row.role,",
  HOLDS_POSITION: `r.title = row.title, r.from = ${date("row.since")}, r.to = ${date("row.until")},`,
};

/** Edges of one shape; types and labels come from the fixed EDGE_SHAPES table, never from input. */
export function edgesStatement(shape: EdgeShape, mode: WriteMode): string {
  const [type = "", ends = ""] = shape.split(":");
  const [fromLabel, toLabel] = ends.split(">");
  const extra = EXTRA_PROPERTIES[type] ?? "";
  const match = `
UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})`;
  if (mode === "create") {
    return `${match}
CREATE (a)-[r:${type}]->(b)
SET ${extra} r.sourceIds = [row.sourceId], r.sentences = [row.sentence]`;
  }
  return `${match}
MERGE (a)-[r:${type}]->(b)
ON CREATE SET ${extra} r.sourceIds = [row.sourceId], r.sentences = [row.sentence]
ON MATCH SET r.sentences = CASE WHEN row.sourceId IN r.sourceIds THEN r.sentences
    ELSE r.sentences + row.sentence END,
  r.sourceIds = CASE WHEN row.sourceId IN r.sourceIds THEN r.sourceIds
    ELSE r.sourceIds + row.sourceId END`;
}

/** MENTIONED_IN from one label's nodes to sources. */
export function mentionsStatement(label: MentionLabel, mode: WriteMode): string {
  return `
UNWIND $rows AS row
MATCH (a:${label} {id: row.from})
MATCH (s:Source {id: row.to})
${mode === "create" ? "CREATE" : "MERGE"} (a)-[:MENTIONED_IN]->(s)`;
}
