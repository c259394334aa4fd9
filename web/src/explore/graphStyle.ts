import type { StylesheetJson } from "cytoscape";
import type { NodeType } from "./queries.js";

interface NodeLook {
  readonly name: string;
  readonly colour: string;
  readonly shape: "round-rectangle" | "round-hexagon" | "ellipse" | "round-diamond";
  readonly width: number;
  readonly height: number;
}

/** One colour and one shape per node type, so the legend can be read without colour too. */
export const NODE_LOOKS: Record<NodeType, NodeLook> = {
  DOCUMENT: {
    name: "Document (văn bản)",
    colour: "#2563eb",
    shape: "round-rectangle",
    width: 40,
    height: 28,
  },
  MEETING: {
    name: "Meeting (hội nghị)",
    colour: "#7c3aed",
    shape: "round-diamond",
    width: 38,
    height: 38,
  },
  BODY: {
    name: "Body (cơ quan)",
    colour: "#059669",
    shape: "round-hexagon",
    width: 36,
    height: 32,
  },
  PERSON: { name: "Person (cán bộ)", colour: "#d97706", shape: "ellipse", width: 30, height: 30 },
};

type RelationFamily = "implementation" | "legal" | "organisation";

/** Relations grouped the way a reader asks about them: who carried out what, on what legal ground, who is who. */
export const RELATION_FAMILIES: Record<
  RelationFamily,
  { name: string; colour: string; line: "solid" | "dashed" | "dotted" }
> = {
  implementation: { name: "Carries out, reviews", colour: "#334155", line: "solid" },
  legal: { name: "Legal basis, amends, cites", colour: "#64748b", line: "dashed" },
  organisation: { name: "Issued by, attended, part of", colour: "#a8b3c4", line: "dotted" },
};

const FAMILY_OF: Record<string, RelationFamily> = {
  IMPLEMENTS: "implementation",
  REVIEWS: "implementation",
  BASED_ON: "legal",
  AMENDS: "legal",
  REPLACES: "legal",
  REPEALS: "legal",
  CITES: "legal",
  ISSUED_BY: "organisation",
  ORGANIZED_BY: "organisation",
  ATTENDED: "organisation",
  HOLDS_POSITION: "organisation",
  PART_OF: "organisation",
};

export function relationFamily(type: string): RelationFamily {
  return FAMILY_OF[type] ?? "legal";
}

/** "IMPLEMENTS" with kind "DETAILS" reads "details"; "ISSUED_BY" reads "issued by". */
export function relationLabel(type: string, implementationKind?: string | null): string {
  const word =
    implementationKind && implementationKind !== "IMPLEMENTS" ? implementationKind : type;
  return word.toLowerCase().replace(/_/g, " ");
}

const FONT = '"Be Vietnam Pro", "Noto Sans", sans-serif';

export function graphStylesheet(): StylesheetJson {
  const byType = (Object.keys(NODE_LOOKS) as NodeType[]).map((type) => {
    const look = NODE_LOOKS[type];
    return {
      selector: `node[type = "${type}"]`,
      style: {
        shape: look.shape,
        width: look.width,
        height: look.height,
        "background-color": look.colour,
        "border-color": look.colour,
      },
    };
  });
  const byFamily = (Object.keys(RELATION_FAMILIES) as RelationFamily[]).map((family) => {
    const look = RELATION_FAMILIES[family];
    return {
      selector: `edge[family = "${family}"]`,
      style: {
        "line-color": look.colour,
        "target-arrow-color": look.colour,
        "line-style": look.line,
      },
    };
  });
  return [
    {
      selector: "node",
      style: {
        label: "data(display)",
        "font-family": FONT,
        "font-size": 12,
        "font-weight": 500,
        color: "#1e293b",
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 6,
        "text-wrap": "wrap",
        "text-max-width": "170px",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": "2px",
        "text-background-shape": "roundrectangle",
        "border-width": 2,
        "min-zoomed-font-size": 6,
      },
    },
    ...byType,
    {
      selector: "node[?isStub]",
      style: { "background-color": "#ffffff", "border-style": "dashed" },
    },
    {
      selector: "node.root",
      style: { "border-width": 4, "border-color": "#0f172a", "font-weight": 600 },
    },
    {
      selector: "node.expanded",
      style: { "outline-width": 3, "outline-color": "#fbbf24", "outline-offset": 2 },
    },
    {
      selector: "node:selected",
      style: { "overlay-color": "#f59e0b", "overlay-opacity": 0.2, "overlay-padding": 6 },
    },
    {
      selector: "edge",
      style: {
        width: 2,
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "arrow-scale": 1.1,
        label: "data(label)",
        "font-family": FONT,
        "font-size": 10,
        color: "#475569",
        "text-rotation": "autorotate",
        "text-background-color": "#f8fafc",
        "text-background-opacity": 0.9,
        "text-background-padding": "2px",
        "min-zoomed-font-size": 7,
      },
    },
    ...byFamily,
    {
      selector: "edge.hovered",
      style: {
        width: 4,
        "line-color": "#f59e0b",
        "target-arrow-color": "#f59e0b",
        color: "#92400e",
        "z-index": 10,
      },
    },
  ];
}
