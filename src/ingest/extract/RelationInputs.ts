import type { CitationMention } from "./extractCitations.js";
import type { IssuedDocument } from "./extractIssuedDocuments.js";
import type { MeetingMention } from "./extractMeetings.js";
import type { Sentence } from "./splitSentences.js";

/** What extractRelations reads relations from: the text and the mentions found in it. */
export interface RelationInputs {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly citations: readonly CitationMention[];
  readonly meetings: readonly MeetingMention[];
  readonly issued: readonly IssuedDocument[];
  /** The document a legal text is: its title span and where its preamble ends. */
  readonly subject?: {
    readonly titleStart?: number;
    readonly titleEnd?: number;
    readonly preambleStart: number;
    readonly preambleEnd: number;
  };
  readonly isBoilerplate: (offset: number) => boolean;
  readonly sentenceAt: (offset: number) => number;
}
