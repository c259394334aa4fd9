/**
 * Whether a body id exists and, when it does not, the ids of the bodies placed in a
 * province under that key ("quan-uy-long-bien" → "ha-noi/quan-uy-long-bien"): what a
 * caller holding an id from before local bodies were placed should be told.
 * Parameters: id. Asked only after a lookup found nothing.
 */
export const PLACED_BODIES = `
OPTIONAL MATCH (exact:Body {id: $id})
CALL {
  WITH exact
  MATCH (b:Body)
  WHERE exact IS NULL AND NOT $id CONTAINS '/' AND b.id ENDS WITH '/' + $id
  WITH b.id AS id ORDER BY id
  RETURN collect(id)[0..5] AS placed
}
RETURN exact IS NOT NULL AS exists, placed`;
