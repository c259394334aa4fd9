import type { ElementDefinition } from "cytoscape";
import { relationFamily, relationLabel } from "./relationLooks.js";
import type { GraphView, ImplementationChain, NodeType, SourceSummary } from "./queries.js";

/** A sentence stating a relation, and where it was read when known. */
export interface EvidenceItem {
  sentence: string;
  sourceId: string | null;
  source: SourceSummary | null;
}

/** What the explorer keeps on each node; `display` is the label drawn on the canvas. */
export interface NodeData {
  id: string;
  type: NodeType;
  label: string;
  display: string;
  title: string | null;
  date: string | null;
  bodies: string[];
  isStub: boolean;
  /** A body's lifetime, when known: "until 2025-06-30", "from 2025-03-01". */
  lifetime: string | null;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  family: string;
  evidence: EvidenceItem[];
}

const MAX_DRAWN_LABEL = 64;

/** Meeting titles run to a paragraph; the canvas shows the start, the details panel the rest. */
function shorten(text: string): string {
  if (text.length <= MAX_DRAWN_LABEL) return text;
  const cut = text.slice(0, MAX_DRAWN_LABEL - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > MAX_DRAWN_LABEL / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string")
    : [];
}

const REORGANISATION_RECORD: SourceSummary = {
  id: "govgraph",
  url: null,
  title: "govgraph's record of the 2025 reorganisation",
  publishedAt: null,
};

/** A succession is the domain's, not a text's: the act that decided it stands as its evidence. */
function successionEvidence(edge: GraphView["edges"][number]): EvidenceItem[] | undefined {
  if (edge.type !== "SUCCEEDED_BY") return undefined;
  const basis = stringOrNull(edge.data.basis);
  const on = stringOrNull(edge.data.on);
  const sentence = [basis, on && `in charge from ${on}`].filter(Boolean).join(", ");
  return sentence ? [{ sentence, sourceId: null, source: REORGANISATION_RECORD }] : [];
}

/** "from 2025-03-01 until …", "until 2025-06-30", or null when neither day is known. */
export function lifetimeOf(validFrom: string | null, validTo: string | null): string | null {
  const parts = [validFrom && `from ${validFrom}`, validTo && `until ${validTo}`];
  return parts.filter(Boolean).join(" ") || null;
}

export function chainElements(chain: ImplementationChain): ElementDefinition[] {
  const nodes = chain.nodes.map((node) => ({
    group: "nodes" as const,
    data: {
      id: node.id,
      type: node.type,
      label: node.label,
      display: shorten(node.label),
      title: node.title,
      date: node.date,
      bodies: node.bodies,
      isStub: node.isStub,
      lifetime: null,
    } satisfies NodeData,
  }));
  const edges = chain.edges.map((edge) => ({
    group: "edges" as const,
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: relationLabel(edge.type, edge.implementationKind),
      family: relationFamily(edge.type),
      evidence: edge.evidence.map((item) => ({
        sentence: item.sentence,
        sourceId: item.sourceId,
        source: item.source,
      })),
    } satisfies EdgeData,
  }));
  return [...nodes, ...edges];
}

/** A position's title ("Bí thư") says more than "holds position"; a chair more than "attended". */
function graphEdgeLabel(edge: GraphView["edges"][number]): string {
  const title = stringOrNull(edge.data.title);
  const role = stringOrNull(edge.data.role);
  if (edge.type === "HOLDS_POSITION" && title) return title;
  if (edge.type === "ATTENDED" && role && role !== "ATTENDEE") {
    return `attended · ${role.toLowerCase()}`;
  }
  return relationLabel(edge.type, stringOrNull(edge.data.kind));
}

export function graphViewElements(view: GraphView): ElementDefinition[] {
  const nodes = view.nodes.map((node) => ({
    group: "nodes" as const,
    data: {
      id: node.id,
      type: node.type,
      label: node.label,
      display: shorten(node.label),
      title: stringOrNull(node.data.title),
      date: stringOrNull(node.data.issuedOn) ?? stringOrNull(node.data.date),
      bodies: strings(node.data.bodies),
      isStub: node.data.isStub === true,
      lifetime: lifetimeOf(stringOrNull(node.data.validFrom), stringOrNull(node.data.validTo)),
    } satisfies NodeData,
  }));
  const edges = view.edges.map((edge) => {
    const sentences = strings(edge.data.sentences);
    const sourceIds = strings(edge.data.sourceIds);
    return {
      group: "edges" as const,
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        label: graphEdgeLabel(edge),
        family: relationFamily(edge.type),
        // The loader appends one sentence and one source id per source that states the relation.
        evidence:
          successionEvidence(edge) ??
          sentences.map((sentence, index) => ({
            sentence,
            sourceId: sourceIds[index] ?? sourceIds[0] ?? null,
            source: null,
          })),
      } satisfies EdgeData,
    };
  });
  return [...nodes, ...edges];
}
