/**
 * How late a position held, for ordering a person's positions: the end of its term,
 * else the last day a text states it, else the start of its term.
 */
export const POSITION_RECENCY = (h: string) => `coalesce(${h}.to, ${h}.lastStated, ${h}.from)`;

/** A person's positions, the latest first, and meetings. Parameters: id. */
export const PERSON_PROFILE = `
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name,
  COLLECT {
    MATCH (p)-[h:HOLDS_POSITION]->(b:Body)
    WITH h, b, ${POSITION_RECENCY("h")} AS lately
    RETURN {
      title: h.title, bodyId: b.id, bodyName: b.name, from: toString(h.from), to: toString(h.to),
      firstStated: toString(h.firstStated), lastStated: toString(h.lastStated)
    } AS position
    ORDER BY lately IS NULL, lately DESC
  } AS positions,
  [(p)-[a:ATTENDED]->(m:Meeting) | {
    id: m.id, title: m.title, date: toString(m.date), role: coalesce(a.role, 'ATTENDEE')
  }] AS meetings`;
