import { changeScope } from "./changeScope.js";
import { TITLE_CUES, type CuePhrase } from "./cuePhrases.js";
import type { RelationInputs } from "./RelationInputs.js";
import type { MentionRef, RelationMention } from "./RelationMention.js";
import { targetsAfter } from "./targetsAfter.js";

const OPEN_QUOTE = /[\s“"‘]*/uy;

/** The cues a trích yếu opens with at `at`, each with where it ends, in TITLE_CUES' order. */
function* cuesAt(text: string, at: number): Generator<{ cue: CuePhrase; end: number }> {
  OPEN_QUOTE.lastIndex = at;
  const lead = OPEN_QUOTE.exec(text);
  const start = at + (lead?.[0].length ?? 0);
  for (const cue of TITLE_CUES) {
    cue.pattern.lastIndex = start;
    const m = cue.pattern.exec(text);
    if (m) yield { cue, end: start + m[0].length };
  }
}

/**
 * Relations a trích yếu's opening states ("về tổ chức thực hiện …", "sửa đổi, bổ sung
 * …"): those of the first cue it opens with that names a document ("Sửa đổi, bổ sung,
 * cập nhật Chương trình … thực hiện Nghị quyết số …" amends nothing it names).
 */
export function relationsFromTitle(
  owner: MentionRef,
  start: number,
  end: number,
  input: RelationInputs,
  out: RelationMention[],
): void {
  for (const { cue, end: cueEnd } of cuesAt(input.text, start)) {
    const targets = targetsAfter(input.text, input.citations, cueEnd, end, cue.gap, cue.lists);
    const changes = cue.type === "REPEALS" || cue.type === "REPLACES";
    const scope = changeScope(input.text.slice(cueEnd, targets[0]?.start ?? cueEnd));
    for (const target of targets) {
      out.push({
        type: cue.type,
        from: owner,
        to: { citation: target },
        ...(cue.implementationKind ? { implementationKind: cue.implementationKind } : {}),
        ...(changes ? { scope } : {}),
        at: start,
      });
    }
    if (targets.length > 0) return;
  }
}
