import type { DocumentRelationType } from "../../domain.js";
import { changeScope } from "./changeScope.js";
import { citationExtent } from "./citationExtent.js";
import { TITLE_CUES } from "./cuePhrases.js";
import type { RelationInputs } from "./RelationInputs.js";
import type { MentionRef, RelationMention } from "./RelationMention.js";
import { itemsBetween } from "./spanIndex.js";
import { targetsAfter } from "./targetsAfter.js";

const ACTIVE_CHANGE =
  /^\s*(?:Điều\s+\d+\p{L}?\.?\s*)?(?:\d{1,2}[.)]\s*)?((?:(?:Bãi\s+bỏ|Sửa\s+đổi|bổ\s+sung|thay\s+thế|sửa\s+đổi|bãi\s+bỏ)(?:\s*,\s*|\s+và\s+)?)+)/u;
const THIS_REPLACES =
  /(?:Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Quy\s+định|Hướng\s+dẫn|Kết\s+luận|Văn\s+bản)\s+này(?![\p{L}\p{M}])[^.;]{0,120}?(?<![\p{L}\p{M}])thay\s+thế\s+/giu;
const EXPIRES = /hết\s+hiệu\s+lực/giu;

/** What a legal text's own articles do to other documents ("Bãi bỏ …", "… này thay thế …"). */
export function relationsFromLegalBody(input: RelationInputs, out: RelationMention[]): void {
  const { text, sentences, citations, subject } = input;
  if (!subject) return;
  const self: MentionRef = { subject: true };
  let repealing = false;
  for (const sentence of sentences) {
    if (sentence.start < subject.preambleEnd || input.isBoilerplate(sentence.start)) continue;
    const body = text.slice(sentence.start, sentence.end);
    const active = ACTIVE_CHANGE.exec(body);
    if (active) {
      const verbs = (active[1] ?? "").toLowerCase();
      const types: DocumentRelationType[] = [];
      if (/sửa\s+đổi|bổ\s+sung/u.test(verbs)) types.push("AMENDS");
      if (/bãi\s+bỏ/u.test(verbs)) types.push("REPEALS");
      if (/thay\s+thế/u.test(verbs)) types.push("REPLACES");
      const at = sentence.start + active[0].length;
      const gap = TITLE_CUES.find((c) => c.type === "AMENDS")?.gap ?? /^\s*$/u;
      const targets = targetsAfter(text, citations, at, sentence.end, gap, true);
      // What the first target's gap names ("Bãi bỏ khoản 1 Điều 3 …") the list shares.
      const scope = changeScope(text.slice(at, targets[0]?.start ?? at));
      for (const type of types)
        for (const target of targets)
          out.push({
            type,
            from: self,
            to: { citation: target },
            ...(type === "AMENDS" ? {} : { scope }),
            at: sentence.start,
          });
      repealing = types.includes("REPEALS") && targets.length === 0;
      continue;
    }
    if (repealing) {
      const item = /^\s*\d{1,3}[.)]\s*/u.exec(body);
      const target = item
        ? targetsAfter(
            text,
            citations,
            sentence.start + item[0].length,
            sentence.end,
            /^\s*$/u,
            false,
          )[0]
        : undefined;
      if (target) {
        out.push({
          type: "REPEALS",
          from: self,
          to: { citation: target },
          scope: "WHOLE",
          at: sentence.start,
        });
        continue;
      }
      if (/^\s*(?:Điều|Chương|[IVX]+\.)/u.test(body)) repealing = false;
    }
    for (const m of body.matchAll(THIS_REPLACES)) {
      const at = sentence.start + m.index + m[0].length;
      for (const target of targetsAfter(text, citations, at, sentence.end, /^\s*$/u, true)) {
        out.push({ type: "REPLACES", from: self, to: { citation: target }, scope: "WHOLE", at });
      }
    }
    for (const m of body.matchAll(EXPIRES)) {
      const at = sentence.start + m.index;
      const clauseStart = Math.max(sentence.start, text.lastIndexOf(";", at) + 1);
      const clause = itemsBetween(citations, clauseStart, at, (c) => c.start);
      for (const c of clause) {
        if (c.codeEnd > at || !c.code) continue;
        if (clause.some((o) => o !== c && o.start < c.start && citationExtent(o) > c.start))
          continue;
        // "Điều 5 của Quyết định số …, Quy trình … kèm theo Quyết định số … hết hiệu lực".
        const scope = changeScope(text.slice(clauseStart, c.start));
        out.push({ type: "REPEALS", from: self, to: { citation: c }, scope, at });
      }
    }
  }
}
