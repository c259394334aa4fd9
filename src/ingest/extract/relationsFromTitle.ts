import { TITLE_CUES, type CuePhrase } from "./cuePhrases.js";
import type { RelationInputs } from "./RelationInputs.js";
import type { MentionRef, RelationMention } from "./RelationMention.js";
import { targetsAfter } from "./targetsAfter.js";

const OPEN_QUOTE = /[\s“"‘]*/uy;

function cueAt(text: string, at: number): { cue: CuePhrase; end: number } | undefined {
  OPEN_QUOTE.lastIndex = at;
  const lead = OPEN_QUOTE.exec(text);
  const start = at + (lead?.[0].length ?? 0);
  for (const cue of TITLE_CUES) {
    cue.pattern.lastIndex = start;
    const m = cue.pattern.exec(text);
    if (m) return { cue, end: start + m[0].length };
  }
  return undefined;
}

/** Relations a trích yếu's opening states ("về tổ chức thực hiện …", "sửa đổi, bổ sung …"). */
export function relationsFromTitle(
  owner: MentionRef,
  start: number,
  end: number,
  input: RelationInputs,
  out: RelationMention[],
): void {
  const found = cueAt(input.text, start);
  if (!found) return;
  const { cue } = found;
  for (const target of targetsAfter(
    input.text,
    input.citations,
    found.end,
    end,
    cue.gap,
    cue.lists,
  )) {
    out.push({
      type: cue.type,
      from: owner,
      to: { citation: target },
      ...(cue.implementationKind ? { implementationKind: cue.implementationKind } : {}),
      at: start,
    });
  }
}
