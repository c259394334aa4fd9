/** Sources by id, for the evidence of many edges at once. Parameters: ids. */
export const SOURCES_BY_ID = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.url AS url, s.title AS title, toString(s.publishedAt) AS publishedAt`;
