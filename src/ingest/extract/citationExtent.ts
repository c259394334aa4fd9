import type { CitationMention } from "./extractCitations.js";

/** Where a citation ends, counting its title and asides. */
export function citationExtent(c: CitationMention): number {
  return Math.max(c.tailEnd, c.titleEnd ?? 0, ...c.asides.map((a) => a.end));
}
