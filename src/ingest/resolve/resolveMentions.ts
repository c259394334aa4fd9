import type { Extraction, ExtractedSource } from "../../domain.js";
import { findDates, isoDate, type Mentions } from "../extract/index.js";
import { readPlaceContext } from "./placeContext.js";
import { createBodyRegistry } from "./resolveBodies.js";
import { resolveDocuments } from "./resolveDocuments.js";
import { resolvePeople } from "./resolvePeople.js";
import { resolveMeetings, resolveRelations } from "./resolveRelations.js";

// "chiều 7/2" takes its year from the publication date; a text without one (a pasted
// article, a legal document) is dated by its header, else by the latest full date it prints.
function referenceDate(mentions: Mentions, source: ExtractedSource): string | undefined {
  if (source.publishedAt) return source.publishedAt;
  const header = mentions.header?.date;
  if (header?.year !== undefined) return isoDate(header);
  let latest: string | undefined;
  for (const date of findDates(mentions.view.plain)) {
    if (date.year === undefined || mentions.view.isBoilerplate(date.start)) continue;
    const iso = isoDate(date);
    if (iso && (!latest || iso > latest)) latest = iso;
  }
  return latest;
}

/**
 * Stage 3 of ingest: resolves what one text mentions into its Extraction. Short names
 * take their place from the text ("Quận ủy" → "Quận ủy Long Biên"), citations of one
 * document merge, people get their positions with resolved bodies, and every relation
 * connects resolved endpoints. Bodies are listed under the text's own spelling.
 */
export function resolveMentions(mentions: Mentions, source: ExtractedSource): Extraction {
  const places = readPlaceContext(mentions, source.title, source.places);
  const asOf = referenceDate(mentions, source);
  const registry = createBodyRegistry(places, mentions.bodies, {
    publisherProvince: source.province,
    ownIssuer: mentions.header?.issuerBody,
    asOf,
  });
  for (const body of mentions.bodies) {
    const resolved = registry.resolve(body);
    if (resolved)
      registry.note(
        resolved,
        mentions.view.evidenceAt(body.start),
        mentions.view.plain.slice(body.start, body.end).replace(/\s+/gu, " "),
      );
  }
  const documents = resolveDocuments(mentions, registry, source.publishedAt);
  const subjectIssuer = documents.subjectKey
    ? documents.issuers.get(documents.subjectKey)
    : undefined;
  const people = resolvePeople(mentions, registry, places, subjectIssuer);
  const { meetings, keyOf } = resolveMeetings(mentions, registry, asOf);
  const relations = resolveRelations(mentions, documents, people, keyOf);
  return {
    source,
    documents: documents.documents,
    bodies: registry.bodies(),
    people: people.people,
    meetings,
    relations,
  };
}
