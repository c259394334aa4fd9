import { slugify } from "../text/index.js";
import { bodyKey } from "./bodyKey.js";
import { fnv1a } from "./documentId.js";

/**
 * A person is their name within a body: two "Nguyễn Văn An" in two provinces are
 * two people. With no body known, the person stays scoped to the one source that
 * named them rather than merging on name alone.
 */
export function personId(name: string, body: string | undefined, sourceId: string): string {
  return `${slugify(name)}@${body ? bodyKey(body) : sourceId}`;
}

/** A meeting is its organiser, its day and its title. */
export function meetingId(
  organizer: string | undefined,
  date: string | undefined,
  title: string,
): string {
  return `meeting/${organizer ? bodyKey(organizer) : "_"}/${date ?? "_"}/${fnv1a(slugify(title))}`;
}

/** A source is its normalised content: the same text ingested twice is one source. */
export function sourceId(contentHash: string): string {
  return `src/${contentHash.slice(0, 16)}`;
}
