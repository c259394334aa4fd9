import type {
  AttendanceRole,
  ChangeScope,
  BodyKind,
  BodyLevel,
  DocumentKind,
  ImplementationKind,
} from "../../domain.js";

/** The rows one source writes, with every identity already derived. */
export interface LoadPlan {
  readonly source: SourceRow;
  readonly documents: readonly DocumentRow[];
  readonly bodies: readonly BodyRow[];
  readonly people: readonly PersonRow[];
  readonly meetings: readonly MeetingRow[];
  readonly edges: ReadonlyMap<EdgeShape, readonly EdgeRow[]>;
  /** Bodies the plan's bodies were carried on by (bodyLifetime), not read from the text. */
  readonly successions: readonly SuccessionRow[];
  /** Where each numbered document's id holds its year: a dated and a yearless id meet there. */
  readonly yearSlots: readonly YearSlotRow[];
}

/** A numbered document's id around its year (yearSlot), with the code key that finds it. */
export interface YearSlotRow {
  readonly codeKey: string;
  readonly before: string;
  readonly after: string;
}

export interface SourceRow {
  readonly id: string;
  readonly contentHash: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly publishedAt: string | null;
}

export interface DocumentRow {
  readonly id: string;
  readonly code: string | null;
  readonly number: string | null;
  readonly symbol: string | null;
  readonly codeKey: string | null;
  readonly year: number | null;
  readonly kind: DocumentKind;
  readonly system: string | null;
  readonly title: string | null;
  readonly issuedOn: string | null;
  /** The text is this document's own (not a citation of it). */
  readonly isSubject: boolean;
  readonly searchText: string;
}

export interface BodyRow {
  readonly id: string;
  /** The id as typed without diacritics (foldedId), which lookups fall back to. */
  readonly foldedId: string;
  readonly name: string;
  readonly kind: BodyKind;
  readonly level: BodyLevel | null;
  /** The province of a district's or commune's body ("tỉnh Đồng Nai"), when known. */
  readonly province: string | null;
  readonly aliases: readonly string[];
  readonly searchText: string;
  /** The body's first and last day, when the domain fixes them (bodyLifetime). */
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** A body carried on by another from the day `on`, by the act `basis` when recorded. */
export interface SuccessionRow {
  readonly from: string;
  readonly to: BodyRow;
  readonly on: string;
  readonly basis: string | null;
}

export interface PersonRow {
  readonly id: string;
  readonly name: string;
  readonly searchText: string;
}

export interface MeetingRow {
  readonly id: string;
  readonly title: string;
  readonly kind: string | null;
  readonly date: string | null;
  readonly venue: string | null;
  readonly searchText: string;
}

export interface EdgeRow {
  readonly from: string;
  readonly to: string;
  readonly sentence: string;
  readonly implementationKind?: ImplementationKind;
  readonly role?: AttendanceRole;
  readonly title?: string;
  /** REPEALS and REPLACES only: all of the document or some of its parts; null when unsaid. */
  readonly scope?: ChangeScope | null;
  /** HOLDS_POSITION only: the text speaks of the post as held once ("nguyên …"). */
  readonly former?: boolean;
  /** HOLDS_POSITION only: the day the text speaks as of (publication, else its document's date). */
  readonly statedOn?: string | null;
  /** ISSUED_BY only: the issuer is the default "…/TW" implies (ExtractedDocument). */
  readonly inferred?: boolean;
}

/** Every relationship govgraph writes, as type and the labels at its two ends. */
export const EDGE_SHAPES = [
  "ISSUED_BY:Document>Body",
  "IMPLEMENTS:Document>Document",
  "IMPLEMENTS:Meeting>Document",
  "BASED_ON:Document>Document",
  "AMENDS:Document>Document",
  "REPLACES:Document>Document",
  "REPEALS:Document>Document",
  "CITES:Document>Document",
  "REVIEWS:Meeting>Document",
  "ORGANIZED_BY:Meeting>Body",
  "ATTENDED:Person>Meeting",
  "HOLDS_POSITION:Person>Body",
  "PART_OF:Body>Body",
] as const;

export type EdgeShape = (typeof EDGE_SHAPES)[number];
