/**
 * A subquery yielding `b`, each body whose id typed without diacritics is the folded key
 * in `param` ("dong-nai/ubnd-xa-loc-thanh"), or, for a key naming no province
 * ("ubnd-xa-loc-thanh"), ends with it placed in one: what an id held from before local
 * ids were placed and kept their diacritics may mean.
 */
export const BODIES_WITH_FOLDED_KEY = (param: string) => `
CALL {
  MATCH (b:Body {foldedId: ${param}})
  RETURN b
  UNION
  MATCH (b:Body)
  WHERE NOT ${param} CONTAINS '/' AND b.foldedId ENDS WITH '/' + ${param}
  RETURN b
}`;
