import { BODIES_WITH_FOLDED_KEY } from "./bodiesWithFoldedKey.js";

/**
 * Whether a body id exists and, when it does not, the ids it may have meant: the same
 * id with its diacritics ("dong-nai/ubnd-xa-loc-thanh" → "dong-nai/ubnd-xã-lộc-thành",
 * "dong-nai/ubnd-xã-lộc-thạnh"), or a local body's key placed in a province
 * ("quận-ủy-long-biên" → "ha-noi/quận-ủy-long-biên"). Parameters: id, and folded, the
 * id without diacritics (foldedId). Asked only after a lookup found nothing.
 */
export const PLACED_BODIES = `
OPTIONAL MATCH (exact:Body {id: $id})
CALL {
  ${BODIES_WITH_FOLDED_KEY("$folded")}
  WITH b.id AS id ORDER BY id
  RETURN collect(id)[0..5] AS placed
}
RETURN exact IS NOT NULL AS exists, CASE WHEN exact IS NULL THEN placed ELSE [] END AS placed`;
