/** A person's positions and meetings. Parameters: id. */
export const PERSON_PROFILE = `
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name,
  [(p)-[h:HOLDS_POSITION]->(b:Body) | {
    title: h.title, bodyId: b.id, bodyName: b.name, from: toString(h.from), to: toString(h.to)
  }] AS positions,
  [(p)-[a:ATTENDED]->(m:Meeting) | {
    id: m.id, title: m.title, date: toString(m.date), role: coalesce(a.role, 'ATTENDEE')
  }] AS meetings`;
