import type {
  BodyRow,
  DocumentRow,
  EdgeRow,
  EdgeShape,
  MeetingRow,
  PersonRow,
  SourceRow,
} from "../ingest/load/LoadPlan.js";

/** A body as the map knows it: the load stage's row plus its lifetime. */
export interface BulkBodyRow extends BodyRow {
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** An edge with the source that states it (bulk rows mix sources) and, for positions, its term. */
export interface BulkEdgeRow extends EdgeRow {
  readonly sourceId: string;
  readonly since?: string | null;
  readonly until?: string | null;
}

/** A body carried on by another (SUCCEEDED_BY), as bodyLifetime has it. */
export interface BulkSuccessionRow {
  readonly from: string;
  readonly to: string;
  readonly on: string;
  readonly basis: string | null;
}

export type MentionLabel = "Document" | "Body" | "Person" | "Meeting";

/** "This node is mentioned in that source" (MENTIONED_IN), as the load stage writes for every row. */
export interface MentionRow {
  readonly from: string;
  readonly to: string;
}

/**
 * Rows ready to write, with every node an edge needs either in the same rows or in
 * rows written before: nodes first, then edges, is always a valid order.
 */
export interface GeneratedRows {
  readonly sources: SourceRow[];
  readonly bodies: BulkBodyRow[];
  readonly people: PersonRow[];
  readonly meetings: MeetingRow[];
  readonly documents: DocumentRow[];
  readonly edges: Map<EdgeShape, BulkEdgeRow[]>;
  readonly successions: BulkSuccessionRow[];
  readonly mentions: Map<MentionLabel, MentionRow[]>;
}

export function emptyRows(): GeneratedRows {
  return {
    sources: [],
    bodies: [],
    people: [],
    meetings: [],
    documents: [],
    edges: new Map(),
    successions: [],
    mentions: new Map(),
  };
}

/** Nodes and relationships the rows will create. */
export function countRows(rows: GeneratedRows): { nodes: number; relationships: number } {
  let relationships = rows.successions.length;
  for (const list of rows.edges.values()) relationships += list.length;
  for (const list of rows.mentions.values()) relationships += list.length;
  const nodes =
    rows.sources.length +
    rows.bodies.length +
    rows.people.length +
    rows.meetings.length +
    rows.documents.length;
  return { nodes, relationships };
}
