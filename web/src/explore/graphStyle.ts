import type { NodeSingular, StylesheetJson } from "cytoscape";
import {
  LABEL_FONT_FAMILY,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  LABEL_MAX_WIDTH,
  nodeBox,
} from "./nodeBox.js";
import { NODE_LOOKS } from "./nodeLooks.js";
import type { NodeType } from "./queries.js";
import { RELATION_FAMILIES, type RelationFamily } from "./relationLooks.js";

/** How the graph is drawn: node looks by type, edge looks by relation family, states. */
export function graphStylesheet(): StylesheetJson {
  const byType = (Object.keys(NODE_LOOKS) as NodeType[]).map((type) => {
    const look = NODE_LOOKS[type];
    return {
      selector: `node[type = "${type}"]`,
      style: {
        shape: look.shape,
        "background-color": look.fill,
        "border-color": look.colour,
        color: look.ink,
        "underlay-color": look.colour,
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
        width: (node: NodeSingular) => nodeBox(node).width,
        height: (node: NodeSingular) => nodeBox(node).height,
        "font-family": LABEL_FONT_FAMILY,
        "font-size": LABEL_FONT_SIZE,
        "font-weight": 500,
        "line-height": LABEL_LINE_HEIGHT,
        "text-valign": "center",
        "text-halign": "center",
        "text-wrap": "wrap",
        "text-max-width": `${LABEL_MAX_WIDTH}px`,
        "border-width": 1.5,
        "min-zoomed-font-size": 5,
      },
    },
    ...byType,
    {
      selector: "node[?isStub]",
      style: { "background-color": "#ffffff", "border-style": "dashed" },
    },
    {
      selector: "node.root",
      style: {
        "border-width": 3,
        "font-weight": 600,
        "underlay-opacity": 0.16,
        "underlay-padding": 7,
        "underlay-shape": "round-rectangle",
      },
    },
    {
      selector: "node.expanded",
      style: { "outline-width": 2, "outline-color": "#f59e0b", "outline-offset": 3 },
    },
    {
      selector: "node:selected",
      style: { "overlay-color": "#f59e0b", "overlay-opacity": 0.14, "overlay-padding": 5 },
    },
    {
      selector: "edge",
      style: {
        width: 1.75,
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "arrow-scale": 1.1,
        label: "data(label)",
        "font-family": LABEL_FONT_FAMILY,
        "font-size": 10.5,
        color: "#475569",
        "text-rotation": "autorotate",
        "text-background-color": "#f8fafc",
        "text-background-opacity": 1,
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
        "font-weight": 600,
        "z-index": 10,
      },
    },
  ];
}
