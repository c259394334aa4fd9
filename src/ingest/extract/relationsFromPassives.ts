import { citationExtent } from "./citationExtent.js";
import { PASSIVE_CHANGE } from "./cuePhrases.js";
import { documentLike } from "./documentLike.js";
import type { RelationInputs } from "./RelationInputs.js";
import type { RelationMention } from "./RelationMention.js";
import { itemsBetween } from "./spanIndex.js";
import type { Sentence } from "./splitSentences.js";
import { targetsAfter } from "./targetsAfter.js";

const UNNUMBERED_AMENDING_LAW = /^\s*Luật\s+sửa\s+đổi[^;]*\scủa\s+(?:các\s+)?Luật\s/iu;

/** Changes stated in the passive ("được sửa đổi, bổ sung bởi …"), from the changer to the changed. */
export function relationsFromPassives(
  input: RelationInputs,
  out: RelationMention[],
  sentenceOf: (at: number) => Sentence | undefined,
): void {
  const { text, citations } = input;
  for (const m of text.matchAll(PASSIVE_CHANGE)) {
    if (input.isBoilerplate(m.index)) continue;
    const sentence = sentenceOf(m.index);
    if (!sentence) continue;
    const after = m.index + m[0].length;
    const listed = targetsAfter(text, citations, after, sentence.end, /^\s*$/u, true);
    // "… bởi Luật số 87/2025/QH15 và Nghị định số 120/2020/NĐ-CP được sửa đổi …": an
    // item with its own "được …" opens the next clause, not this list. So does an item
    // after a semicolon that is more than a number: "Căn cứ các Nghị định: số
    // 88/2024/NĐ-CP … được sửa đổi, bổ sung bởi Nghị định số 226/2025/NĐ-CP; Nghị định
    // số 102/2024/NĐ-CP quy định …" goes on with the preamble's list, where "theo Luật
    // số 36/2009/QH12; Luật số 42/2019/QH14 và …" lists the amending laws.
    const own = listed.findIndex(
      (c, i) =>
        i > 0 &&
        (/^\s*(?:đã\s+)?được\s/u.test(text.slice(citationExtent(c), citationExtent(c) + 12)) ||
          (text.slice(citationExtent(listed[i - 1]!), c.start).includes(";") &&
            (c.title !== undefined || c.date !== undefined || c.issuer !== undefined))),
    );
    const targets = own < 0 ? listed : listed.slice(0, own);
    const changed = itemsBetween(citations, sentence.start, m.index, (c) => c.start)
      .reverse()
      .find((c) => c.codeEnd <= m.index && documentLike(c));
    if (!changed || !targets.length) continue;
    // "Luật Đất đai số 31/2024/QH15 … được sửa đổi, bổ sung một số điều tại Luật sửa đổi,
    // bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 …":
    // the amending law goes unnumbered, and the laws its name lists are the ones it
    // amends. "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng số 62/2020/QH14"
    // numbers the amending law itself.
    const first = targets[0];
    if (
      first?.code &&
      first.code.code === changed.code?.code &&
      UNNUMBERED_AMENDING_LAW.test(text.slice(after, first.codeStart))
    )
      continue;
    const type = /thay/iu.test(m[1] ?? "") ? "REPLACES" : "AMENDS";
    for (const target of targets)
      out.push({ type, from: { citation: target }, to: { citation: changed }, at: m.index });
  }
}
