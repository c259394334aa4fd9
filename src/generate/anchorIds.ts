import { ANCHORS, type Anchor } from "./anchors.js";
import { buildCatalogue } from "./buildCatalogue.js";
import { CampaignBuilder } from "./CampaignBuilder.js";
import { DocumentNumbering } from "./DocumentNumbering.js";
import { foundationalLaws } from "./foundationalLaws.js";
import { GENERATED_UNTIL } from "./generateGraph.js";
import { Random } from "./Random.js";

/** Where a reference campaign starts and ends in the graph. */
export interface AnchorIds {
  readonly anchor: Anchor;
  /** The law at the top of the chain. */
  readonly root: { readonly id: string; readonly code: string };
  /** The first decree (depth 1). */
  readonly decreeId: string;
  /** The first provincial decision (depth 3). */
  readonly decisionId: string;
  /** The last commune plan (depth 6): its UP chain has 7 documents. */
  readonly leafId: string;
  /** Every document of the campaign. */
  readonly documentIds: readonly string[];
}

/**
 * The ids of the reference campaigns, computed without generating the graph: they are
 * written first with fresh numbering, so they are the same in every generated graph
 * (whatever its size or seed) that was generated with anchors.
 */
export function anchorIds(): AnchorIds[] {
  const catalogue = buildCatalogue();
  const numbering = new DocumentNumbering();
  const laws = foundationalLaws(catalogue, numbering);
  const context = { catalogue, numbering, laws, until: GENERATED_UNTIL };
  return ANCHORS.map((anchor) => {
    const builder = new CampaignBuilder(context, new Random(`govgraph-anchor:${anchor.name}`));
    builder.shapedCampaign(anchor.date, anchor);
    const docs = builder.texts.map((t) => t.doc);
    const root = docs[0];
    const byKind = (kind: string) => docs.find((d) => d.kind === kind)?.id ?? "";
    const last = docs[docs.length - 1];
    if (!root?.code || !last) throw new Error(`anchor '${anchor.name}' generated no documents`);
    return {
      anchor,
      root: { id: root.id, code: root.code },
      decreeId: byKind("DECREE"),
      decisionId: byKind("DECISION"),
      leafId: last.id,
      documentIds: docs.map((d) => d.id),
    };
  });
}
