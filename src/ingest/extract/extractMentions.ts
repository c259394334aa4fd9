import type { NormalizedText } from "../normalize/index.js";
import { isInCapitals } from "../../text/index.js";
import { OPENING_CUE } from "./cuePhrases.js";
import { createTextView, type TextView } from "./TextView.js";
import { extractBodies } from "./extractBodies.js";
import { extractCitations, type CitationMention } from "./extractCitations.js";
import { extractIssuedDocuments, type IssuedDocument } from "./extractIssuedDocuments.js";
import { extractMeetings, type MeetingMention } from "./extractMeetings.js";
import { extractOfficials, type PersonMention } from "./extractOfficials.js";
import { extractRelations, type RelationMention } from "./extractRelations.js";
import { findIssuerHints } from "./findIssuerHints.js";
import type { BodyMatch } from "./readBodyAt.js";
import { readHeader, type DocumentHeader } from "./readHeader.js";
import { readSignatures, type Signature } from "./readSignatures.js";

/** Everything stage 2 reads in one text, before names and references are resolved. */
export interface Mentions {
  readonly view: TextView;
  readonly header?: DocumentHeader;
  /** Where the subject document's preamble (căn cứ, thực hiện…) ends. */
  readonly preambleEnd: number;
  readonly citations: readonly CitationMention[];
  /** Issuers read around a citation ("X ban hành …", "đề nghị của X tại Tờ trình …"). */
  readonly issuerHints: ReadonlyMap<CitationMention, BodyMatch>;
  readonly issued: readonly IssuedDocument[];
  readonly bodies: readonly BodyMatch[];
  readonly people: readonly PersonMention[];
  readonly signatures: readonly Signature[];
  readonly meetings: readonly MeetingMention[];
  readonly relations: readonly RelationMention[];
  /** "Theo đề nghị của Bộ trưởng Bộ Tài chính": who proposed the subject document. */
  readonly proposer?: BodyMatch;
}

const PREAMBLE_END =
  /\n[ \t]*(?:Điều\s+1(?!\d)|QUYẾT\s+(?:ĐỊNH|NGHỊ)\s*:|QUYẾT\s+NGHỊ(?![\p{L}\p{M}])|Phần\s+(?:I|thứ\s+nhất)(?![\p{L}\p{M}])|Chương\s+I(?![\p{L}\p{M}])|I\.\s|1\.\s|A\.\s)/u;
const PROPOSER = /(?:^|\n)[ \t]*(?:Theo|Xét)\s+đề\s+nghị\s+của\s+/gu;
// Before a letter's first paragraph: its recipients, its subject line, lines in capitals
// (the signer's title above a notice's "Căn cứ …"), short lines of the page around it.
const BEFORE_OPENING = /^(?:Kính\s+gửi|V\/v|Về\s+việc)/u;
const SHORT_LINE = 100;

/**
 * The preamble of a text without articles or numbered parts (a short letter: "Kính gửi:
 * …", then "Thực hiện Nghị định số …, Bộ Tài chính đề nghị …"): the run of sentences
 * opening with a cue that starts its body, or nothing when its body starts otherwise
 * ("Xét đề nghị …, Phó Thủ tướng có ý kiến như sau: …").
 */
function openingSentencesEnd(view: TextView, from: number): number {
  let end = from;
  for (const sentence of view.sentences) {
    if (sentence.start < from || view.isBoilerplate(sentence.start)) continue;
    const content = view.plain.slice(sentence.start, sentence.end);
    if (OPENING_CUE.test(content.slice(0, 60))) {
      end = sentence.end;
      continue;
    }
    const beforeBody =
      BEFORE_OPENING.test(content) || isInCapitals(content) || content.length < SHORT_LINE;
    if (end > from || !beforeBody) break;
  }
  return end;
}

/**
 * Stage 2 of ingest: reads a normalized text's citations, bodies, people, signatures,
 * meetings and the relations its sentences state. Mentions inside recipient lists and
 * legal-database boilerplate are left out.
 */
export function extractMentions(normalized: NormalizedText, publishedAt?: string): Mentions {
  const view = createTextView(normalized);
  const { plain } = view;
  const keep = <T extends { start: number }>(items: readonly T[]): T[] =>
    items.filter((item) => !view.isBoilerplate(item.start));
  const header = readHeader(plain);
  const citations = keep(extractCitations(plain));
  const bodies = keep(extractBodies(plain));
  const people = keep(extractOfficials(plain));
  const signatures = readSignatures(view.text);
  const preambleStart = header?.end ?? 0;
  const after = PREAMBLE_END.exec(plain.slice(preambleStart, preambleStart + 20000));
  const preambleEnd = !header
    ? 0
    : after
      ? preambleStart + after.index
      : openingSentencesEnd(view, preambleStart);
  const shared = {
    text: plain,
    sentences: view.sentences,
    sentenceAt: view.sentenceAt,
    isBoilerplate: view.isBoilerplate,
  };
  // "Quyết định số 1745/QĐ-TTg … về việc ban hành Kế hoạch thực hiện Kết luận số
  // 149-KL/TW": a plan a trích yếu says its document issues is that document, which
  // carries out what the plan does (relationsFromTitle), not a second, unnumbered one.
  const titles = [
    ...citations.map((c) => ({ start: c.titleStart, end: c.titleEnd })),
    { start: header?.titleStart, end: header?.titleEnd },
  ];
  const issued = extractIssuedDocuments({ ...shared, bodies, citations }).filter(
    (d) =>
      !(header && d.start >= preambleStart && d.start < preambleEnd && d.kind === header.kind) &&
      !titles.some(
        ({ start, end }) =>
          start !== undefined && end !== undefined && d.start >= start && d.start < end,
      ),
  );
  const meetings = extractMeetings({ ...shared, citations, bodies, people });
  const relations = extractRelations({
    ...shared,
    citations,
    meetings,
    issued,
    ...(header
      ? {
          subject: {
            ...(header.titleStart !== undefined ? { titleStart: header.titleStart } : {}),
            ...(header.titleEnd !== undefined ? { titleEnd: header.titleEnd } : {}),
            preambleStart,
            preambleEnd,
          },
        }
      : {}),
  });
  let proposer: BodyMatch | undefined;
  if (header) {
    for (const m of plain.slice(preambleStart, preambleEnd).matchAll(PROPOSER)) {
      const at = preambleStart + m.index + m[0].length;
      proposer = bodies.find((b) => b.start >= at && b.start < at + 60);
      if (proposer) break;
    }
  }
  void publishedAt;
  return {
    view,
    ...(header ? { header } : {}),
    preambleEnd,
    citations,
    issuerHints: findIssuerHints(plain, view.sentences, view.sentenceAt, citations, bodies),
    issued,
    bodies,
    people,
    signatures,
    meetings,
    relations,
    ...(proposer ? { proposer } : {}),
  };
}
