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

const PROVINCE_WORD = /^(?:tinh|thanh pho|tp\.?)\s+/;

/** "tỉnh Đồng Nai", "TP. Hồ Chí Minh" or "Đồng Nai" → "dong-nai". */
export function provinceKey(province: string): string {
  return slugify(foldVietnamese(province).replace(PROVINCE_WORD, ""));
}

/**
 * A body's id: its key, and for a body below the province (a district's or a
 * commune's) the province it lies in first, because such names repeat across the
 * country: "UBND xã Tân Thành" of Đồng Nai is "dong-nai/ubnd-xa-tan-thanh", of Tây
 * Ninh "tay-ninh/ubnd-xa-tan-thanh". A name that already ends in its province
 * ("UBND xã Tân Thành, tỉnh Đồng Nai") gets the same id. Without a province (the text
 * never says which), the key alone: an unplaced body, kept apart from placed ones.
 */
export function bodyId(name: string, province?: string): string {
  return placedKey(bodyKey(name), province);
}

/** A body key placed in its province, as bodyId does. */
export function placedKey(key: string, province?: string): string {
  const place = province ? provinceKey(province) : "";
  if (!place) return key;
  return `${place}/${key.replace(new RegExp(`-(?:tinh|tp)-${place}$`), "")}`;
}
