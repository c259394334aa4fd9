import type { DocumentSystem } from "../domain.js";

/** What a number-symbol is written from (a parsed DocumentCode has all of it). */
export interface DocumentCodeParts {
  readonly system: DocumentSystem;
  /** The number as printed, zero padding kept: "03", "100", "15a". */
  readonly printedNumber: string;
  /** "NĐ-CP", "KH-UBND", "QH14"; for Party documents type and issuer, "TT/QU". */
  readonly symbol: string;
  /** Printed by legal normative documents only. */
  readonly year?: number;
}

/**
 * Writes a number-symbol the way each numbering system prints it: "32/2021/NĐ-CP",
 * "100/KH-UBND", "03-TT/QU". The inverse of parseDocumentCode: parsing what this
 * writes gives back the same system, number, symbol and year.
 */
export function formatDocumentCode(parts: DocumentCodeParts): string {
  const { system, printedNumber, symbol, year } = parts;
  switch (system) {
    case "STATE_LEGAL":
      // A legal act cited without its year ("32/NĐ-CP") keeps the form it was cited in.
      return year === undefined
        ? `${printedNumber}/${symbol}`
        : `${printedNumber}/${year}/${symbol}`;
    case "STATE_ADMINISTRATIVE":
      return `${printedNumber}/${symbol}`;
    case "PARTY": {
      // Party codes put the type after the number: 03-TT/QU, not 03/TT-QU.
      const slash = symbol.indexOf("/");
      return `${printedNumber}-${symbol.slice(0, slash)}/${symbol.slice(slash + 1)}`;
    }
    default: {
      const unknown: never = system;
      throw new Error(`unknown numbering system '${String(unknown)}'`);
    }
  }
}
