import type {
  Evidence,
  ExtractedDocument,
  Extraction,
  ExtractedRelation,
} from "../../src/domain.js";

export const evidence = (sentence: string): Evidence => ({
  sentence,
  start: 0,
  end: sentence.length,
});

/** An extraction built by hand, for tests of the stages after extract. */
export function extraction(parts: Partial<Extraction> = {}): Extraction {
  return {
    source: parts.source ?? {},
    documents: parts.documents ?? [],
    bodies: parts.bodies ?? [],
    people: parts.people ?? [],
    meetings: parts.meetings ?? [],
    relations: parts.relations ?? [],
  };
}

export function cited(
  code: string,
  fields: Partial<ExtractedDocument> & Pick<ExtractedDocument, "kind">,
): ExtractedDocument {
  return { key: code, code, evidence: evidence(`… ${code} …`), ...fields };
}

export function relation(
  type: ExtractedRelation["type"],
  from: string,
  to: string,
  sentence = `${from} ${type} ${to}`,
): ExtractedRelation {
  return { type, from: { document: from }, to: { document: to }, evidence: evidence(sentence) };
}
