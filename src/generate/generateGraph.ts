import { ANCHORS } from "./anchors.js";
import { buildCatalogue } from "./buildCatalogue.js";
import { CampaignBuilder, type GenerationContext } from "./CampaignBuilder.js";
import { addDays, daysBetween } from "./dates.js";
import { DocumentNumbering } from "./DocumentNumbering.js";
import { foundationalLaws } from "./foundationalLaws.js";
import type { GeneratedRows } from "./GeneratedRows.js";
import type { DocumentText, MeetingText } from "./GeneratedText.js";
import { Random } from "./Random.js";
import { RecentDocuments } from "./RecentDocuments.js";
import { GENERATED_FROM, RoutineBuilder } from "./RoutineBuilder.js";
import { RowWriter } from "./RowWriter.js";

export interface GenerateOptions {
  /** Documents to write (each with its own source text); stubs of cited real laws come on top. */
  readonly documents: number;
  readonly seed: string | number;
  /** Last day any document or meeting is dated (default 2026-06-30). */
  readonly until?: string;
  /** Write the reference campaigns of anchors.ts first (default true). */
  readonly anchors?: boolean;
}

export const GENERATED_UNTIL = "2026-06-30";

/** Share of documents written outside campaigns (công văn, reports, amendments…). */
const ROUTINE_SHARE = 0.3;

/**
 * Generates a national-scale graph as a stream of row batches, deterministically for
 * a seed: first the administrative map, then the reference campaigns, then campaigns
 * and everyday documents until `documents` are written. Memory stays flat whatever
 * the size: each batch is handed on and only bounded look-back is kept.
 */
export function* generateGraph(options: GenerateOptions): Generator<GeneratedRows> {
  const catalogue = buildCatalogue();
  const numbering = new DocumentNumbering();
  const laws = foundationalLaws(catalogue, numbering);
  const context: GenerationContext = {
    catalogue,
    numbering,
    laws,
    until: options.until ?? GENERATED_UNTIL,
  };
  const writer = new RowWriter(String(options.seed));
  for (const law of laws.all) writer.registerStub(law);
  writer.writeCatalogue(catalogue);
  yield writer.take();

  const recent = new RecentDocuments();
  const write = (texts: readonly DocumentText[], meetings: readonly MeetingText[]) => {
    const budget = options.documents - writer.documents;
    const kept = texts.slice(0, Math.max(0, budget));
    // A campaign cut short must not cite the documents it no longer has.
    const cut = new Set(texts.slice(kept.length).map((t) => t.doc.id));
    for (const text of kept) {
      const relations =
        cut.size > 0 ? text.relations.filter((r) => !cut.has(r.target.id)) : text.relations;
      writer.writeDocument({ doc: text.doc, relations });
      recent.add(text.doc);
    }
    for (const meeting of meetings) {
      if (!cut.has(meeting.document.id)) writer.writeMeeting(meeting);
    }
  };

  if (options.anchors !== false) {
    for (const anchor of ANCHORS) {
      const builder = new CampaignBuilder(context, new Random(`govgraph-anchor:${anchor.name}`));
      builder.shapedCampaign(anchor.date, anchor);
      write(builder.texts, builder.meetings);
      yield writer.take();
    }
  }

  const random = new Random(`govgraph-generate:${options.seed}`);
  const routine = new RoutineBuilder(context, random.fork("routine"), recent);
  const span = daysBetween(GENERATED_FROM, addDays(context.until, -60));
  while (writer.documents < options.documents) {
    if (random.chance(ROUTINE_SHARE)) {
      const texts: DocumentText[] = [];
      const count = Math.min(options.documents - writer.documents, 200);
      while (texts.length < count) {
        const text = routine.write();
        if (text) texts.push(text);
      }
      write(texts, []);
    } else {
      const builder = new CampaignBuilder(context, random.fork(`campaign:${writer.documents}`));
      const date = addDays(GENERATED_FROM, random.int(0, span));
      if (random.chance(0.5)) builder.lawCampaign(date);
      else builder.partyCampaign(date);
      write(builder.texts, builder.meetings);
    }
    yield writer.take();
  }
}
