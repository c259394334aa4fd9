import type { DocumentKind } from "../../domain.js";
import { relationsFromLegalBody } from "./relationsFromLegalBody.js";
import { relationsFromOpenings } from "./relationsFromOpenings.js";
import { relationsFromPassives } from "./relationsFromPassives.js";
import { relationsFromTitle } from "./relationsFromTitle.js";
import type { RelationInputs } from "./RelationInputs.js";
import type { RelationMention } from "./RelationMention.js";
import type { Sentence } from "./splitSentences.js";

export type { MentionRef, RelationMention } from "./RelationMention.js";

const PROPOSES_OR_REPORTS: ReadonlySet<DocumentKind> = new Set(["SUBMISSION", "REPORT"]);

/**
 * Relations between documents (and from meetings to documents) that the grammar of a
 * sentence supports: a trích yếu's opening ("về tổ chức thực hiện …", "quy định chi
 * tiết … thi hành …", "sửa đổi, bổ sung …"), a sentence's opening ("Thực hiện …, X
 * ban hành / tổ chức …", "Căn cứ …" in a preamble), passive changes ("được sửa đổi, bổ
 * sung bởi …"), and a legal text's own articles ("Bãi bỏ …", "… này thay thế …").
 */
export function extractRelations(given: RelationInputs): RelationMention[] {
  const out: RelationMention[] = [];
  const input: RelationInputs = {
    ...given,
    citations: [...given.citations].sort((a, b) => a.start - b.start),
  };
  const sentenceOf = (at: number): Sentence | undefined => input.sentences[input.sentenceAt(at)];
  for (const citation of input.citations) {
    if (citation.titleStart === undefined || citation.titleEnd === undefined) continue;
    if (input.isBoilerplate(citation.start)) continue;
    // "Tờ trình số … về việc bãi bỏ Quyết định số …" proposes; the decision repeals.
    if (citation.kind && PROPOSES_OR_REPORTS.has(citation.kind)) continue;
    relationsFromTitle({ citation }, citation.titleStart, citation.titleEnd, input, out);
  }
  const { subject } = input;
  if (subject?.titleStart !== undefined && subject.titleEnd !== undefined) {
    relationsFromTitle({ subject: true }, subject.titleStart, subject.titleEnd, input, out);
  }
  for (const issued of input.issued)
    relationsFromTitle({ issued }, issued.titleStart, issued.end, input, out);
  relationsFromOpenings(input, out);
  relationsFromPassives(input, out, sentenceOf);
  relationsFromLegalBody(input, out);
  for (const meeting of input.meetings) {
    for (const reviewed of meeting.reviews) {
      out.push({
        type: "REVIEWS",
        from: { meeting },
        to: { citation: reviewed },
        at: meeting.start,
      });
    }
  }
  return out;
}
