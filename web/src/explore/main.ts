import "../shared/fonts.css";
import "./explore.css";
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import { fetchGraphQL } from "../shared/fetchGraphQL.js";
import { nodeDetailsView } from "./detailsView.js";
import { evidenceView } from "./evidenceView.js";
import { createGraphCanvas } from "./graphCanvas.js";
import { chainElements, graphViewElements, type EdgeData, type NodeData } from "./graphElements.js";
import { legendView } from "./legendView.js";
import { placeTooltip } from "./placeTooltip.js";
import { forgetNodeBoxes } from "./nodeBox.js";
import {
  CHAIN,
  NEIGHBOURHOOD,
  type Direction,
  type GraphView,
  type ImplementationChain,
  type NodeType,
} from "./queries.js";
import { createSearchBox } from "./searchBox.js";

declare global {
  interface Window {
    /** The Cytoscape instance, for end-to-end tests and the curious. */
    govgraphExplorer?: { cy: Core };
  }
}

type ViewKind = "chain" | "neighbourhood";

interface Focus {
  id: string;
  type: NodeType;
  label: string;
}

const DEPTH_RANGE: Record<ViewKind, { min: number; max: number; initial: number }> = {
  chain: { min: 1, max: 10, initial: 5 },
  neighbourhood: { min: 1, max: 3, initial: 1 },
};
const EXPAND_LIMIT = 60;
const VIEW_LIMIT = 150;

function required<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the explorer page has no #${id}`);
  return found as T;
}

const graphElement = required<HTMLDivElement>("graph");
const statusElement = required<HTMLParagraphElement>("status");
const detailsElement = required<HTMLElement>("details");
const tooltip = required<HTMLDivElement>("tooltip");
const emptyState = required<HTMLDivElement>("empty-state");
const depthInput = required<HTMLInputElement>("depth");
const depthOutput = required<HTMLOutputElement>("depth-value");
const viewButtons = [...document.querySelectorAll<HTMLButtonElement>("[data-view]")];
const directionButtons = [...document.querySelectorAll<HTMLButtonElement>("[data-direction]")];

required<HTMLElement>("legend").replaceChildren(legendView());

const canvas = createGraphCanvas(graphElement);

// Canvas text is drawn, and node shapes measured, in whatever face is loaded at that
// moment: load the Vietnamese letters of each weight before the first drawing.
const VIETNAMESE_SAMPLE = "Nghị định 32/2021/NĐ-CP Quận ủy Long Biên ỘỮẶ";
const fontsReady = Promise.all(
  ["400", "500", "600"].map((weight) =>
    document.fonts.load(`${weight} 12px "Be Vietnam Pro"`, VIETNAMESE_SAMPLE),
  ),
).then(
  () => {
    forgetNodeBoxes();
    canvas.cy.style().update();
  },
  () => undefined,
);
window.govgraphExplorer = { cy: canvas.cy };

let focus: Focus | undefined;
let view: ViewKind = "chain";
let direction: Direction = "BOTH";
const depth: Record<ViewKind, number> = {
  chain: DEPTH_RANGE.chain.initial,
  neighbourhood: DEPTH_RANGE.neighbourhood.initial,
};
let generation = 0;

function setStatus(message: string, kind: "info" | "error" = "info") {
  statusElement.textContent = message;
  statusElement.classList.toggle("error", kind === "error");
}

/** Lets a test (or a person) see when the drawing is settled. */
function setGraphState(state: "empty" | "loading" | "ready" | "error") {
  document.body.dataset.graphState = state;
}

function syncControls() {
  for (const button of viewButtons) {
    const pressed = button.dataset.view === view;
    button.setAttribute("aria-pressed", String(pressed));
    button.disabled =
      button.dataset.view === "chain" && focus !== undefined && focus.type !== "DOCUMENT";
  }
  for (const button of directionButtons) {
    button.setAttribute("aria-pressed", String(button.dataset.direction === direction));
    button.disabled = view !== "chain";
  }
  const range = DEPTH_RANGE[view];
  depthInput.min = String(range.min);
  depthInput.max = String(range.max);
  depthInput.value = String(depth[view]);
  depthOutput.value = String(depth[view]);
}

function syncAddress() {
  if (!focus) return;
  const params = new URLSearchParams({
    id: focus.id,
    type: focus.type,
    label: focus.label,
    view,
    direction,
    depth: String(depth[view]),
  });
  history.replaceState(null, "", `?${params}`);
}

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

async function draw() {
  if (!focus) return;
  const current = ++generation;
  const target = focus;
  setGraphState("loading");
  setStatus(
    `Loading ${view === "chain" ? "the implementation chain" : "the neighbourhood"} of ${target.label}…`,
  );
  emptyState.hidden = true;
  hideTooltip();
  try {
    let elements;
    let rootId;
    let truncated;
    if (view === "chain") {
      const data = await fetchGraphQL<{ implementationChain: ImplementationChain }>(CHAIN, {
        document: target.id,
        direction,
        maxDepth: depth.chain,
      });
      elements = chainElements(data.implementationChain);
      rootId = data.implementationChain.root.id;
      truncated = data.implementationChain.truncated;
    } else {
      const data = await fetchGraphQL<{ graphView: GraphView }>(NEIGHBOURHOOD, {
        focus: target.id,
        depth: depth.neighbourhood,
        limit: VIEW_LIMIT,
      });
      elements = graphViewElements(data.graphView);
      rootId = data.graphView.focus.id;
      truncated = data.graphView.truncated;
    }
    await fontsReady;
    if (current !== generation) return;
    await canvas.replace(elements, rootId);
    const nodes = canvas.cy.nodes().length;
    const edges = canvas.cy.edges().length;
    const hint =
      nodes > 1
        ? "Click a node to expand it; hover a relation to read its evidence."
        : view === "chain"
          ? "Nothing carries it out or rests on it yet: try another direction or the neighbourhood."
          : "It has no neighbours in the graph yet.";
    setStatus(
      `${counted(nodes, "node", "nodes")}, ${counted(edges, "relation", "relations")}${truncated ? " (cut short: raise the limit in the playground)" : ""}. ${hint}`,
    );
    setGraphState("ready");
    const root = canvas.cy.getElementById(rootId);
    if (root.nonempty()) showNodeDetails(root.data() as NodeData);
  } catch (error) {
    if (current !== generation) return;
    setStatus(error instanceof Error ? error.message : String(error), "error");
    setGraphState("error");
  }
}

async function expand(node: NodeSingular) {
  if (node.hasClass("expanded")) return;
  node.addClass("expanded");
  const data = node.data() as NodeData;
  setGraphState("loading");
  setStatus(`Expanding ${data.label}…`);
  try {
    const answer = await fetchGraphQL<{ graphView: GraphView }>(NEIGHBOURHOOD, {
      focus: data.id,
      depth: 1,
      limit: EXPAND_LIMIT,
    });
    const added = await canvas.merge(graphViewElements(answer.graphView));
    setStatus(
      added > 0
        ? `${data.label}: ${counted(added, "neighbour", "neighbours")} added. ${counted(canvas.cy.nodes().length, "node", "nodes")} in view.`
        : `${data.label}: every neighbour is already in view.`,
    );
    setGraphState("ready");
  } catch (error) {
    node.removeClass("expanded");
    setStatus(error instanceof Error ? error.message : String(error), "error");
    setGraphState("error");
  }
}

function refocus(target: Focus, nextView: ViewKind) {
  focus = target;
  view = target.type === "DOCUMENT" ? nextView : "neighbourhood";
  search.showPicked(target.label);
  syncControls();
  syncAddress();
  void draw();
}

function showNodeDetails(node: NodeData) {
  detailsElement.replaceChildren(
    nodeDetailsView(node, {
      showChain: (picked) => refocus(picked, "chain"),
      showNeighbourhood: (picked) => refocus(picked, "neighbourhood"),
    }),
  );
}

function edgeEndLabels(edge: EdgeSingular): [string, string] {
  return [String(edge.source().data("label")), String(edge.target().data("label"))];
}

function showEdgeDetails(edge: EdgeSingular) {
  detailsElement.replaceChildren(
    evidenceView(edge.data() as EdgeData, ...edgeEndLabels(edge), "full"),
  );
}

let hideTimer: number | undefined;

function hideTooltip() {
  window.clearTimeout(hideTimer);
  tooltip.hidden = true;
  canvas.cy.edges(".hovered").removeClass("hovered");
}

function showTooltip(edge: EdgeSingular, at: { x: number; y: number }) {
  window.clearTimeout(hideTimer);
  canvas.cy.edges(".hovered").removeClass("hovered");
  edge.addClass("hovered");
  tooltip.replaceChildren(evidenceView(edge.data() as EdgeData, ...edgeEndLabels(edge), "excerpt"));
  tooltip.hidden = false;
  const ends = edge.connectedNodes();
  const keepVisible = canvas.cy.nodes().map((node) => ({
    box: node.renderedBoundingBox({ includeLabels: true }),
    weight: ends.contains(node) ? 10 : 1,
  }));
  const { left, top } = placeTooltip(
    at,
    { width: tooltip.offsetWidth, height: tooltip.offsetHeight },
    { width: graphElement.clientWidth, height: graphElement.clientHeight },
    keepVisible,
  );
  // The tooltip lives in the stage; the event's position is in the canvas below the legend.
  tooltip.style.left = `${graphElement.offsetLeft + left}px`;
  tooltip.style.top = `${graphElement.offsetTop + top}px`;
}

canvas.cy.on("tap", "node", (event) => {
  const node = event.target as NodeSingular;
  showNodeDetails(node.data() as NodeData);
  void expand(node);
});
canvas.cy.on("tap", "edge", (event) => showEdgeDetails(event.target as EdgeSingular));
canvas.cy.on("mouseover", "edge", (event) =>
  showTooltip(event.target as EdgeSingular, event.renderedPosition),
);
canvas.cy.on("mouseout", "edge", () => {
  hideTimer = window.setTimeout(hideTooltip, 250);
});
canvas.cy.on("mouseover", "node", () => graphElement.classList.add("pointing"));
canvas.cy.on("mouseout", "node", () => graphElement.classList.remove("pointing"));
canvas.cy.on("viewport", hideTooltip);
tooltip.addEventListener("mouseenter", () => window.clearTimeout(hideTimer));
tooltip.addEventListener("mouseleave", hideTooltip);

const search = createSearchBox(
  required<HTMLInputElement>("search-input"),
  required<HTMLUListElement>("search-results"),
  (hit) => refocus({ id: hit.id, type: hit.type, label: hit.label }, "chain"),
  (message) => setStatus(message, "error"),
);

for (const button of viewButtons) {
  button.addEventListener("click", () => {
    view = button.dataset.view === "neighbourhood" ? "neighbourhood" : "chain";
    syncControls();
    syncAddress();
    void draw();
  });
}
for (const button of directionButtons) {
  button.addEventListener("click", () => {
    direction = (button.dataset.direction as Direction | undefined) ?? "BOTH";
    syncControls();
    syncAddress();
    void draw();
  });
}
depthInput.addEventListener("input", () => {
  depthOutput.value = depthInput.value;
});
depthInput.addEventListener("change", () => {
  depth[view] = Number(depthInput.value);
  syncAddress();
  void draw();
});
for (const example of document.querySelectorAll<HTMLButtonElement>("[data-example]")) {
  example.addEventListener("click", () => void search.searchAndPick(example.dataset.example ?? ""));
}

/** A shared link reopens the same view: ?id=…&type=…&view=…&direction=…&depth=… */
function restoreFromAddress() {
  const params = new URLSearchParams(location.search);
  const id = params.get("id");
  const type = params.get("type") as NodeType | null;
  if (!id || !type || !["DOCUMENT", "BODY", "PERSON", "MEETING"].includes(type)) return false;
  const wantedView = params.get("view") === "neighbourhood" ? "neighbourhood" : "chain";
  const wantedDirection = params.get("direction");
  if (wantedDirection === "UP" || wantedDirection === "DOWN" || wantedDirection === "BOTH")
    direction = wantedDirection;
  const wantedDepth = Number(params.get("depth"));
  const view0 = type === "DOCUMENT" ? wantedView : "neighbourhood";
  const range = DEPTH_RANGE[view0];
  if (Number.isInteger(wantedDepth) && wantedDepth >= range.min && wantedDepth <= range.max)
    depth[view0] = wantedDepth;
  refocus({ id, type, label: params.get("label") ?? id }, wantedView);
  return true;
}

syncControls();
if (!restoreFromAddress()) {
  setGraphState("empty");
  setStatus("Search for a document code, a body or a person to begin.");
}
