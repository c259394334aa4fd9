import type { BodyKind, DocumentKind, Evidence, ExtractedDocument } from "../../domain.js";
import {
  bearerOn,
  hasCentralPartyMark,
  hasPartyCommitteeMark,
  nationalIssuerOf,
  type DocumentCode,
} from "../../identity/index.js";
import { foldVietnamese } from "../../text/index.js";
import {
  isoDate,
  spanIndex,
  type CitationMention,
  type IssuedDocument,
  type Mentions,
} from "../extract/index.js";
import type { BodyRegistry, ResolvedBody } from "./resolveBodies.js";

/** The documents of one text and how its mentions map onto them. */
export interface ResolvedDocuments {
  readonly documents: ExtractedDocument[];
  readonly keyOfCitation: ReadonlyMap<CitationMention, string>;
  readonly keyOfIssued: ReadonlyMap<IssuedDocument, string>;
  readonly subjectKey?: string;
  /** Issuing body of each document key, for ISSUED_BY. */
  readonly issuers: ReadonlyMap<string, ResolvedBody>;
}

const STATE_KINDS: ReadonlySet<BodyKind> = new Set([
  "GOVERNMENT",
  "MINISTRY",
  "NATIONAL_ASSEMBLY",
  "PEOPLES_COMMITTEE",
  "PEOPLES_COUNCIL",
]);
const PARTY_CENTRAL = new Set(["Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương"]);
const LAW_KINDS: ReadonlySet<DocumentKind> = new Set(["LAW", "CODE", "CONSTITUTION", "ORDINANCE"]);

interface Group {
  key: string;
  code?: DocumentCode;
  mentions: CitationMention[];
  isSubject: boolean;
}

function nearBefore(citations: readonly CitationMention[], at: number): CitationMention[] {
  const out: CitationMention[] = [];
  for (let i = spanIndex(citations, at, (c) => c.codeStart) - 1; i >= 0; i--) {
    const c = citations[i];
    if (!c || c.codeStart < at - 1200) break;
    out.push(c);
  }
  return out;
}

function groupKey(code: DocumentCode): string {
  const year = code.system === "STATE_LEGAL" ? (code.year ?? "") : "";
  return `${code.number}/${year}/${code.symbol.toUpperCase()}`;
}

function printedCode(group: Group): string | undefined {
  const codes = group.mentions.map((m) => m.code).filter((c): c is DocumentCode => c !== undefined);
  const withYear = codes.find(
    (c) => c.system !== "STATE_LEGAL" || /\/(?:19|20)\d\d\//u.test(c.code),
  );
  return (withYear ?? codes[0] ?? group.code)?.code;
}

function fold(text: string): string {
  return foldVietnamese(text)
    .replace(/[“”"'.,;:()]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * Merges a text's citations into documents: one per number-symbol (a legal number cited
 * without its year, "32/NĐ-CP ngày 29/3/2021", is 32/2021/NĐ-CP), short forms ("Nghị
 * quyết 18") onto the full citation, laws cited by name onto the numbered law of that
 * name; the subject document (from the header) first.
 */
export function resolveDocuments(
  mentions: Mentions,
  registry: BodyRegistry,
  publishedAt: string | undefined,
): ResolvedDocuments {
  const { view, header, citations } = mentions;
  const groups = new Map<string, Group>();
  const keyOfCitation = new Map<CitationMention, string>();
  const keyOfIssued = new Map<IssuedDocument, string>();
  const issuers = new Map<string, ResolvedBody>();
  const documents: ExtractedDocument[] = [];
  const subjectGroupKey = header?.code ? groupKey(header.code) : undefined;
  if (header?.code && subjectGroupKey) {
    groups.set(subjectGroupKey, {
      key: subjectGroupKey,
      code: header.code,
      mentions: [],
      isSubject: true,
    });
  }
  for (const c of citations) {
    if (!c.code) continue;
    let key = groupKey(c.code);
    if (c.code.system === "STATE_LEGAL" && c.code.year === undefined) {
      const same = [...groups.values()].filter(
        (g) => g.code?.number === c.code?.number && g.code?.symbol === c.code?.symbol,
      );
      if (same.length === 1 && same[0]) key = same[0].key;
    }
    const group = groups.get(key) ?? { key, code: c.code, mentions: [], isSubject: false };
    group.mentions.push(c);
    groups.set(key, group);
  }
  const partyContext = (c: CitationMention): ResolvedBody | undefined => {
    // A trích yếu is at most a few hundred characters: look only at citations before.
    const enclosing = nearBefore(citations, c.codeStart).find(
      (o) =>
        o !== c &&
        o.titleStart !== undefined &&
        o.titleEnd !== undefined &&
        c.start >= o.titleStart &&
        c.start < o.titleEnd &&
        o.issuer,
    );
    const body = enclosing?.issuer ? registry.resolve(enclosing.issuer) : undefined;
    return body && PARTY_CENTRAL.has(body.name) && body.name !== "Ban Chấp hành Trung ương"
      ? body
      : undefined;
  };
  const signedFor = mentions.signatures
    .map((s) => s.signedFor)
    .find((s) => s && PARTY_CENTRAL.has(s));

  for (const group of groups.values()) {
    const first = group.mentions[0];
    const code = group.code;
    let issuerInferred = false;
    const dated = group.mentions.find((m) => m.date?.year !== undefined)?.date;
    const date = group.isSubject && header?.date?.year !== undefined ? header.date : dated;
    const issuedOn = date ? isoDate(date, publishedAt) : undefined;
    const year =
      (code?.system === "STATE_LEGAL" ? code.year : undefined) ??
      (issuedOn ? Number(issuedOn.slice(0, 4)) : undefined) ??
      group.mentions.find((m) => m.year !== undefined)?.year;
    const issuerOf = (): ResolvedBody | undefined => {
      const symbolOf = code ? nationalIssuerOf(code) : undefined;
      const implied = symbolOf && bearerOn(symbolOf, issuedOn ?? year);
      const partyMark = code !== undefined && hasCentralPartyMark(code);
      const partyCommittee = code !== undefined && hasPartyCommitteeMark(code);
      // A symbol that names one body nationwide says who issued the document, whatever a
      // text writes beside it ("Nghị định số 131/2025/NĐ-CP … của Bộ Nông nghiệp và Môi
      // trường" is the Government's decree on that ministry's field; a list's issuer
      // printed after "…/TTr-CP" is not the Government's either). "…/TW" is the
      // Committee's, the Politburo's or the Secretariat's: the text says which.
      if (implied && !partyMark) return registry.resolveName(implied);
      for (const m of group.mentions) {
        const explicit = m.issuer ? registry.resolve(m.issuer) : undefined;
        // "Ban Chỉ đạo về tổng kết thực hiện Nghị quyết số 18-NQ/TW của Chính phủ": the
        // Government's is the steering committee; no state body issues a Party document.
        if (explicit && partyCommittee && STATE_KINDS.has(explicit.kind)) continue;
        // "…/TW" is one of the three central organs': "Nghị quyết số 57-NQ/TW và Kế hoạch
        // 02-KH/BCĐTW của Ban Chỉ đạo" gives the steering committee the plan alone.
        if (explicit && partyMark && !PARTY_CENTRAL.has(explicit.name)) continue;
        if (explicit) return explicit;
        const hint = mentions.issuerHints.get(m);
        const hinted = hint ? registry.resolve(hint) : undefined;
        if (hinted) return hinted;
      }
      if (group.isSubject) {
        if (signedFor && code?.system === "PARTY")
          return registry.resolveName(signedFor, "PARTY_COMMITTEE");
        const fromHeader = header?.issuerBody ? registry.resolve(header.issuerBody) : undefined;
        if (fromHeader) return fromHeader;
      }
      if (code?.system === "PARTY") {
        for (const m of group.mentions) {
          const context = partyContext(m);
          if (context) return context;
        }
      }
      // Only "…/TW" gets here with its symbol's issuer. It is the Central Committee's mark
      // on documents of the Politburo and the Secretariat too (their chỉ thị, kết luận,
      // thông báo); only its resolutions and decisions/regulations are the Committee's
      // own by default, and a text naming another organ corrects even that.
      const committees =
        code?.kind === "RESOLUTION" || code?.kind === "DECISION" || code?.kind === "REGULATION";
      if (!implied || !committees) return undefined;
      issuerInferred = true;
      return registry.resolveName(implied);
    };
    const issuer = issuerOf();
    const kinds = group.mentions.filter((m) => m.kind);
    const kind: DocumentKind =
      (group.isSubject ? header?.kind : undefined) ??
      kinds.find((m) => m.kindFromWord)?.kind ??
      kinds[0]?.kind ??
      code?.kind ??
      "OTHER";
    const title =
      (group.isSubject ? header?.title : undefined) ?? group.mentions.find((m) => m.title)?.title;
    const printed = printedCode(group);
    const evidence: Evidence = view.evidenceAt(first?.start ?? header?.start ?? 0);
    const docKey = printed ?? group.key;
    const issuerName = issuer ? registry.note(issuer, evidence) : undefined;
    if (issuer) issuers.set(docKey, issuer);
    documents.push({
      key: docKey,
      ...(printed ? { code: printed } : {}),
      kind,
      ...(code ? { system: code.system } : {}),
      ...(issuerName ? { issuer: issuerName } : {}),
      ...(issuerName && issuerInferred ? { issuerInferred: true } : {}),
      ...(issuedOn ? { issuedOn } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(title ? { title } : {}),
      ...(group.isSubject ? { isSubject: true } : {}),
      evidence,
    });
    for (const m of group.mentions) keyOfCitation.set(m, docKey);
  }

  // Short forms and laws by name point at a numbered document of the same text.
  let unnumbered = 0;
  const byTitle = new Map<string, string>();
  for (const d of documents)
    if (d.title && d.code) byTitle.set(`${d.kind}|${fold(d.title)}`, d.key);
  for (const c of citations) {
    if (c.code) continue;
    if (c.shortNumber !== undefined) {
      const number = c.shortNumber.replace(/^0+(?=\d)/u, "");
      const matches = [...groups.values()].filter(
        (g) =>
          g.code?.number === number &&
          documents.find((d) => d.key === printedCode(g))?.kind === c.kind,
      );
      const only = matches.length === 1 ? matches[0] : undefined;
      const key = only ? printedCode(only) : undefined;
      if (key) keyOfCitation.set(c, key);
      continue;
    }
    if (!c.title || !c.kind || !LAW_KINDS.has(c.kind)) continue;
    const titleKey = `${c.kind}|${fold(c.title)}`;
    const known = byTitle.get(titleKey);
    if (known) {
      keyOfCitation.set(c, known);
      continue;
    }
    const key = `~${++unnumbered}`;
    byTitle.set(titleKey, key);
    keyOfCitation.set(c, key);
    const evidence = view.evidenceAt(c.start);
    const quocHoi = registry.resolveName("Quốc hội", "NATIONAL_ASSEMBLY");
    const issuerName = c.kind === "ORDINANCE" ? undefined : registry.note(quocHoi, evidence);
    if (issuerName) issuers.set(key, quocHoi);
    const issuedOn = c.date ? isoDate(c.date, publishedAt) : undefined;
    const year = issuedOn ? Number(issuedOn.slice(0, 4)) : c.year;
    documents.push({
      key,
      kind: c.kind,
      ...(issuerName ? { issuer: issuerName } : {}),
      ...(issuedOn ? { issuedOn } : {}),
      ...(year !== undefined ? { year } : {}),
      title: c.title,
      evidence,
    });
  }
  for (const d of mentions.issued) {
    const titleKey = `${d.kind}|${fold(d.title)}`;
    const known = byTitle.get(titleKey);
    if (known) {
      keyOfIssued.set(d, known);
      continue;
    }
    const key = `~${++unnumbered}`;
    byTitle.set(titleKey, key);
    keyOfIssued.set(d, key);
    const evidence = view.evidenceAt(d.start);
    const issuer = d.issuer ? registry.resolve(d.issuer) : undefined;
    const issuerName = issuer ? registry.note(issuer, evidence) : undefined;
    if (issuer) issuers.set(key, issuer);
    documents.push({
      key,
      kind: d.kind,
      ...(issuerName ? { issuer: issuerName } : {}),
      title: d.title,
      evidence,
    });
  }
  return {
    documents,
    keyOfCitation,
    keyOfIssued,
    ...(subjectGroupKey && groups.get(subjectGroupKey)
      ? { subjectKey: printedCode(groups.get(subjectGroupKey) as Group) ?? subjectGroupKey }
      : {}),
    issuers,
  };
}
