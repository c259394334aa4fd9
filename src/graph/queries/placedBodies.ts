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
  WITH exact
  CALL {
    WITH exact
    MATCH (b:Body {foldedId: $folded})
    WHERE exact IS NULL
    RETURN b.id AS id
    UNION
    WITH exact
    MATCH (b:Body)
    WHERE exact IS NULL AND NOT $id CONTAINS '/' AND b.foldedId ENDS WITH '/' + $folded
    RETURN b.id AS id
  }
  WITH id ORDER BY id
  RETURN collect(id)[0..5] AS placed
}
RETURN exact IS NOT NULL AS exists, placed`;
