import { slugify } from "../text/index.js";
import { fnv1a } from "./documentId.js";
import { sessionKey } from "./sessionKey.js";

/**
 * A person is their name within a body: two "Nguyễn Văn An" in two provinces are
 * two people. With no body known, the person stays scoped to the one source that
 * named them rather than merging on name alone.
 */
export function personId(name: string, bodyId: string | undefined, sourceId: string): string {
  return `${slugify(name)}@${bodyId ?? sourceId}`;
}

/**
 * A meeting is its organiser (a body id), its day and its title; a numbered session or a
 * sitting named only by its organizer is its organiser's, day's and number's (sessionKey),
 * whatever else two texts' titles say of it.
 */
export function meetingId(
  organizer: { readonly id: string; readonly name: string } | undefined,
  date: string | undefined,
  title: string,
): string {
  const session = organizer && date ? sessionKey(title, organizer.name) : undefined;
  return `meeting/${organizer?.id ?? "_"}/${date ?? "_"}/${session ?? fnv1a(slugify(title))}`;
}

/** A source is its normalised content: the same text ingested twice is one source. */
export function sourceId(contentHash: string): string {
  return `src/${contentHash.slice(0, 16)}`;
}
