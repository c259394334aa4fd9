import type { DocumentRelationType, ImplementationKind } from "../../domain.js";
import {
  LIST_JOINER,
  OPENING_CUE,
  PASSIVE_CHANGE,
  TITLE_CUES,
  type CuePhrase,
} from "./cuePhrases.js";
import type { CitationMention } from "./extractCitations.js";
import type { IssuedDocument } from "./extractIssuedDocuments.js";
import type { MeetingMention } from "./extractMeetings.js";
import { itemsBetween, spanIndex } from "./spanIndex.js";
import type { Sentence } from "./splitSentences.js";

/** One side of a relation, before resolution. */
export type MentionRef =
  | { readonly citation: CitationMention }
  | { readonly subject: true }
  | { readonly meeting: MeetingMention }
  | { readonly issued: IssuedDocument };

/** A relation read from the grammar of one sentence. */
export interface RelationMention {
  readonly type: DocumentRelationType;
  readonly from: MentionRef;
  readonly to: { readonly citation: CitationMention };
  readonly implementationKind?: ImplementationKind;
  /** Offset of the cue, for evidence. */
  readonly at: number;
}

interface Inputs {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly citations: readonly CitationMention[];
  readonly meetings: readonly MeetingMention[];
  readonly issued: readonly IssuedDocument[];
  /** The document a legal text is: its title span and where its preamble ends. */
  readonly subject?: {
    readonly titleStart?: number;
    readonly titleEnd?: number;
    readonly preambleStart: number;
    readonly preambleEnd: number;
  };
  readonly isBoilerplate: (offset: number) => boolean;
  readonly sentenceAt: (offset: number) => number;
}

const OPEN_QUOTE = /[\s“"‘]*/uy;
const ACTIVE_CHANGE =
  /^\s*(?:Điều\s+\d+\p{L}?\.?\s*)?(?:\d{1,2}[.)]\s*)?((?:(?:Bãi\s+bỏ|Sửa\s+đổi|bổ\s+sung|thay\s+thế|sửa\s+đổi|bãi\s+bỏ)(?:\s*,\s*|\s+và\s+)?)+)/u;
const THIS_REPLACES =
  /(?:Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Quy\s+định|Hướng\s+dẫn|Kết\s+luận|Văn\s+bản)\s+này(?![\p{L}\p{M}])[^.;]{0,120}?(?<![\p{L}\p{M}])thay\s+thế\s+/giu;
const EXPIRES = /hết\s+hiệu\s+lực/giu;
// "Căn cứ các Luật của Quốc hội …: Luật Giao dịch điện tử số …".
const OPENING_GAP = /^\s*(?:các\s+[^;:]{0,100}:\s*)?$/u;
const PRODUCT_VERB = /(?:ban\s+hành|ký\s+ban\s+hành|xây\s+dựng(?:\s+và\s+ban\s+hành)?)\s+$/u;
const ORGANIZES = /tổ\s+chức\s+$/u;

function extent(c: CitationMention): number {
  return Math.max(c.tailEnd, c.titleEnd ?? 0, ...c.asides.map((a) => a.end));
}

function documentLike(c: CitationMention): boolean {
  return c.code !== undefined || c.shortNumber !== undefined || c.title !== undefined;
}

/** The first citation the cue names, then the ones joined to it in a list. */
function targetsAfter(
  text: string,
  citations: readonly CitationMention[],
  from: number,
  limit: number,
  gap: RegExp,
  lists: boolean,
): CitationMention[] {
  // The first citation after `from` must be the cue's object; `citations` are by start.
  const at = spanIndex(citations, from, (c) => c.start);
  const first = citations[at];
  if (
    !first ||
    first.start >= limit ||
    !documentLike(first) ||
    !gap.test(text.slice(from, first.start))
  ) {
    return [];
  }
  const out = [first];
  if (!lists) return out;
  let last = first;
  for (let i = at + 1; i < citations.length; i++) {
    const next = citations[i];
    if (!next || next.start >= limit) break;
    if (next.start <= last.start || next.start < extent(last)) continue;
    if (!LIST_JOINER.test(text.slice(extent(last), next.start))) break;
    out.push(next);
    last = next;
  }
  return out;
}

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

function fromTitle(
  owner: MentionRef,
  start: number,
  end: number,
  input: Inputs,
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

function fromOpenings(input: Inputs, out: RelationMention[]): void {
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
      const main = extent(last);
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

function fromPassives(
  input: Inputs,
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
    // item with its own "được …" opens the next clause, not this list.
    const own = listed.findIndex(
      (c, i) => i > 0 && /^\s*(?:đã\s+)?được\s/u.test(text.slice(extent(c), extent(c) + 12)),
    );
    const targets = own < 0 ? listed : listed.slice(0, own);
    const changed = itemsBetween(citations, sentence.start, m.index, (c) => c.start)
      .reverse()
      .find((c) => c.codeEnd <= m.index && documentLike(c));
    if (!changed || !targets.length) continue;
    const type = /thay/iu.test(m[1] ?? "") ? "REPLACES" : "AMENDS";
    for (const target of targets)
      out.push({ type, from: { citation: target }, to: { citation: changed }, at: m.index });
  }
}

function fromLegalBody(input: Inputs, out: RelationMention[]): void {
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
      for (const type of types)
        for (const target of targets)
          out.push({ type, from: self, to: { citation: target }, at: sentence.start });
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
        out.push({ type: "REPEALS", from: self, to: { citation: target }, at: sentence.start });
        continue;
      }
      if (/^\s*(?:Điều|Chương|[IVX]+\.)/u.test(body)) repealing = false;
    }
    for (const m of body.matchAll(THIS_REPLACES)) {
      const at = sentence.start + m.index + m[0].length;
      for (const target of targetsAfter(text, citations, at, sentence.end, /^\s*$/u, true)) {
        out.push({ type: "REPLACES", from: self, to: { citation: target }, at });
      }
    }
    for (const m of body.matchAll(EXPIRES)) {
      const at = sentence.start + m.index;
      const clauseStart = Math.max(sentence.start, text.lastIndexOf(";", at) + 1);
      const clause = itemsBetween(citations, clauseStart, at, (c) => c.start);
      for (const c of clause) {
        if (c.codeEnd > at || !c.code) continue;
        if (clause.some((o) => o !== c && o.start < c.start && extent(o) > c.start)) continue;
        out.push({ type: "REPEALS", from: self, to: { citation: c }, at });
      }
    }
  }
}

/**
 * Relations between documents (and from meetings to documents) that the grammar of a
 * sentence supports: a trích yếu's opening ("về tổ chức thực hiện …", "quy định chi
 * tiết … thi hành …", "sửa đổi, bổ sung …"), a sentence's opening ("Thực hiện …, X
 * ban hành / tổ chức …", "Căn cứ …" in a preamble), passive changes ("được sửa đổi, bổ
 * sung bởi …"), and a legal text's own articles ("Bãi bỏ …", "… này thay thế …").
 */
export function extractRelations(given: Inputs): RelationMention[] {
  const out: RelationMention[] = [];
  const input: Inputs = {
    ...given,
    citations: [...given.citations].sort((a, b) => a.start - b.start),
  };
  const sentenceOf = (at: number): Sentence | undefined => input.sentences[input.sentenceAt(at)];
  for (const citation of input.citations) {
    if (citation.titleStart === undefined || citation.titleEnd === undefined) continue;
    if (input.isBoilerplate(citation.start)) continue;
    fromTitle({ citation }, citation.titleStart, citation.titleEnd, input, out);
  }
  const { subject } = input;
  if (subject?.titleStart !== undefined && subject.titleEnd !== undefined) {
    fromTitle({ subject: true }, subject.titleStart, subject.titleEnd, input, out);
  }
  for (const issued of input.issued)
    fromTitle({ issued }, issued.titleStart, issued.end, input, out);
  fromOpenings(input, out);
  fromPassives(input, out, sentenceOf);
  fromLegalBody(input, out);
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
