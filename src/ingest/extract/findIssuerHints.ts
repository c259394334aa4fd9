import type { CitationMention } from "./extractCitations.js";
import type { BodyMatch } from "./readBodyAt.js";
import { itemsBetween } from "./spanIndex.js";
import type { Sentence } from "./splitSentences.js";

// "Chính phủ ban hành Nghị định số …", "HĐND thành phố đã thông qua Nghị quyết …".
const ISSUES =
  /^\s*(?:đã\s+|vừa\s+|chính\s+thức\s+|mới\s+)*(?:ký\s+)?(?:ban\s+hành|thông\s+qua|ký|(?:phê\s+duyệt|quyết\s+định)\s+(?:tại|theo))\s+$/u;
// "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số …".
const PROPOSES = /^\s+(?:tại|theo|qua)\s+$/u;
const OF_BEFORE = /của\s+(?:[^,;.]{0,60}\s)?$/u;
// "Thay mặt Bộ Chính trị, Ban Bí thư, đồng chí … đã ký ban hành Quy định …".
const ON_BEHALF = /[Tt]hay\s+mặt\s+$/u;

/**
 * Issuers a sentence names before a citation rather than after it: the subject of
 * "ban hành / thông qua / ký", the proposer in "đề nghị của X tại Tờ trình", and the
 * body a signer acts for ("Thay mặt Bộ Chính trị …, đồng chí … đã ký ban hành …").
 */
export function findIssuerHints(
  text: string,
  sentences: readonly Sentence[],
  sentenceAt: (offset: number) => number,
  citations: readonly CitationMention[],
  bodies: readonly BodyMatch[],
): Map<CitationMention, BodyMatch> {
  const hints = new Map<CitationMention, BodyMatch>();
  for (const citation of citations) {
    if (citation.issuer) continue;
    const sentence = sentences[sentenceAt(citation.start)];
    if (!sentence) continue;
    const before = itemsBetween(bodies, sentence.start, citation.start, (b) => b.start).filter(
      (b) => b.end <= citation.start,
    );
    const last = before[before.length - 1];
    // The verb may follow the body's province apposition ("UBND xã …, tỉnh … ban hành").
    const lastEnd = last ? Math.min(last.placeEnd ?? last.end, citation.start) : 0;
    if (last && citation.start - lastEnd <= 40) {
      const gap = text.slice(lastEnd, citation.start);
      if (ISSUES.test(gap)) {
        hints.set(citation, last);
        continue;
      }
      if (
        PROPOSES.test(gap) &&
        OF_BEFORE.test(text.slice(Math.max(sentence.start, last.start - 80), last.start))
      ) {
        hints.set(citation, last);
        continue;
      }
    }
    if (
      /ký(?:\s+ban\s+hành)?\s+$/u.test(
        text.slice(Math.max(sentence.start, citation.start - 20), citation.start),
      )
    ) {
      const behalf = before.find((b) =>
        ON_BEHALF.test(text.slice(Math.max(sentence.start, b.start - 12), b.start)),
      );
      if (behalf) hints.set(citation, behalf);
    }
  }
  return hints;
}
