import { element } from "./element.js";
import { NODE_LOOKS, RELATION_FAMILIES } from "./graphStyle.js";
import type { NodeType } from "./queries.js";

const SVG = "http://www.w3.org/2000/svg";

/** A small drawing of a node's shape in its colour, matching the canvas. */
function swatch(type: NodeType): SVGSVGElement {
  const look = NODE_LOOKS[type];
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 20 20");
  svg.setAttribute("class", "swatch");
  svg.setAttribute("aria-hidden", "true");
  let shape: SVGElement;
  switch (look.shape) {
    case "round-rectangle":
      shape = document.createElementNS(SVG, "rect");
      Object.entries({ x: "2", y: "5", width: "16", height: "10", rx: "3" }).forEach(([k, v]) =>
        shape.setAttribute(k, v),
      );
      break;
    case "round-diamond":
      shape = document.createElementNS(SVG, "polygon");
      shape.setAttribute("points", "10,2 18,10 10,18 2,10");
      shape.setAttribute("stroke-linejoin", "round");
      break;
    case "round-hexagon":
      shape = document.createElementNS(SVG, "polygon");
      shape.setAttribute("points", "5,3 15,3 19,10 15,17 5,17 1,10");
      shape.setAttribute("stroke-linejoin", "round");
      break;
    case "ellipse":
      shape = document.createElementNS(SVG, "circle");
      Object.entries({ cx: "10", cy: "10", r: "7" }).forEach(([k, v]) => shape.setAttribute(k, v));
      break;
    default: {
      const unhandled: never = look.shape;
      throw new Error(`no swatch for shape ${String(unhandled)}`);
    }
  }
  shape.setAttribute("fill", look.colour);
  shape.setAttribute("stroke", look.colour);
  svg.append(shape);
  return svg;
}

function lineSample(colour: string, line: "solid" | "dashed" | "dotted"): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 28 8");
  svg.setAttribute("class", "line-swatch");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(SVG, "line");
  Object.entries({
    x1: "1",
    y1: "4",
    x2: "27",
    y2: "4",
    stroke: colour,
    "stroke-width": "2",
  }).forEach(([k, v]) => path.setAttribute(k, v));
  if (line !== "solid")
    path.setAttribute("stroke-dasharray", line === "dashed" ? "5 3" : "1.5 2.5");
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
    {},
    element("span", { class: "stub-swatch", "aria-hidden": "true" }),
    "Only seen cited",
  );
  const relations = Object.values(RELATION_FAMILIES).map((family) =>
    element("li", {}, lineSample(family.colour, family.line), family.name),
  );
  return element(
    "div",
    {},
    element("h2", {}, "Legend"),
    element("ul", { class: "legend-list" }, ...nodes, stub),
    element("ul", { class: "legend-list" }, ...relations),
    element(
      "p",
      { class: "muted small" },
      "Arrows point from the document that carries out to the one it carries out.",
    ),
  );
}
