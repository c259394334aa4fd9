import {
  ALL_DOCUMENT_KINDS,
  DOCUMENT_KINDS,
  documentKindByName,
  type DocumentKind,
} from "../../domain.js";
import { codeKey, parseDocumentCode } from "../../identity/index.js";
import { foldVietnamese, normalizeToneMarks } from "../../text/index.js";

/** What a search box's text may mean, ready to be passed as query parameters. */
export interface SearchInterpretation {
  readonly codeKeys: string[];
  readonly numbers: string[];
  readonly kinds: DocumentKind[];
  readonly year: number | null;
  /** A Lucene query of escaped terms, or "" when there is nothing to search. */
  readonly lucene: string;
  /**
   * The words typed with diacritics, lower case, in the tone placement searchText uses:
   * the index folds them away, so "Thụy" would rank "Thúy" and "Thủy" as high.
   */
  readonly marked: string[];
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_TERMS = 24;

// Folded abbreviations people type for kinds: "nd 32 2021", "qd 2696".
const KIND_BY_SHORT = new Map<string, DocumentKind[]>(
  ALL_DOCUMENT_KINDS.flatMap((kind) =>
    DOCUMENT_KINDS[kind].abbreviations.map(
      (a) => [foldVietnamese(a), [kind]] as [string, DocumentKind[]],
    ),
  ),
);
KIND_BY_SHORT.set("tt", ["CIRCULAR", "PARTY_CIRCULAR"]);

/**
 * Reads a search box: a code in any spelling ("32/2021/NĐ-CP", "32/NĐ-CP"), a kind
 * and number ("nghị định 32", "nd 32 2021"), or words for the full-text index.
 */
export function interpretSearch(text: string): SearchInterpretation {
  const trimmed = text.normalize("NFC").trim();
  const codeKeys: string[] = [];
  const parsed = parseDocumentCode(trimmed);
  if (parsed) codeKeys.push(codeKey(parsed));

  const words = foldVietnamese(trimmed)
    .replace(LUCENE_SPECIAL, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, MAX_TERMS);
  const year = words.map(Number).find((n) => Number.isInteger(n) && n >= 1945 && n <= 2100);
  const numbers = words.filter((w) => /^\d{1,5}$/.test(w) && Number(w) !== year);
  const kinds = new Set<DocumentKind>();
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i]} ${words[i + 1] ?? ""}`;
    const named = documentKindByName(two) ?? documentKindByName(words[i] ?? "");
    if (named) kinds.add(named);
    for (const kind of KIND_BY_SHORT.get(words[i] ?? "") ?? []) kinds.add(kind);
  }
  const marked = normalizeToneMarks(trimmed)
    .toLocaleLowerCase("vi")
    .split(/[\s,.;:()"'/\\-]+/u)
    .filter((w) => w.length > 0 && foldVietnamese(w) !== w)
    .slice(0, MAX_TERMS);
  const hasKindAndNumber = kinds.size > 0 && numbers.length > 0;
  return {
    codeKeys,
    numbers: hasKindAndNumber ? numbers.map((n) => n.replace(/^0+(?=\d)/, "")) : [],
    kinds: [...kinds],
    year: parsed?.year ?? (hasKindAndNumber ? (year ?? null) : null),
    lucene: words.join(" "),
    marked,
  };
}
