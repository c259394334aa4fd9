import type { NodeType } from "./queries.js";

export interface NodeLook {
  readonly name: string;
  /** Border and legend colour. */
  readonly colour: string;
  /** A light tint of it, behind the label. */
  readonly fill: string;
  /** A dark shade of it, for the label. */
  readonly ink: string;
  readonly shape: "round-rectangle" | "cut-rectangle" | "round-hexagon" | "ellipse";
  /** Room between the label and the outline, wider where the shape narrows at its ends. */
  readonly padX: number;
  readonly padY: number;
}

/** One colour and one shape per node type, so the legend can be read without colour too. */
export const NODE_LOOKS: Record<NodeType, NodeLook> = {
  DOCUMENT: {
    name: "Document (văn bản)",
    colour: "#2563eb",
    fill: "#dbeafe",
    ink: "#1e3a8a",
    shape: "round-rectangle",
    padX: 12,
    padY: 8,
  },
  MEETING: {
    name: "Meeting (hội nghị)",
    colour: "#7c3aed",
    fill: "#ede9fe",
    ink: "#4c1d95",
    shape: "cut-rectangle",
    padX: 14,
    padY: 10,
  },
  BODY: {
    name: "Body (cơ quan)",
    colour: "#059669",
    fill: "#d1fae5",
    ink: "#064e3b",
    shape: "round-hexagon",
    padX: 22,
    padY: 8,
  },
  PERSON: {
    name: "Person (cán bộ)",
    colour: "#d97706",
    fill: "#fef3c7",
    ink: "#78350f",
    shape: "ellipse",
    padX: 20,
    padY: 10,
  },
};
