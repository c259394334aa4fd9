// The public face of ingest: the pipeline up to the graph (normalize → extract →
// resolve) and the extraction contract's JSON. Kept in one file because this folder's
// stages own their own folders and the pipeline is only their composition.
import {
  DOCUMENT_KINDS,
  type Endpoint,
  type Evidence,
  type Extraction,
  type ExtractedBody,
  type ExtractedDocument,
  type ExtractedMeeting,
  type ExtractedPerson,
  type ExtractedSource,
} from "../domain.js";
import { ErrorCode, GovgraphError } from "../errors.js";
import { provincePlace } from "../identity/index.js";
import { foldVietnamese } from "../text/index.js";
import { extractMentions, provinceOf, readPublisherPlace } from "./extract/index.js";
import { normalizeSource, readableQuote, type NormalizedText } from "./normalize/index.js";
import { resolveMentions } from "./resolve/index.js";
/** What the caller knows about a text beyond its content. */
export interface SourceOptions {
  readonly url?: string;
  readonly title?: string;
  /** ISO date the text was published: dates without a year ("chiều ngày 30/6") take it. */
  readonly publishedAt?: string;
  /** The publisher's province ("thành phố Hà Nội", "Đắk Nông"), see ExtractedSource. */
  readonly province?: string;
  /**
   * The publisher's place, levels joined by commas ("huyện Đắk Song, tỉnh Đắk Nông"); its
   * province, when it names one, is the publisher's province unless `province` says.
   */
  readonly place?: string;
}

const EMPTY: Omit<Extraction, "source"> = {
  documents: [],
  bodies: [],
  people: [],
  meetings: [],
  relations: [],
};

function isBlank(input: string | Uint8Array): boolean {
  if (typeof input === "string") return !/\S/u.test(input);
  return input.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d);
}

interface Lead {
  readonly text: string;
  readonly span: readonly [number, number];
}

// Front matter "description: …" of a news item, often the only place saying who met
// when ("Sáng ngày 1/10, … đã tổ chức Hội nghị … Ông Điểu Xuân Hùng … chủ trì").
const DESCRIPTION = /(?:^|\n)[ \t]*"?description"?[ \t]*:[ \t]*("(?:[^"\\\n]|\\.)*"|[^\n]*)/u;

function readDescription(original: string): Lead | undefined {
  const front = /^\uFEFF?\s*---[^\n]*\n([\s\S]{0,20000}?)\n---/u.exec(original);
  if (!front) return undefined;
  const m = DESCRIPTION.exec(front[1] ?? "");
  const raw = m?.[1]?.trim();
  if (!m || !raw) return undefined;
  let text = raw;
  if (raw.startsWith('"')) {
    try {
      text = JSON.parse(raw) as string;
    } catch {
      text = raw.slice(1, -1);
    }
  }
  const at = front.index + front[0].indexOf(front[1] ?? "") + m.index + m[0].indexOf(raw);
  return text.trim() ? { text: text.trim(), span: [at, at + raw.length] } : undefined;
}

function contains(haystack: string, needle: string): boolean {
  return haystack.includes(foldVietnamese(needle).slice(0, 80));
}

// A news item's title and front-matter description often carry facts its body does not
// repeat ("Giấy mời số 88/GM-UBND … của UBND huyện"); they are read as the text's first
// paragraphs, quoted from where they stand in the original.
function withLead(normalized: NormalizedText, title: string | undefined): NormalizedText {
  const body = foldVietnamese(normalized.text);
  const leads: Lead[] = [];
  if (title?.trim() && !contains(body, title)) {
    const found = normalized.original.indexOf(title.trim().slice(0, 40));
    leads.push({
      text: title.trim(),
      span: found < 0 ? [0, 0] : [found, found + title.trim().length],
    });
  }
  const description = readDescription(normalized.original);
  if (description && !contains(body, description.text)) leads.push(description);
  if (!leads.length) return normalized;
  const parts: { start: number; end: number; span: readonly [number, number] }[] = [];
  let head = "";
  for (const lead of leads) {
    parts.push({ start: head.length, end: head.length + lead.text.length, span: lead.span });
    head += `${lead.text}\n\n`;
  }
  const toOriginal = (start: number, end: number): readonly [number, number] => {
    if (start >= head.length) return normalized.toOriginal(start - head.length, end - head.length);
    const first = parts.find((p) => start < p.end + 2) ?? parts[0];
    const from = first?.span[0] ?? 0;
    if (end <= head.length) {
      const last = [...parts].reverse().find((p) => end > p.start) ?? first;
      return [from, Math.max(from, last?.span[1] ?? from)];
    }
    return [from, normalized.toOriginal(0, end - head.length)[1]];
  };
  return {
    ...normalized,
    text: head + normalized.text,
    toOriginal,
    quote: (start, end) => normalized.original.slice(...toOriginal(start, end)),
    readable: (start, end) => {
      if (start >= head.length) return normalized.readable(start - head.length, end - head.length);
      const lead = readableQuote(head.slice(start, Math.min(end, head.length)), "none");
      if (end <= head.length) return lead;
      return `${lead} ${normalized.readable(0, end - head.length)}`.trim();
    },
  };
}

/**
 * The ingest pipeline up to the graph: normalize → extract → resolve. Returns what the
 * text says about documents, bodies, people, meetings and their relations, each with
 * the sentence it was read from. Blank input yields an empty extraction; input that
 * is not text throws BAD_USER_INPUT, undecodable bytes INVALID_ENCODING.
 */
export function extractText(input: string | Uint8Array, options: SourceOptions = {}): Extraction {
  if (isBlank(input)) return { source: sourceOf(options, undefined, undefined), ...EMPTY };
  return extractNormalized(normalizeSource(input), options);
}

/**
 * Extract → resolve for a text already normalized (callers that also need the
 * normalized text, e.g. to hash it, normalize once and call this).
 */
export function extractNormalized(
  normalized: NormalizedText,
  options: SourceOptions = {},
): Extraction {
  const title = options.title ?? normalized.meta.title;
  const publishedAt = options.publishedAt ?? normalized.meta.publishedAt;
  const source = sourceOf(options, title, publishedAt);
  const mentions = extractMentions(withLead(normalized, title), publishedAt);
  return resolveMentions(mentions, source);
}

function sourceOf(
  options: SourceOptions,
  title: string | undefined,
  publishedAt: string | undefined,
): ExtractedSource {
  const t = options.title ?? title;
  const p = options.publishedAt ?? publishedAt;
  const places = options.place ? readPublisherPlace(options.place) : undefined;
  const province = options.province ?? (places && provinceOf(places));
  return {
    ...(t ? { title: t } : {}),
    ...(p ? { publishedAt: p } : {}),
    ...(options.url ? { url: options.url } : {}),
    ...(province ? { province: checkProvince(province) } : {}),
    ...(places ? { places } : {}),
  };
}

/** A publisher's province as given, once it is known to name one; else BAD_USER_INPUT. */
function checkProvince(value: string): string {
  if (!provincePlace(value)) {
    throw new GovgraphError(
      ErrorCode.BAD_USER_INPUT,
      `province must name a province or centrally-run city ('thành phố Hà Nội', 'Đắk Nông'), got '${value.slice(0, 80)}'`,
    );
  }
  return value.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** A relation endpoint as CONTRACT.md writes it; a document without number is described. */
export type ContractEndpoint =
  | { readonly document: string }
  | {
      readonly document: null;
      readonly kind: string;
      readonly issuer?: string;
      readonly title?: string;
    }
  | { readonly body: string }
  | { readonly person: string }
  | { readonly meeting: string };

/**
 * The JSON `govgraph extract --json` prints (shared/eval/CONTRACT.md), plus evidence:
 * the extraction's own records, with kinds by their Vietnamese names, meetings keyed by
 * `id`, relations naming documents by code, and empty fields left out.
 */
export interface ContractJson {
  readonly source: ExtractedSource;
  readonly documents: readonly (Omit<ExtractedDocument, "key" | "kind" | "system"> & {
    readonly kind: string;
  })[];
  readonly bodies: readonly (Pick<ExtractedBody, "name" | "evidence"> &
    Partial<Pick<ExtractedBody, "aliases" | "province">>)[];
  readonly people: readonly Pick<ExtractedPerson, "name" | "positions" | "evidence">[];
  readonly meetings: readonly (Omit<ExtractedMeeting, "key" | "kind"> & {
    readonly id: string;
  })[];
  readonly relations: readonly {
    readonly type: string;
    readonly from: ContractEndpoint;
    readonly to: ContractEndpoint;
    readonly kind?: string;
    readonly role?: string;
    readonly evidence: Evidence;
  }[];
}

/** Writes an extraction in the shape of shared/eval/CONTRACT.md, with evidence kept. */
export function toContractJson(extraction: Extraction): ContractJson {
  const documents = new Map(extraction.documents.map((d) => [d.key, d]));
  const endpoint = (e: Endpoint): ContractEndpoint => {
    if (!("document" in e)) return e;
    const d = documents.get(e.document);
    if (d?.code) return { document: d.code };
    return {
      document: null,
      kind: DOCUMENT_KINDS[d?.kind ?? "OTHER"].name,
      ...(d?.issuer ? { issuer: d.issuer } : {}),
      ...(d?.title ? { title: d.title } : {}),
    };
  };
  return {
    source: extraction.source,
    documents: extraction.documents.map((d) => ({
      ...(d.code ? { code: d.code } : {}),
      kind: DOCUMENT_KINDS[d.kind].name,
      ...(d.issuer ? { issuer: d.issuer } : {}),
      ...(d.issuedOn ? { issuedOn: d.issuedOn } : {}),
      ...(d.year !== undefined ? { year: d.year } : {}),
      ...(d.title ? { title: d.title } : {}),
      ...(d.isSubject ? { isSubject: true } : {}),
      evidence: d.evidence,
    })),
    bodies: extraction.bodies.map((b) => ({
      name: b.name,
      ...(b.province ? { province: b.province } : {}),
      ...(b.aliases.length ? { aliases: b.aliases } : {}),
      evidence: b.evidence,
    })),
    people: extraction.people.map((p) => ({
      name: p.name,
      // The contract's positions are the posts a text says are held; a former one
      // ("nguyên …") is the graph's (HOLDS_POSITION.formerBy), not a post held then.
      positions: p.positions
        .filter((x) => !x.former)
        .map((x) => ({ title: x.title, ...(x.body ? { body: x.body } : {}) })),
      evidence: p.evidence,
    })),
    meetings: extraction.meetings.map((m) => ({
      id: m.key,
      title: m.title,
      ...(m.date ? { date: m.date } : {}),
      ...(m.organizer ? { organizer: m.organizer } : {}),
      ...(m.venue ? { venue: m.venue } : {}),
      evidence: m.evidence,
    })),
    relations: extraction.relations.map((r) => ({
      type: r.type,
      from: endpoint(r.from),
      to: endpoint(r.to),
      ...(r.implementationKind ? { kind: r.implementationKind } : {}),
      ...(r.role ? { role: r.role } : {}),
      evidence: r.evidence,
    })),
  };
}
