/**
 * The documents a document id may have meant when no document has it: the same
 * number, year and issuer, the issuer's id typed without diacritics or without its
 * province ("vn/dong-nai/ubnd-xa-loc-thanh/2025/5-kh-ubnd" →
 * "vn/dong-nai/ubnd-xã-lộc-thành/2025/5-kh-ubnd", "vn/dong-nai/ubnd-xã-lộc-thạnh/…").
 * Parameters: issuer, the id's issuer part folded (foldedId); rest, what follows it
 * ("/2025/5-kh-ubnd"). Asked only after a lookup found nothing.
 */
export const DOCUMENTS_OF_ISSUER_KEY = `
CALL {
  MATCH (b:Body {foldedId: $issuer})
  RETURN b
  UNION
  MATCH (b:Body)
  WHERE NOT $issuer CONTAINS '/' AND b.foldedId ENDS WITH '/' + $issuer
  RETURN b
}
MATCH (d:Document {id: 'vn/' + b.id + $rest})
WITH d.id AS id ORDER BY id
RETURN collect(id)[0..5] AS candidates`;
