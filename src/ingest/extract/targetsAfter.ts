import { citationExtent } from "./citationExtent.js";
import { LIST_JOINER } from "./cuePhrases.js";
import { documentLike } from "./documentLike.js";
import type { CitationMention } from "./extractCitations.js";
import { spanIndex } from "./spanIndex.js";

/** The first citation the cue names, then the ones joined to it in a list. */
export function targetsAfter(
  text: string,
  citations: readonly CitationMention[],
  from: number,
  limit: number,
  gap: RegExp,
  lists: boolean,
): CitationMention[] {
  // The first citation after `from` must be the cue's object; `citations` are by start.
  const at = spanIndex(citations, from, (c) => c.start);
  const first = citations[at];
  if (
    !first ||
    first.start >= limit ||
    !documentLike(first) ||
    !gap.test(text.slice(from, first.start))
  ) {
    return [];
  }
  const out = [first];
  if (!lists) return out;
  let last = first;
  for (let i = at + 1; i < citations.length; i++) {
    const next = citations[i];
    if (!next || next.start >= limit) break;
    if (next.start <= last.start || next.start < citationExtent(last)) continue;
    if (!LIST_JOINER.test(text.slice(citationExtent(last), next.start))) break;
    out.push(next);
    last = next;
  }
  return out;
}
