import type {
  AttendanceRole,
  Endpoint,
  ExtractedMeeting,
  ExtractedRelation,
  ImplementationKind,
} from "../../domain.js";
import { isoDate, type MeetingMention, type Mentions, type MentionRef } from "../extract/index.js";
import type { BodyRegistry } from "./resolveBodies.js";
import type { ResolvedDocuments } from "./resolveDocuments.js";
import type { ResolvedPeople } from "./resolvePeople.js";

const ROLE_RANK: Readonly<Record<AttendanceRole, number>> = {
  CHAIR: 0,
  SPEAKER: 1,
  PRESENTER: 2,
  ATTENDEE: 3,
};
const KIND_RANK: Readonly<Record<ImplementationKind, number>> = {
  DETAILS: 0,
  GUIDES: 1,
  IMPLEMENTS: 2,
};

/** Meetings with keys m1, m2…, each with its organizer noted as a body. */
export function resolveMeetings(
  mentions: Mentions,
  registry: BodyRegistry,
  publishedAt: string | undefined,
): { meetings: ExtractedMeeting[]; keyOf: Map<MeetingMention, string> } {
  const keyOf = new Map<MeetingMention, string>();
  const meetings = mentions.meetings.map((m, i): ExtractedMeeting => {
    const key = `m${i + 1}`;
    keyOf.set(m, key);
    const evidence = mentions.view.evidenceAt(m.start);
    const organizer = m.organizer ? registry.resolve(m.organizer) : undefined;
    const organizerName = organizer ? registry.note(organizer, evidence) : undefined;
    const date = m.date ? isoDate(m.date, publishedAt) : undefined;
    return {
      key,
      title: m.title,
      kind: m.kind,
      ...(date ? { date } : {}),
      ...(m.venue ? { venue: m.venue } : {}),
      ...(organizerName ? { organizer: organizerName } : {}),
      evidence,
    };
  });
  return { meetings, keyOf };
}

/**
 * Turns relation mentions into relations between resolved endpoints, one per
 * (type, from, to), and adds ISSUED_BY for every document with a known issuer and
 * ATTENDED for every participant, with the role read.
 */
export function resolveRelations(
  mentions: Mentions,
  documents: ResolvedDocuments,
  people: ResolvedPeople,
  meetingKeys: ReadonlyMap<MeetingMention, string>,
): ExtractedRelation[] {
  const out = new Map<string, ExtractedRelation>();
  const endpoint = (ref: MentionRef): Endpoint | undefined => {
    if ("subject" in ref)
      return documents.subjectKey ? { document: documents.subjectKey } : undefined;
    if ("citation" in ref) {
      const key = documents.keyOfCitation.get(ref.citation);
      return key ? { document: key } : undefined;
    }
    if ("issued" in ref) {
      const key = documents.keyOfIssued.get(ref.issued);
      return key ? { document: key } : undefined;
    }
    const key = meetingKeys.get(ref.meeting);
    return key ? { meeting: key } : undefined;
  };
  const add = (relation: ExtractedRelation): void => {
    const id = `${relation.type} ${JSON.stringify(relation.from)} ${JSON.stringify(relation.to)} ${relation.role ?? ""}`;
    const existing = out.get(id);
    if (!existing) {
      out.set(id, relation);
      return;
    }
    const a = existing.implementationKind;
    const b = relation.implementationKind;
    if (a && b && KIND_RANK[b] < KIND_RANK[a]) out.set(id, { ...existing, implementationKind: b });
    // A text that once says all of a document is repealed has repealed all of it.
    if (relation.scope === "WHOLE" && existing.scope !== "WHOLE")
      out.set(id, { ...(out.get(id) ?? existing), scope: "WHOLE" });
  };
  for (const r of mentions.relations) {
    const from = endpoint(r.from);
    const to = endpoint(r.to);
    if (!from || !to || JSON.stringify(from) === JSON.stringify(to)) continue;
    add({
      type: r.type,
      from,
      to,
      ...(r.implementationKind ? { implementationKind: r.implementationKind } : {}),
      ...(r.scope ? { scope: r.scope } : {}),
      evidence: mentions.view.evidenceAt(r.at),
    });
  }
  for (const d of documents.documents) {
    if (!d.issuer) continue;
    add({
      type: "ISSUED_BY",
      from: { document: d.key },
      to: { body: d.issuer },
      evidence: d.evidence,
    });
  }
  for (const meeting of mentions.meetings) {
    const key = meetingKeys.get(meeting);
    if (!key) continue;
    const roles = new Map<string, { role: AttendanceRole; at: number }[]>();
    for (const { person, role } of meeting.attendees) {
      const name = people.nameOf.get(person);
      if (!name) continue;
      const list = roles.get(name) ?? [];
      if (!list.some((x) => x.role === role)) list.push({ role, at: person.start });
      roles.set(name, list);
    }
    for (const [name, list] of roles) {
      for (const { role, at } of list.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role])) {
        add({
          type: "ATTENDED",
          from: { person: name },
          to: { meeting: key },
          role,
          evidence: mentions.view.evidenceAt(at),
        });
      }
    }
  }
  return [...out.values()];
}
