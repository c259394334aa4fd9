import { DOCUMENT_KINDS, type DocumentKind, type DocumentSystem } from "../domain.js";
import { documentId, parseDocumentCode } from "../identity/index.js";
import type { CatalogueBody } from "./BodyCatalogue.js";
import { longDate, shortDate } from "./dates.js";
import type { DocumentNumbering } from "./DocumentNumbering.js";
import type { GenDoc } from "./GeneratedText.js";
import type { Random } from "./Random.js";

/** A kind of document with the type abbreviation its code prints and its numbering system. */
export interface DocumentForm {
  readonly kind: DocumentKind;
  /** "NĐ", "KH", "CTr"; "" for laws (31/2024/QH15) and công văn (15/UBND-VP). */
  readonly abbreviation: string;
  readonly system: DocumentSystem;
}

const form = (kind: DocumentKind, abbreviation: string, system: DocumentSystem): DocumentForm => ({
  kind,
  abbreviation,
  system,
});

export const FORMS = {
  law: form("LAW", "", "STATE_LEGAL"),
  decree: form("DECREE", "NĐ", "STATE_LEGAL"),
  circular: form("CIRCULAR", "TT", "STATE_LEGAL"),
  legalDecision: form("DECISION", "QĐ", "STATE_LEGAL"),
  councilResolution: form("RESOLUTION", "NQ", "STATE_LEGAL"),
  resolution: form("RESOLUTION", "NQ", "STATE_ADMINISTRATIVE"),
  decision: form("DECISION", "QĐ", "STATE_ADMINISTRATIVE"),
  directive: form("DIRECTIVE", "CT", "STATE_ADMINISTRATIVE"),
  dispatch: form("DISPATCH", "CĐ", "STATE_ADMINISTRATIVE"),
  plan: form("PLAN", "KH", "STATE_ADMINISTRATIVE"),
  report: form("REPORT", "BC", "STATE_ADMINISTRATIVE"),
  notice: form("NOTICE", "TB", "STATE_ADMINISTRATIVE"),
  guidance: form("GUIDANCE", "HD", "STATE_ADMINISTRATIVE"),
  letter: form("OFFICIAL_LETTER", "", "STATE_ADMINISTRATIVE"),
  partyResolution: form("RESOLUTION", "NQ", "PARTY"),
  partyConclusion: form("CONCLUSION", "KL", "PARTY"),
  partyDirective: form("DIRECTIVE", "CT", "PARTY"),
  partyPlan: form("PLAN", "KH", "PARTY"),
  partyProgramme: form("PROGRAMME", "CTr", "PARTY"),
  partyGuidance: form("GUIDANCE", "HD", "PARTY"),
  partyCircular: form("PARTY_CIRCULAR", "TT", "PARTY"),
  partyReport: form("REPORT", "BC", "PARTY"),
} as const;

/**
 * Gives a document its number and code the way its issuer would print it, and the
 * id the load stage derives from that code, issuer and year.
 */
export function issueDocument(
  numbering: DocumentNumbering,
  random: Random,
  issuer: CatalogueBody,
  documentForm: DocumentForm,
  issuedOn: string,
  title: string,
): GenDoc {
  const year = Number(issuedOn.slice(0, 4));
  const code = documentCode(numbering, random, issuer, documentForm, issuedOn, year);
  const parsed = parseDocumentCode(code, year);
  if (!parsed) throw new Error(`generated code '${code}' does not parse`);
  return {
    id: documentId(parsed, issuer.id),
    code,
    kind: documentForm.kind,
    system: documentForm.system,
    issuer,
    issuedOn,
    year,
    title,
  };
}

function documentCode(
  numbering: DocumentNumbering,
  random: Random,
  issuer: CatalogueBody,
  { abbreviation, system }: DocumentForm,
  date: string,
  year: number,
): string {
  switch (system) {
    case "STATE_LEGAL": {
      // A legislature's laws and resolutions share one series per year: 31/2024/QH15.
      // A local body's legal acts share its administrative series: "5/2024/QĐ-UBND" and
      // "5/QĐ-UBND" of the same year would get the same id (documentId ignores the year
      // printed in the code), so the generator never issues both.
      const legislature = issuer.symbol === "QH";
      const series =
        issuer.level !== "CENTRAL"
          ? `${issuer.id}|${year}`
          : `${issuer.id}|${year}|${legislature ? "" : abbreviation}`;
      const number = numbering.next(
        series,
        random,
        issuer.level !== "CENTRAL" ? administrativeGap(issuer) : 3,
      );
      return legislature
        ? `${number}/${year}/QH${legislatureTerm(date)}`
        : `${number}/${year}/${abbreviation}-${issuer.symbol}`;
    }
    case "STATE_ADMINISTRATIVE": {
      const number = numbering.next(`${issuer.id}|${year}`, random, administrativeGap(issuer));
      // Communes often print zero-padded numbers (007/CĐ-UBND); identity strips them.
      const printed =
        issuer.level === "COMMUNE" && number < 100 && random.chance(0.2)
          ? String(number).padStart(3, "0")
          : String(number);
      const symbol = issuer.symbol === "UBTVQH" ? `UBTVQH${legislatureTerm(date)}` : issuer.symbol;
      return abbreviation ? `${printed}/${abbreviation}-${symbol}` : `${printed}/${symbol}-VP`;
    }
    case "PARTY": {
      // Party bodies number over a congress term (Hướng dẫn 36-HD/VPTW), but documentId
      // keys Party documents by year: "26-KH/HU" of August 2020 (old term) and of
      // December 2020 (new term) would get one id. The generator restarts per year.
      // The Central Committee, Politburo and Secretariat share one "TW" series.
      const owner = issuer.level === "CENTRAL" ? issuer.symbol : issuer.id;
      const number = numbering.next(`${owner}|${year}|party`, random, 3);
      return `${number}-${abbreviation}/${issuer.symbol}`;
    }
    default: {
      const never: never = system;
      throw new Error(`unknown document system ${String(never)}`);
    }
  }
}

/** How many numbers an issuer uses between two documents the generator writes. */
function administrativeGap(issuer: CatalogueBody): number {
  switch (issuer.level) {
    case "CENTRAL":
      return 20;
    case "PROVINCE":
      return 30;
    case "DISTRICT":
      return 12;
    case "COMMUNE":
      return 4;
    default: {
      const never: never = issuer.level;
      throw new Error(`unknown body level ${String(never)}`);
    }
  }
}

/** QH14 from 2016, QH15 from July 2021, QH16 from April 2026. */
export function legislatureTerm(date: string): number {
  if (date < "2021-07-20") return 14;
  if (date < "2026-04-06") return 15;
  return 16;
}

/**
 * How a text names a document: "Kế hoạch số 123/KH-UBND ngày 12/3/2024 của UBND
 * tỉnh Nghệ An"; laws by name and date, as preambles do.
 */
export function referenceTo(doc: GenDoc): string {
  if (!doc.code) return doc.title;
  if (doc.kind === "LAW") return `Luật ${doc.title} ${longDate(doc.issuedOn)}`;
  const kind = DOCUMENT_KINDS[doc.kind].name;
  return `${kind} số ${doc.code} ngày ${shortDate(doc.issuedOn)} của ${doc.issuer.name}`;
}
