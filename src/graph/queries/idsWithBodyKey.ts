import { BODIES_WITH_FOLDED_KEY } from "./bodiesWithFoldedKey.js";

/**
 * The documents and people an id may have meant when no node has it: the same id
 * with the body id inside it typed as the graph stores it, where the caller's lacks
 * its diacritics or its province ("vn/dong-nai/ubnd-xa-loc-thanh/2025/5-kh-ubnd" →
 * "vn/dong-nai/ubnd-xã-lộc-thành/2025/5-kh-ubnd", "vn/dong-nai/ubnd-xã-lộc-thạnh/…";
 * "nguyen-van-an@dang-uy-phuong-gia-thuy" → "nguyen-van-an@ha-noi/đảng-ủy-phường-gia-thụy").
 * Parameters: prefix, body (the body id folded, foldedId), suffix. Asked only after a
 * lookup found nothing.
 */
export const IDS_WITH_BODY_KEY = `
${BODIES_WITH_FOLDED_KEY("$body")}
WITH $prefix + b.id + $suffix AS candidate
CALL {
  WITH candidate
  MATCH (d:Document {id: candidate})
  RETURN d.id AS id
  UNION
  WITH candidate
  MATCH (p:Person {id: candidate})
  RETURN p.id AS id
}
WITH id ORDER BY id
RETURN collect(id)[0..5] AS candidates`;
