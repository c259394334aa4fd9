import { slugify } from "../text/index.js";
import { isNationallyUnique } from "./nationalIssuers.js";
import type { DocumentCode } from "./parseDocumentCode.js";

/**
 * The stable, readable id of a numbered document, in the spirit of ELI:
 * "vn/2021/nd-cp/32" for a decree, "vn/ha-noi/quan-uy-long-bien/2021/3-tt-qu" for a district
 * Party circular (the issuer's id, see bodyId). Identity is issuer + number-symbol + year: "100/KH-UBND" names a
 * different plan in every province and every year.
 *
 * Legal normative acts and administrative documents are numbered in separate series,
 * so one People's Committee issues both "5/2024/QĐ-UBND" and "5/QĐ-UBND" in 2024: the
 * legal act ends in symbol/number as ELI does, everything else in number-symbol, as
 * its code is printed.
 */
export function documentId(code: DocumentCode, issuerKey: string | undefined): string {
  const { before, after } = yearSlot(code, issuerKey);
  return `${before}${code.year === undefined ? "_" : String(code.year)}${after}`;
}

/**
 * A numbered document's id around its year: "vn/" and "/57-nq-tw" for Nghị quyết
 * 57-NQ/TW, whose id is "vn/2024/57-nq-tw", or "vn/_/57-nq-tw" where a text cites it
 * without a date. The graph finds a citation's dated document through it.
 */
export function yearSlot(
  code: DocumentCode,
  issuerKey: string | undefined,
): { readonly before: string; readonly after: string } {
  const symbol = slugify(code.symbol);
  const tail =
    code.system === "STATE_LEGAL" ? `${symbol}/${code.number}` : `${code.number}-${symbol}`;
  const scope = isNationallyUnique(code) ? "" : `${issuerKey ?? "_"}/`;
  return { before: `vn/${scope}`, after: `/${tail}` };
}

/**
 * The id of a document cited without a number ("Kế hoạch triển khai … của UBND
 * phường"): its issuer, year, kind and a short hash of its folded title.
 */
export function unnumberedDocumentId(
  issuerKey: string | undefined,
  year: number | undefined,
  kind: string,
  title: string,
): string {
  return `vn/${issuerKey ?? "_"}/${year ?? "_"}/${slugify(kind)}/~${fnv1a(slugify(title))}`;
}

/** 32-bit FNV-1a as 8 hex digits: short, stable across runs and platforms. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * The code without its year, folded: "32/2021/NĐ-CP" and "32/NĐ-CP" → "32/nd-cp".
 * Indexed, so a citation that drops the year still finds its candidates.
 */
export function codeKey(code: DocumentCode): string {
  return `${code.number}/${slugify(code.symbol)}`;
}
