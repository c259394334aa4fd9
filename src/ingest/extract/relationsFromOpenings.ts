import { citationExtent } from "./citationExtent.js";
import { OPENING_CUE } from "./cuePhrases.js";
import { documentLike } from "./documentLike.js";
import type { RelationInputs } from "./RelationInputs.js";
import type { MentionRef, RelationMention } from "./RelationMention.js";
import { itemsBetween } from "./spanIndex.js";
import { targetsAfter } from "./targetsAfter.js";

// "Căn cứ các Luật của Quốc hội …: Luật Giao dịch điện tử số …".
const OPENING_GAP = /^\s*(?:các\s+[^;:]{0,100}:\s*)?$/u;
const PRODUCT_VERB = /(?:ban\s+hành|ký\s+ban\s+hành|xây\s+dựng(?:\s+và\s+ban\s+hành)?)\s+$/u;
const ORGANIZES = /tổ\s+chức\s+$/u;

/** Relations a sentence's opening states ("Thực hiện …, X ban hành / tổ chức …", "Căn cứ …"). */
export function relationsFromOpenings(input: RelationInputs, out: RelationMention[]): void {
  const { text, sentences, citations, subject } = input;
  for (const sentence of sentences) {
    if (input.isBoilerplate(sentence.start)) continue;
    const opening = OPENING_CUE.exec(
      text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)),
    );
    if (!opening) continue;
    const cueEnd = sentence.start + opening[0].length;
    const objects = targetsAfter(text, citations, cueEnd, sentence.end, OPENING_GAP, true);
    const last = objects[objects.length - 1];
    if (!last) continue;
    const type = /^(?:Căn|Trên)/iu.test(opening[1] ?? "") ? "BASED_ON" : "IMPLEMENTS";
    let product: MentionRef | undefined;
    if (
      subject &&
      sentence.start >= subject.preambleStart &&
      sentence.start < subject.preambleEnd
    ) {
      product = { subject: true };
    } else {
      const main = citationExtent(last);
      const made = itemsBetween(citations, main, sentence.end, (c) => c.start).find((c) =>
        PRODUCT_VERB.test(text.slice(Math.max(main, c.start - 40), c.start)),
      );
      const issued = input.issued.find(
        (d) =>
          d.start >= main &&
          d.start < sentence.end &&
          PRODUCT_VERB.test(text.slice(Math.max(main, d.start - 40), d.start)),
      );
      const meeting = input.meetings.find(
        (m) =>
          m.start >= main &&
          m.start < sentence.end &&
          ORGANIZES.test(text.slice(Math.max(main, m.start - 20), m.start)),
      );
      product =
        made && documentLike(made)
          ? { citation: made }
          : issued
            ? { issued }
            : meeting
              ? { meeting }
              : undefined;
    }
    if (!product) continue;
    for (const object of objects) {
      out.push({
        type,
        from: product,
        to: { citation: object },
        ...(type === "IMPLEMENTS" ? { implementationKind: "IMPLEMENTS" as const } : {}),
        at: sentence.start,
      });
    }
  }
}
