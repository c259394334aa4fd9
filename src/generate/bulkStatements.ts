import {
  BODY_SETS,
  DOCUMENT_SETS,
  STATUS_AFTER_CHANGE,
  type EdgeShape,
} from "../ingest/load/index.js";
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
${DOCUMENT_SETS}`;
}

export function bodiesStatement(mode: WriteMode): string {
  if (mode === "create") {
    return `
UNWIND $rows AS row
CREATE (b:Body {id: row.id})
SET b.name = row.name, b.foldedId = row.foldedId, b.kind = row.kind, b.level = row.level,
  b.province = row.province, b.aliases = row.aliases,
  b.searchText = row.searchText, b.validFrom = ${date("row.validFrom")},
  b.validTo = ${date("row.validTo")}, b.updatedAt = datetime()`;
  }
  return `
UNWIND $rows AS row
MERGE (b:Body {id: row.id})
${BODY_SETS}`;
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
  // A repeal or replacement sets its target's status, as the load stage does.
  REPEALS: `r.scope = row.scope, ${STATUS_AFTER_CHANGE("b", "row.scope")},`,
  REPLACES: `r.scope = row.scope, ${STATUS_AFTER_CHANGE("b", "row.scope")},`,
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

/** SUCCEEDED_BY between bodies of the map, dated, with its act (MERGE_SUCCESSIONS's edge). */
export function successionsStatement(mode: WriteMode): string {
  return `
UNWIND $rows AS row
MATCH (a:Body {id: row.from})
MATCH (b:Body {id: row.to})
${mode === "create" ? "CREATE" : "MERGE"} (a)-[r:SUCCEEDED_BY]->(b)
SET r.on = date(row.on), r.basis = row.basis`;
}

/** MENTIONED_IN from one label's nodes to sources. */
export function mentionsStatement(label: MentionLabel, mode: WriteMode): string {
  return `
UNWIND $rows AS row
MATCH (a:${label} {id: row.from})
MATCH (s:Source {id: row.to})
${mode === "create" ? "CREATE" : "MERGE"} (a)-[:MENTIONED_IN]->(s)`;
}
