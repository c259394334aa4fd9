import type { CitationMention } from "./extractCitations.js";

/** A citation that names a document: by code, short number or title. */
export function documentLike(c: CitationMention): boolean {
  return c.code !== undefined || c.shortNumber !== undefined || c.title !== undefined;
}
