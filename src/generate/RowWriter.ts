import { createHash } from "node:crypto";
import {
  DOCUMENT_KINDS,
  type ExtractedDocument,
  type ExtractedRelation,
  type Extraction,
} from "../domain.js";
import { bodyId, bodyLifetime, foldedId, sourceId } from "../identity/index.js";
import { planLoad } from "../ingest/load/index.js";
import type { EdgeShape, LoadPlan } from "../ingest/load/LoadPlan.js";
import type { BodyCatalogue } from "./BodyCatalogue.js";
import { cited, evidence, issuance, listed } from "./extractionParts.js";
import type { DocumentText, GenDoc, MeetingText } from "./GeneratedText.js";
import {
  emptyRows,
  type BulkEdgeRow,
  type GeneratedRows,
  type MentionLabel,
} from "./GeneratedRows.js";

/**
 * Turns generated texts into graph rows through the load stage's own planLoad, so
 * ids, properties and searchText are exactly what ingesting the same text would
 * write. Rows for nodes that earlier rows already created are left out (bulk
 * loading CREATEs), but every MENTIONED_IN the load stage would add is kept.
 */
export class RowWriter {
  private rows = emptyRows();
  private readonly people = new Set<string>();
  /** Real documents only cited: created by the first text that cites them. */
  private readonly pendingStubs = new Set<string>();
  private documentCount = 0;

  constructor(private readonly seed: string) {}

  /** Subject documents written so far. */
  get documents(): number {
    return this.documentCount;
  }

  /** The rows gathered since the last call. */
  take(): GeneratedRows {
    const rows = this.rows;
    this.rows = emptyRows();
    return rows;
  }

  /** The map: every body with its lifetime, and PART_OF as one reference source states it. */
  writeCatalogue(catalogue: BodyCatalogue): void {
    const catalogueSource = this.addSource("catalogue", {
      title: "Danh mục đơn vị hành chính và cơ quan (dữ liệu tổng hợp)",
      publishedAt: "2025-07-01",
    });
    const names = new Map(catalogue.bodies.map((b) => [b.id, b.name]));
    for (const body of catalogue.bodies) {
      const aliases = body.aliases.filter((a) => a !== body.name);
      this.rows.bodies.push({
        id: body.id,
        foldedId: foldedId(body.id),
        name: body.name,
        kind: body.kind,
        level: body.level,
        province: body.province,
        aliases,
        // What MERGE_BODIES stores: the name, then each alias, each followed by " | ".
        searchText: `${body.name} | ${aliases.map((a) => `${a} | `).join("")}`,
        validFrom: body.validFrom,
        validTo: body.validTo,
      });
      this.mention("Body", body.id, catalogueSource);
      if (body.parentId) {
        this.edge("PART_OF:Body>Body", {
          from: body.id,
          to: body.parentId,
          sentence: `${body.name} trực thuộc ${names.get(body.parentId) ?? body.parentId}.`,
          sourceId: catalogueSource,
        });
      }
      const succession = bodyLifetime(body.id, body.level).succession;
      const successor = succession && bodyId(succession.successor);
      if (succession && successor && names.has(successor)) {
        const { on, basis } = succession;
        this.rows.successions.push({ from: body.id, to: successor, on, basis });
      }
    }
  }

  /** A document's own text: the document, its issuer and every relation it states. */
  writeDocument(text: DocumentText): void {
    const { doc } = text;
    const keys = new Map<string, string>([[doc.id, "s"]]);
    const documents: ExtractedDocument[] = [cited(doc, "s", issuance(doc), true)];
    const relations: ExtractedRelation[] = [];
    for (const relation of text.relations) {
      let key = keys.get(relation.target.id);
      if (!key) {
        key = `t${keys.size}`;
        keys.set(relation.target.id, key);
        documents.push(cited(relation.target, key, relation.sentence, false));
      }
      relations.push({
        type: relation.type,
        from: { document: "s" },
        to: { document: key },
        implementationKind: relation.implementationKind,
        // The generator repeals and replaces whole documents ("Bãi bỏ Quyết định số …").
        ...(relation.type === "REPEALS" || relation.type === "REPLACES"
          ? { scope: "WHOLE" as const }
          : {}),
        evidence: evidence(relation.sentence),
      });
    }
    const extraction: Extraction = {
      source: {},
      documents,
      bodies: listed([doc, ...text.relations.map((r) => r.target)].map((d) => d.issuer)),
      people: [],
      meetings: [],
      relations,
    };
    this.writePlan(
      planLoad(extraction, {
        contentHash: this.hash(`document:${doc.id}`),
        title: `${DOCUMENT_KINDS[doc.kind].name} ${doc.code ?? ""} ${doc.title}`.replace(
          /\s+/g,
          " ",
        ),
        publishedAt: doc.issuedOn,
      }),
      doc.id,
    );
    this.documentCount += 1;
  }

  /** A news article about a meeting, with its attendees and their positions. */
  writeMeeting(text: MeetingText): void {
    const attendees = text.attendees.map(({ official, role }) => ({ official, role }));
    const lead = attendees
      .map(({ official }) => {
        const [first] = official.positions;
        return `đồng chí ${official.name} - ${first?.title ?? ""} ${first?.body.name ?? ""}`.trim();
      })
      .join(", ");
    const sentence = `${text.date.slice(0, 4)}: ${text.title}. Dự Hội nghị có ${lead}.`;
    const extraction: Extraction = {
      source: {},
      documents: [cited(text.document, "d", sentence, false)],
      bodies: listed([
        text.document.issuer,
        text.organizer,
        ...attendees.flatMap(({ official }) => official.positions.map((p) => p.body)),
      ]),
      people: attendees.map(({ official }) => ({
        name: official.name,
        positions: official.positions.map((p) => ({ title: p.title, body: p.body.name })),
        evidence: evidence(sentence),
      })),
      meetings: [
        {
          key: "m",
          title: text.title,
          kind: text.kind,
          date: text.date,
          venue: text.venue,
          organizer: text.organizer.name,
          evidence: evidence(sentence),
        },
      ],
      relations: [
        {
          type: text.relation,
          from: { meeting: "m" },
          to: { document: "d" },
          ...(text.relation === "IMPLEMENTS" ? { implementationKind: "IMPLEMENTS" as const } : {}),
          evidence: evidence(sentence),
        },
        ...attendees.map(({ official, role }): ExtractedRelation => ({
          type: "ATTENDED",
          from: { person: official.name },
          to: { meeting: "m" },
          role,
          evidence: evidence(
            role === "CHAIR"
              ? `Đồng chí ${official.name} chủ trì Hội nghị.`
              : role === "PRESENTER"
                ? `Đồng chí ${official.name} trình bày báo cáo tại Hội nghị.`
                : role === "SPEAKER"
                  ? `Đồng chí ${official.name} phát biểu chỉ đạo Hội nghị.`
                  : sentence,
          ),
        })),
      ],
    };
    const terms = new Map(
      attendees.flatMap(({ official }) =>
        official.positions.map((p) => [`${official.name}|${p.body.id}`, official] as const),
      ),
    );
    this.writePlan(
      planLoad(extraction, {
        contentHash: this.hash(`meeting:${text.organizer.id}:${text.date}:${text.title}`),
        title: text.title,
        publishedAt: text.date,
      }),
      null,
      terms,
    );
  }

  private writePlan(
    plan: LoadPlan,
    subjectId: string | null,
    terms?: ReadonlyMap<string, { from: string; to: string | null }>,
  ): void {
    const sourceId = plan.source.id;
    this.rows.sources.push(plan.source);
    const newPeople = new Set<string>();
    for (const document of plan.documents) {
      if (document.id === subjectId || this.pendingStubs.delete(document.id)) {
        this.rows.documents.push(document);
      }
      this.mention("Document", document.id, sourceId);
    }
    for (const body of plan.bodies) this.mention("Body", body.id, sourceId);
    for (const person of plan.people) {
      if (!this.people.has(person.id)) {
        this.people.add(person.id);
        newPeople.add(person.id);
        this.rows.people.push(person);
      }
      this.mention("Person", person.id, sourceId);
    }
    for (const meeting of plan.meetings) {
      this.rows.meetings.push(meeting);
      this.mention("Meeting", meeting.id, sourceId);
    }
    const personNames = new Map(plan.people.map((p) => [p.id, p.name]));
    for (const [shape, edges] of plan.edges) {
      for (const edge of edges) {
        // Issuance is stated once, by the document's own text: the load stage would also
        // append every citing text to a cited document's ISSUED_BY provenance (see
        // docs/scaling.md), which grows without bound on much-cited laws.
        if (shape === "ISSUED_BY:Document>Body" && edge.from !== subjectId) continue;
        if (shape === "HOLDS_POSITION:Person>Body") {
          if (!newPeople.has(edge.from)) continue;
          const term = terms?.get(`${personNames.get(edge.from)}|${edge.to}`);
          this.edge(shape, {
            ...edge,
            sourceId,
            since: term?.from ?? null,
            until: term?.to ?? null,
          });
          continue;
        }
        this.edge(shape, { ...edge, sourceId });
      }
    }
  }

  /** Declares a document that no generated text is the subject of (a real law it cites). */
  registerStub(doc: GenDoc): void {
    this.pendingStubs.add(doc.id);
  }

  private addSource(name: string, info: { title: string; publishedAt: string }): string {
    const contentHash = this.hash(name);
    const id = sourceId(contentHash);
    this.rows.sources.push({
      id,
      contentHash,
      url: null,
      title: info.title,
      publishedAt: info.publishedAt,
    });
    return id;
  }

  private edge(shape: EdgeShape, row: BulkEdgeRow): void {
    let list = this.rows.edges.get(shape);
    if (!list) this.rows.edges.set(shape, (list = []));
    list.push(row);
  }

  private mention(label: MentionLabel, from: string, to: string): void {
    let list = this.rows.mentions.get(label);
    if (!list) this.rows.mentions.set(label, (list = []));
    list.push({ from, to });
  }

  private hash(text: string): string {
    return createHash("sha256").update(`govgraph-generate:${this.seed}:${text}`).digest("hex");
  }
}
