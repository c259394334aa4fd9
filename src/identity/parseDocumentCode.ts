import { documentKindByAbbreviation, type DocumentKind, type DocumentSystem } from "../domain.js";
import { normalizeDashes } from "../text/index.js";
import { codeInReference } from "./codeInReference.js";

/** A number-symbol (số, ký hiệu) taken apart. */
export interface DocumentCode {
  /** As the document itself would print it: "32/2021/NĐ-CP", "03-TT/QU", "100/KH-UBND". */
  readonly code: string;
  /** The number without zero padding ("007" → "7"), for identity. */
  readonly number: string;
  /** The number as printed ("007"). */
  readonly printedNumber: string;
  /** "NĐ-CP", "TT/QU", "KH-UBND", "UBND-VP", "QH14". */
  readonly symbol: string;
  readonly year: number | undefined;
  readonly system: DocumentSystem;
  /** The kind the symbol names, when it names one ("NĐ" → DECREE); undefined for QH14. */
  readonly kind: DocumentKind | undefined;
  /** The issuer part of the symbol: "CP", "QU", "UBND", "QH14", "TTg". */
  readonly issuerSymbol: string;
}

const LETTERS = "\\p{Lu}\\p{Ll}";
// "8935/BNV-CTTN&BĐG": a unit's symbol may join two with "&".
const SYMBOL = `[${LETTERS}][${LETTERS}\\d&]*(?:-[${LETTERS}\\d&]+)*`;
const LEGAL = new RegExp(`^(\\d{1,5}[a-z]?)/((?:19|20)\\d{2})/(${SYMBOL})$`, "u");
const PARTY = new RegExp(`^(\\d{1,5})-([${LETTERS}]+)/(${SYMBOL})$`, "u");
const ADMINISTRATIVE = new RegExp(`^(\\d{1,5}[a-z]?)/(${SYMBOL})$`, "u");

/**
 * Symbols that only legal normative acts carry. A citation such as
 * "32/NĐ-CP ngày 29/3/2021" drops the year but still names a legal act.
 */
const ALWAYS_LEGAL =
  /^(NĐ-CP|TT-B[\p{Lu}]+|TTLT-[\p{Lu}-]+|QH\d{1,2}|UBTVQH\d{1,2}|PL-UBTVQH\d{1,2})$/u;

/**
 * Tidies the spellings a text prints: spaces, dash variants, "35- NQ/TW", "NĐ - CP",
 * "QĐ-TTG" in a heading's capitals, and a kind's name or "số" before the number
 * ("Nghị định số 32/2021/NĐ-CP", as preambles cite documents and as govgraph labels them).
 */
export function tidyCode(raw: string): string {
  return normalizeDashes(codeInReference(raw))
    .trim()
    .replace(/^s[ốo]\s*:?\s*/iu, "")
    .replace(/\s+/g, "")
    .replace(/[.,;:]+$/, "")
    .replace(PRIME_MINISTER, "TTg")
    .replace(GLUED_KIND, "$1$2-$3")
    .replace(MISREAD_ASSEMBLY, "$1QH$2");
}

// Typed slips of legal codes: a kind glued to its ministry ("37/2025/TTBNNMT",
// "10/2024/TTBTC") and the Assembly's Q read as O ("22/2023/OH15").
const GLUED_KIND = /^(\d+[a-z]?\/(?:19|20)\d{2}\/)(TT|QĐ|NĐ)(B[A-ZĐ]{2,})$/u;
const MISREAD_ASSEMBLY = /^(\d+[a-z]?\/(?:19|20)\d{2}\/)OH(\d{1,2})$/u;

// The Prime Minister's symbol is the one written in mixed case; a heading in capitals
// prints "32/CT-TTG", which must name the same directive as "32/CT-TTg".
const PRIME_MINISTER = /(?<=[-/])TTG$/u;

function splitSymbol(symbol: string): { type: string; issuer: string } {
  const dash = symbol.indexOf("-");
  if (dash < 0) return { type: "", issuer: symbol };
  return { type: symbol.slice(0, dash), issuer: symbol.slice(dash + 1) };
}

/**
 * Parses a number-symbol in any of the three numbering systems, or returns undefined
 * when the text is not one. `yearHint` (from the citation's date) completes a legal
 * code cited without its year.
 */
export function parseDocumentCode(raw: string, yearHint?: number): DocumentCode | undefined {
  const code = tidyCode(raw);
  const party = PARTY.exec(code);
  if (party) {
    const [, printedNumber = "", type = "", issuerSymbol = ""] = party;
    return {
      code,
      printedNumber,
      number: stripZeros(printedNumber),
      symbol: `${type}/${issuerSymbol}`,
      year: yearHint,
      system: "PARTY",
      kind: documentKindByAbbreviation(type, "PARTY"),
      issuerSymbol,
    };
  }
  const legal = LEGAL.exec(code);
  if (legal) {
    const [, printedNumber = "", year = "", symbol = ""] = legal;
    const { type, issuer } = splitSymbol(symbol);
    return {
      code,
      printedNumber,
      number: stripZeros(printedNumber),
      symbol,
      year: Number(year),
      system: "STATE_LEGAL",
      kind: type ? documentKindByAbbreviation(type, "STATE_LEGAL") : undefined,
      issuerSymbol: issuer,
    };
  }
  const administrative = ADMINISTRATIVE.exec(code);
  if (administrative) {
    const [, printedNumber = "", symbol = ""] = administrative;
    const { type, issuer } = splitSymbol(symbol);
    const typedKind = type ? documentKindByAbbreviation(type, "STATE_ADMINISTRATIVE") : undefined;
    if (ALWAYS_LEGAL.test(symbol) && yearHint !== undefined) {
      return parseDocumentCode(`${printedNumber}/${yearHint}/${symbol}`);
    }
    return {
      code,
      printedNumber,
      number: stripZeros(printedNumber),
      symbol,
      year: yearHint,
      system: ALWAYS_LEGAL.test(symbol) ? "STATE_LEGAL" : "STATE_ADMINISTRATIVE",
      // "15/UBND-VP": a công văn carries no type, only its issuer and drafting unit.
      kind: typedKind ?? (type ? "OFFICIAL_LETTER" : undefined),
      issuerSymbol: typedKind ? issuer : symbol,
    };
  }
  return undefined;
}

function stripZeros(number: string): string {
  return number.replace(/^0+(?=\d)/, "");
}
