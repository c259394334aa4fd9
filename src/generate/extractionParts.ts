import { DOCUMENT_KINDS, type ExtractedBody, type ExtractedDocument } from "../domain.js";
import type { CatalogueBody } from "./BodyCatalogue.js";
import { shortDate } from "./dates.js";
import type { GenDoc } from "./GeneratedText.js";

// What a generated text states, in the extraction contract's terms: the load stage then
// derives every id from it exactly as it would from a real text's extraction.

/** A fact's evidence: the whole generated sentence. */
export const evidence = (sentence: string) => ({ sentence, start: 0, end: sentence.length });

/** The bodies a text names, placed as an extraction of the text would place them. */
export function listed(bodies: readonly CatalogueBody[]): ExtractedBody[] {
  const byId = new Map(bodies.map((body) => [body.id, body]));
  return [...byId.values()].map((body) => ({
    name: body.name,
    kind: body.kind,
    level: body.level,
    ...(body.province ? { province: body.province } : {}),
    aliases: [],
    evidence: evidence(body.name),
  }));
}

export function cited(
  doc: GenDoc,
  key: string,
  sentence: string,
  isSubject: boolean,
): ExtractedDocument {
  return {
    key,
    ...(doc.code ? { code: doc.code } : {}),
    kind: doc.kind,
    system: doc.system,
    issuer: doc.issuer.name,
    issuedOn: doc.issuedOn,
    year: doc.year,
    title: doc.title,
    isSubject,
    evidence: evidence(sentence),
  };
}

export function issuance(doc: GenDoc): string {
  const kind = DOCUMENT_KINDS[doc.kind].name;
  const number = doc.code ? ` số ${doc.code}` : "";
  return `${doc.issuer.name} ban hành ${kind}${number} ngày ${shortDate(doc.issuedOn)} ${doc.title}.`;
}
