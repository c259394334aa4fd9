import type { DocumentCode } from "./parseDocumentCode.js";

/**
 * "…/TW": the mark of the Party's central organs. It says the Central Committee, the
 * Politburo or the Secretariat issued the document, not which of the three.
 */
export function hasCentralPartyMark(code: DocumentCode): boolean {
  return code.system === "PARTY" && code.issuerSymbol.toUpperCase() === "TW";
}

/**
 * "…/TW", "…/TU", "…/HU", "…/QU", "…/ĐU": a Party committee's mark, unlike a 1990s state
 * code printed the same way ("Thông tư số 89-TC/TCT").
 */
export function hasPartyCommitteeMark(code: DocumentCode): boolean {
  return (
    code.system === "PARTY" && /^(?:TW|TU|HU|QU|ĐU|TƯ)$/u.test(code.issuerSymbol.toUpperCase())
  );
}
