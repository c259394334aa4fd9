/**
 * The last day of a position `h` in body `b`: its term's end, and at the latest the body's
 * own last day ("Phó Chủ tịch UBND quận Hoàng Mai (cũ)" ended by 2025-06-30, whatever day
 * a text recalls it on) and the first day a text called it former ("nguyên …").
 */
export const POSITION_END = (h: string, b: string) =>
  `reduce(end = ${h}.to, bound IN [${b}.validTo, ${h}.formerBy] |
    CASE WHEN bound IS NOT NULL AND (end IS NULL OR bound < end) THEN bound ELSE end END)`;

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
      firstStated: toString(h.firstStated), lastStated: toString(h.lastStated),
      formerBy: toString(h.formerBy), former: coalesce(h.former, false)
    } AS position
    ORDER BY lately IS NULL, lately DESC
  } AS positions,
  [(p)-[a:ATTENDED]->(m:Meeting) | {
    id: m.id, title: m.title, date: toString(m.date), role: coalesce(a.role, 'ATTENDEE')
  }] AS meetings`;
