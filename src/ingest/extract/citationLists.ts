import type { DocumentKind } from "../../domain.js";
import { citationExtent } from "./citationExtent.js";
import { TITLE_CUES } from "./cuePhrases.js";
import type { CitationMention } from "./extractCitations.js";
import { printedTitle } from "./readTitleSpan.js";
import { itemsBetween } from "./spanIndex.js";

const LIST_GAP = /^\s*(?:,|và|,\s*và)\s*(?:số\s*:?\s*)?$/u;

/**
 * "số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025 của UBND tỉnh", "Chỉ thị số
 * 35-CT/TW, ngày 14/6/2024 và Kết luận số 118-KL/TW, ngày 18/01/2025 của Bộ Chính
 * trị": the date and issuer printed after the last item of a list belong to the items
 * before it that print none, and its topic to those that print no issuer.
 */
export function shareAcrossLists(text: string, citations: CitationMention[]): CitationMention[] {
  const out = [...citations];
  for (let i = out.length - 2; i >= 0; i--) {
    const item = out[i];
    const next = out[i + 1];
    if (!item || !next || !item.code || !next.code || item.title !== undefined) continue;
    const gap = text.slice(item.tailEnd, next.start);
    if (!LIST_GAP.test(gap)) continue;
    // "…, Báo cáo thẩm tra số … của Ủy ban …" after a comma is another item of its own
    // kind: only "và" or a bare "số …" continues the list of the same documents.
    if (!/và/u.test(gap) && next.kindFromWord && next.kind !== item.kind) continue;
    out[i] = {
      ...item,
      ...(!item.date && !item.issuer && next.date ? { date: next.date } : {}),
      ...(!item.issuer && next.issuer ? { issuer: next.issuer, sharedIssuer: true } : {}),
      // A topic after the next item is that item's alone when this one printed its own
      // issuer: "Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Chương trình
      // hành động số 10-CTr/TU … về thực hiện Nghị quyết số 57-NQ/TW".
      ...(!item.title && next.title && !item.issuer ? { title: next.title } : {}),
    };
  }
  return out;
}

// The kinds a decree details or guides.
const NAMES_A_LAW: ReadonlySet<DocumentKind | undefined> = new Set([
  "LAW",
  "CODE",
  "CONSTITUTION",
  "ORDINANCE",
]);

// "… và Công điện số …", "… và hướng dẫn của Bộ Nội vụ tại Công văn số …".
const JOINED =
  /(?:,|\s+và|;)(?:\s+(?:hướng\s+dẫn|chỉ\s+đạo|ý\s+kiến|kết\s+luận)\s+của\s+[^,;]{2,60}?\s+tại)?\s*$/u;

/**
 * "Nghị quyết số 50/NQ-CP … về ban hành Kế hoạch triển khai Nghị quyết số 163/2024/QH15
 * … (Nghị quyết số 50/NQ-CP) và Quyết định số 7619/QĐ-BCA": the short name a text gives
 * a document in parentheses ends its trích yếu, and the list goes on after it.
 */
function endAtOwnShortName(
  text: string,
  citations: CitationMention[],
  c: CitationMention,
): CitationMention {
  const { titleStart, titleEnd, code } = c;
  if (titleStart === undefined || titleEnd === undefined || !code) return c;
  const own = itemsBetween(citations, titleStart + 1, titleEnd, (o) => o.start).find(
    (o) => o.code?.code === code.code && /\(\s*$/u.test(text.slice(titleStart, o.start)),
  );
  if (!own) return c;
  const open = text.lastIndexOf("(", own.start);
  const close = text.indexOf(")", citationExtent(own));
  if (close < 0 || close >= titleEnd + 1) return c;
  const title = printedTitle(text, titleStart, open);
  if (!title) return c;
  return {
    ...c,
    title: title.text,
    titleEnd: open,
    asides: [...c.asides, { start: open, end: close + 1 }],
  };
}

/**
 * A topic trích yếu ("về việc tăng cường … gây ra") ends where ", Công điện số …" or
 * "và Công điện số …" starts the next citation of a list; a trích yếu that opens with
 * a cue ("thực hiện …", "sửa đổi …") keeps the citations it names, but for a decree
 * of its own after the laws a detailing decree names.
 */
export function endTopicsAtNextCitation(
  text: string,
  citations: CitationMention[],
): CitationMention[] {
  return citations.map((cited) => {
    const c = endAtOwnShortName(text, citations, cited);
    const { titleStart, titleEnd } = c;
    if (titleStart === undefined || titleEnd === undefined) return c;
    if (/[“"‘]\s*$/u.test(text.slice(Math.max(0, titleStart - 3), titleStart))) return c;
    const cue = TITLE_CUES.find((cue) => {
      cue.pattern.lastIndex = titleStart;
      return cue.pattern.test(text);
    });
    // A decree details or guides laws, not decrees (a circular may do both): a decree
    // after the laws it names, with its own issuer and trích yếu, is the list's next
    // item: "… Nghị định số 98/2010/NĐ-CP … quy định chi tiết thi hành … Luật Di sản văn
    // hóa và Nghị định số 61/2016/NĐ-CP … của Chính phủ quy định điều kiện …".
    const detailing =
      c.kind === "DECREE" &&
      (cue?.implementationKind === "DETAILS" || cue?.implementationKind === "GUIDES");
    if (cue && !detailing) return c;
    const next = itemsBetween(citations, titleStart + 1, titleEnd, (o) => o.codeStart).find(
      (o) =>
        o.start > titleStart &&
        o.start < titleEnd &&
        JOINED.test(text.slice(titleStart, o.start)) &&
        (!detailing ||
          (o.issuer !== undefined && o.title !== undefined && !NAMES_A_LAW.has(o.kind))),
    );
    if (!next) return c;
    const end = next.start - (JOINED.exec(text.slice(titleStart, next.start))?.[0].length ?? 0);
    const title =
      printedTitle(text, titleStart, end)?.text ??
      text.slice(titleStart, end).replace(/\s+/gu, " ");
    return { ...c, titleEnd: end, title: title.trim() };
  });
}
