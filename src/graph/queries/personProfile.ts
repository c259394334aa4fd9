/**
 * The last day of a position `h` in body `b`: its term's end, and at the latest the body's
 * own last day ("Phó Chủ tịch UBND quận Hoàng Mai (cũ)" ended by 2025-06-30, whatever day
 * a text recalls it on).
 */
export const POSITION_END = (h: string, b: string) =>
  `CASE WHEN ${b}.validTo IS NOT NULL AND (${h}.to IS NULL OR ${h}.to > ${b}.validTo)
    THEN ${b}.validTo ELSE ${h}.to END`;

/**
 * How late a position held, for ordering a person's positions: the end of its term,
 * else the last day a text states it (no later than its body's end), else the start of
 * its term.
 */
export const POSITION_RECENCY = (h: string, b: string) =>
  `coalesce(${h}.to, CASE WHEN ${b}.validTo < ${h}.lastStated THEN ${b}.validTo ELSE ${h}.lastStated END, ${h}.from)`;

/** A person's positions, the latest first, and meetings. Parameters: id. */
export const PERSON_PROFILE = `
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name,
  COLLECT {
    MATCH (p)-[h:HOLDS_POSITION]->(b:Body)
    WITH h, b, ${POSITION_RECENCY("h", "b")} AS lately
    RETURN {
      title: h.title, bodyId: b.id, bodyName: b.name, from: toString(h.from),
      to: toString(${POSITION_END("h", "b")}),
      firstStated: toString(h.firstStated), lastStated: toString(h.lastStated)
    } AS position
    ORDER BY lately IS NULL, lately DESC
  } AS positions,
  [(p)-[a:ATTENDED]->(m:Meeting) | {
    id: m.id, title: m.title, date: toString(m.date), role: coalesce(a.role, 'ATTENDEE')
  }] AS meetings`;
