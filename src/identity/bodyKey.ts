import { foldVietnamese, slugify } from "../text/index.js";

// Folded long forms → the abbreviation every text also uses, so "Ủy ban nhân dân
// thành phố Hà Nội", "UBND TP. Hà Nội" and "UBND Thành phố Hà Nội" share one key.
// Order matters: longer forms first.
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\buy ban mat tran to quoc viet nam\b/g, "ubmttq"],
  [/\buy ban mat tran to quoc\b/g, "ubmttq"],
  [/\bubmttq viet nam\b/g, "ubmttq"],
  [/\bmttq viet nam\b/g, "ubmttq"],
  [/\bmttq\b/g, "ubmttq"],
  [/\buy ban nhan dan\b/g, "ubnd"],
  [/\bhoi dong nhan dan\b/g, "hdnd"],
  [/\bban chi huy quan su\b/g, "bchqs"],
  [/\bbch quan su\b/g, "bchqs"],
  [/\bban chap hanh\b/g, "bch"],
  [/\bthanh pho\b/g, "tp"],
  [/\btp\./g, "tp"],
  [/\bthi xa\b/g, "tx"],
];

/**
 * The key two spellings of one body's name share: "UBND Thành phố Hà Nội" and
 * "Ủy ban nhân dân TP. Hà Nội" → "ubnd-tp-ha-noi". It does not resolve short forms
 * ("UBND Thành phố" alone): that needs the text's context (see ingest/resolve).
 */
export function bodyKey(name: string): string {
  let folded = foldVietnamese(name);
  for (const [pattern, short] of CONTRACTIONS) folded = folded.replace(pattern, short);
  return slugify(folded);
}
