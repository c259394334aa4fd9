import { element } from "./element.js";
import { NODE_LOOKS } from "./nodeLooks.js";
import { RELATION_FAMILIES } from "./relationLooks.js";
import type { NodeType } from "./queries.js";

const SVG = "http://www.w3.org/2000/svg";

function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** A small drawing of a node's shape in its colours, matching the canvas. */
function swatch(type: NodeType): SVGSVGElement {
  const look = NODE_LOOKS[type];
  const paint = { fill: look.fill, stroke: look.colour, "stroke-width": "1.5" };
  let shape: SVGElement;
  switch (look.shape) {
    case "round-rectangle":
      shape = svgElement("rect", {
        x: "1.5",
        y: "4.5",
        width: "21",
        height: "11",
        rx: "3",
        ...paint,
      });
      break;
    case "cut-rectangle":
      shape = svgElement("polygon", {
        points: "5,4.5 19,4.5 22.5,8 22.5,12 19,15.5 5,15.5 1.5,12 1.5,8",
        ...paint,
      });
      break;
    case "round-hexagon":
      shape = svgElement("polygon", {
        points: "6,4.5 18,4.5 22.5,10 18,15.5 6,15.5 1.5,10",
        "stroke-linejoin": "round",
        ...paint,
      });
      break;
    case "ellipse":
      shape = svgElement("ellipse", { cx: "12", cy: "10", rx: "10.5", ry: "5.5", ...paint });
      break;
    default: {
      const unhandled: never = look.shape;
      throw new Error(`no legend swatch for the shape ${String(unhandled)}`);
    }
  }
  const svg = svgElement("svg", { viewBox: "0 0 24 20", class: "swatch", "aria-hidden": "true" });
  svg.append(shape);
  return svg;
}

function lineSample(colour: string, line: "solid" | "dashed" | "dotted"): SVGSVGElement {
  const path = svgElement("line", {
    x1: "1",
    y1: "4",
    x2: "23",
    y2: "4",
    stroke: colour,
    "stroke-width": "2",
  });
  if (line !== "solid")
    path.setAttribute("stroke-dasharray", line === "dashed" ? "5 3" : "1.5 2.5");
  const svg = svgElement("svg", {
    viewBox: "0 0 24 8",
    class: "line-swatch",
    "aria-hidden": "true",
  });
  svg.append(path);
  return svg;
}

/** The legend: what each shape, colour and line means. */
export function legendView(): HTMLElement {
  const nodes = (Object.keys(NODE_LOOKS) as NodeType[]).map((type) =>
    element("li", {}, swatch(type), NODE_LOOKS[type].name),
  );
  const stub = element(
    "li",
    { title: "Documents govgraph has only seen cited, not read" },
    element("span", { class: "stub-swatch", "aria-hidden": "true" }),
    "Only cited",
  );
  const relations = Object.values(RELATION_FAMILIES).map((family) =>
    element("li", { title: family.detail }, lineSample(family.colour, family.line), family.name),
  );
  return element(
    "ul",
    {
      class: "legend-list",
      "aria-label": "Legend",
      title: "Arrows point from the document that carries out to the one it carries out",
    },
    ...nodes,
    stub,
    element("li", { class: "legend-gap", "aria-hidden": "true" }),
    ...relations,
  );
}
