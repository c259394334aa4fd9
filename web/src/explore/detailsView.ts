import { element } from "./element.js";
import type { NodeData } from "./graphElements.js";
import { NODE_LOOKS } from "./nodeLooks.js";

export interface NodeActions {
  showChain(node: NodeData): void;
  showNeighbourhood(node: NodeData): void;
}

function field(name: string, value: string | null | undefined): HTMLElement | null {
  if (!value) return null;
  return element("div", { class: "field" }, element("dt", {}, name), element("dd", {}, value));
}

/** What the details panel shows for a picked node, with the ways to re-centre on it. */
export function nodeDetailsView(node: NodeData, actions: NodeActions): HTMLElement {
  const chainButton =
    node.type === "DOCUMENT"
      ? element("button", { type: "button", class: "secondary" }, "Implementation chain from here")
      : null;
  chainButton?.addEventListener("click", () => actions.showChain(node));
  const aroundButton = element(
    "button",
    { type: "button", class: "secondary" },
    "Neighbourhood of this node",
  );
  aroundButton.addEventListener("click", () => actions.showNeighbourhood(node));
  return element(
    "div",
    {},
    element("div", { class: `kicker type-${node.type.toLowerCase()}` }, NODE_LOOKS[node.type].name),
    element("h3", {}, node.label),
    element(
      "dl",
      {},
      node.title && node.title !== node.label ? field("Title", node.title) : null,
      field("Date", node.date),
      field("Existed", node.lifetime),
      field(node.type === "MEETING" ? "Organised by" : "Issued by", node.bodies.join(", ")),
      node.isStub ? field("Status", "Only seen cited; the text itself is not in the graph") : null,
    ),
    element("div", { class: "actions" }, chainButton, aroundButton),
  );
}
