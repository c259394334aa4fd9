import type { BodyCatalogue } from "./BodyCatalogue.js";
import type { DocumentNumbering } from "./DocumentNumbering.js";
import type { FoundationalLaws } from "./foundationalLaws.js";

/** What every builder shares for one generated graph. */
export interface GenerationContext {
  readonly catalogue: BodyCatalogue;
  readonly numbering: DocumentNumbering;
  readonly laws: FoundationalLaws;
  /** No document is dated after this day. */
  readonly until: string;
}
