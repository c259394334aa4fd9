import { DOCUMENT_KINDS, type Endpoint, type Extraction } from "../../domain.js";
import {
  bodyId,
  bodyLifetime,
  classifyBodyKind,
  classifyBodyLevel,
  codeKey,
  documentId,
  foldedId,
  meetingId,
  parseDocumentCode,
  personId,
  sourceId,
  unnumberedDocumentId,
  yearSlot,
} from "../../identity/index.js";
import { dedupeEdges, edgeRow, isEdgeShape } from "./planEdges.js";
import { planSuccessions } from "./planSuccessions.js";
import { searchText } from "./searchText.js";
import {
  EDGE_SHAPES,
  type BodyRow,
  type DocumentRow,
  type EdgeRow,
  type EdgeShape,
  type LoadPlan,
  type MeetingRow,
  type PersonRow,
  type YearSlotRow,
} from "./LoadPlan.js";

export interface SourceInfo {
  readonly contentHash: string;
  readonly url?: string;
  readonly title?: string;
  readonly publishedAt?: string;
}

const LABEL_OF_ENDPOINT = {
  document: "Document",
  body: "Body",
  person: "Person",
  meeting: "Meeting",
} as const;

/**
 * Turns one text's extraction into the rows to write, deriving every node's
 * identity: documents from issuer + code + year, bodies from their folded name (and
 * province, below the province), people from name + body, meetings from organiser +
 * day + title (or session number, meetingId).
 */
export function planLoad(extraction: Extraction, info: SourceInfo): LoadPlan {
  // Every reference names a body as the extraction lists it; the list says where it is.
  const placed = new Map<string, { id: string; province: string | null }>();
  for (const body of extraction.bodies) {
    const place = { id: bodyId(body.name, body.province), province: body.province ?? null };
    for (const name of [body.name, ...body.aliases]) if (!placed.has(name)) placed.set(name, place);
  }
  const idOfBody = (name: string) => placed.get(name)?.id ?? bodyId(name);

  const source = {
    id: sourceId(info.contentHash),
    contentHash: info.contentHash,
    url: info.url ?? extraction.source.url ?? null,
    title: info.title ?? extraction.source.title ?? ownDocumentName(extraction),
    publishedAt: validDate(info.publishedAt ?? extraction.source.publishedAt),
  };

  const documentIds = new Map<string, string>();
  const documents = new Map<string, DocumentRow>();
  const yearSlots = new Map<string, YearSlotRow>();
  // A local document whose issuer the text does not name is known only as this text's: scoped
  // to its source, as a person without a body is, "007/CĐ-UBND" never merges with another
  // province's document of that number. (A decree's id does not depend on its issuer.)
  const unnamedIssuer = source.id;
  for (const doc of extraction.documents) {
    const issuerKey = doc.issuer ? idOfBody(doc.issuer) : unnamedIssuer;
    const parsed = doc.code ? parseDocumentCode(doc.code, doc.year) : undefined;
    const year = parsed?.year ?? doc.year;
    const kindName = DOCUMENT_KINDS[doc.kind].name;
    const id = parsed
      ? documentId(parsed, issuerKey)
      : unnumberedDocumentId(issuerKey, year, kindName, doc.title ?? doc.code ?? doc.key);
    documentIds.set(doc.key, id);
    const row: DocumentRow = {
      id,
      code: parsed?.code ?? doc.code ?? null,
      number: parsed?.number ?? null,
      symbol: parsed?.symbol ?? null,
      codeKey: parsed ? codeKey(parsed) : null,
      year: year ?? null,
      kind: doc.kind,
      system: doc.system ?? parsed?.system ?? null,
      title: doc.title ?? null,
      issuedOn: validDate(doc.issuedOn),
      isSubject: doc.isSubject ?? false,
      searchText: searchText([parsed?.code, kindName, doc.title, doc.issuer, year?.toString()]),
    };
    const earlier = documents.get(id);
    documents.set(id, earlier ? mergeDocumentRows(earlier, row) : row);
    if (parsed) {
      const slot = yearSlot(parsed, issuerKey);
      yearSlots.set(slot.before + slot.after, { codeKey: codeKey(parsed), ...slot });
    }
  }

  const bodies = new Map<string, BodyRow>();
  const addBody = (name: string, row?: Partial<BodyRow>) => {
    const id = idOfBody(name);
    const earlier = bodies.get(id);
    const aliases = new Set([...(earlier?.aliases ?? []), ...(row?.aliases ?? [])]);
    if (earlier && earlier.name !== name) aliases.add(name);
    const level = row?.level ?? earlier?.level ?? classifyBodyLevel(name) ?? null;
    const { validFrom, validTo } = bodyLifetime(id, level);
    bodies.set(id, {
      id,
      foldedId: foldedId(id),
      name: earlier?.name ?? name,
      province: earlier?.province ?? placed.get(name)?.province ?? null,
      kind: row?.kind ?? earlier?.kind ?? classifyBodyKind(name),
      level,
      aliases: [...aliases],
      searchText: searchText([earlier?.name ?? name, ...aliases]),
      validFrom,
      validTo,
    });
    return id;
  };
  for (const body of extraction.bodies) {
    addBody(body.name, { kind: body.kind, level: body.level ?? null, aliases: body.aliases });
  }

  const edges = new Map<EdgeShape, EdgeRow[]>(EDGE_SHAPES.map((shape) => [shape, []]));
  const addEdge = (shape: EdgeShape, row: EdgeRow) => edges.get(shape)?.push(row);

  for (const body of extraction.bodies) {
    if (body.partOf) {
      addEdge("PART_OF:Body>Body", {
        from: idOfBody(body.name),
        to: addBody(body.partOf),
        sentence: body.evidence.sentence,
      });
    }
  }
  for (const doc of extraction.documents) {
    if (doc.issuer) {
      addEdge("ISSUED_BY:Document>Body", {
        from: documentIds.get(doc.key) ?? "",
        to: addBody(doc.issuer),
        sentence: doc.evidence.sentence,
        inferred: doc.issuerInferred === true,
      });
    }
  }

  const peopleIds = new Map<string, string>();
  const people = new Map<string, PersonRow>();
  // A position holds on the day its text speaks as of: a page's publication, else the
  // day of the document the text is.
  const statedOn =
    source.publishedAt ?? validDate(extraction.documents.find((d) => d.isSubject)?.issuedOn);
  for (const person of extraction.people) {
    const body = person.positions[0]?.body;
    const id = personId(person.name, body ? idOfBody(body) : undefined, source.id);
    peopleIds.set(person.name, id);
    people.set(id, {
      id,
      name: person.name,
      searchText: searchText([person.name, ...person.positions.map((p) => p.title)]),
    });
    for (const position of person.positions) {
      if (!position.body) continue;
      addEdge("HOLDS_POSITION:Person>Body", {
        from: id,
        to: addBody(position.body),
        sentence: person.evidence.sentence,
        title: position.title,
        statedOn,
        ...(position.former ? { former: true } : {}),
      });
    }
  }

  const meetingIds = new Map<string, string>();
  const meetings = new Map<string, MeetingRow>();
  for (const meeting of extraction.meetings) {
    const date = validDate(meeting.date);
    const organizer = meeting.organizer
      ? { id: idOfBody(meeting.organizer), name: meeting.organizer }
      : undefined;
    const id = meetingId(organizer, date ?? undefined, meeting.title);
    meetingIds.set(meeting.key, id);
    meetings.set(id, {
      id,
      title: meeting.title,
      kind: meeting.kind,
      date,
      venue: meeting.venue ?? null,
      searchText: searchText([meeting.title, meeting.venue, meeting.organizer]),
    });
    if (meeting.organizer) {
      addEdge("ORGANIZED_BY:Meeting>Body", {
        from: id,
        to: addBody(meeting.organizer),
        sentence: meeting.evidence.sentence,
      });
    }
  }

  const resolveEndpoint = (endpoint: Endpoint): { label: string; id: string } | undefined => {
    if ("document" in endpoint) {
      const id = documentIds.get(endpoint.document);
      return id ? { label: LABEL_OF_ENDPOINT.document, id } : undefined;
    }
    if ("body" in endpoint) return { label: LABEL_OF_ENDPOINT.body, id: addBody(endpoint.body) };
    if ("person" in endpoint) {
      const id = peopleIds.get(endpoint.person);
      return id ? { label: LABEL_OF_ENDPOINT.person, id } : undefined;
    }
    const id = meetingIds.get(endpoint.meeting);
    return id ? { label: LABEL_OF_ENDPOINT.meeting, id } : undefined;
  };

  for (const relation of extraction.relations) {
    if (relation.type === "ISSUED_BY") continue; // written from the documents' issuers above
    const from = resolveEndpoint(relation.from);
    const to = resolveEndpoint(relation.to);
    if (!from || !to) continue;
    const shape = `${relation.type}:${from.label}>${to.label}`;
    if (!isEdgeShape(shape)) continue;
    addEdge(shape, edgeRow(relation, from.id, to.id));
  }

  return {
    source,
    documents: [...documents.values()],
    bodies: [...bodies.values()],
    people: [...people.values()],
    meetings: [...meetings.values()],
    edges: dedupeEdges(edges),
    successions: planSuccessions(bodies.values()),
    yearSlots: [...yearSlots.values()],
  };
}

function mergeDocumentRows(a: DocumentRow, b: DocumentRow): DocumentRow {
  return {
    ...a,
    code: a.code ?? b.code,
    year: a.year ?? b.year,
    title: a.title ?? b.title,
    issuedOn: a.issuedOn ?? b.issuedOn,
    isSubject: a.isSubject || b.isSubject,
    searchText: a.searchText.length >= b.searchText.length ? a.searchText : b.searchText,
  };
}

/**
 * A text with no title of its own (a legal document as published, without a news page's
 * front matter) is named after the document it is: "Kết luận 221-KL/TW: Kết luận của Bộ
 * Chính trị …". Evidence then says which text a sentence was read in.
 */
function ownDocumentName(extraction: Extraction): string | null {
  const own = extraction.documents.find((doc) => doc.isSubject);
  if (!own) return null;
  const name = [DOCUMENT_KINDS[own.kind].name, own.code].filter(Boolean).join(" ");
  return own.title ? `${name}: ${own.title}` : name;
}

/** "2021-03-29" when it is a real calendar day, else null (31/2/2021 is not). */
export function validDate(value: string | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}
