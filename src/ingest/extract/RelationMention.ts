import type { ChangeScope, DocumentRelationType, ImplementationKind } from "../../domain.js";
import type { CitationMention } from "./extractCitations.js";
import type { IssuedDocument } from "./extractIssuedDocuments.js";
import type { MeetingMention } from "./extractMeetings.js";

/** One side of a relation, before resolution. */
export type MentionRef =
  | { readonly citation: CitationMention }
  | { readonly subject: true }
  | { readonly meeting: MeetingMention }
  | { readonly issued: IssuedDocument };

/** A relation read from the grammar of one sentence. */
export interface RelationMention {
  readonly type: DocumentRelationType;
  readonly from: MentionRef;
  readonly to: { readonly citation: CitationMention };
  readonly implementationKind?: ImplementationKind;
  /** REPEALS and REPLACES: all of the document, or some of its parts. */
  readonly scope?: ChangeScope;
  /** Offset of the cue, for evidence. */
  readonly at: number;
}
