import type { NodeSingular } from "cytoscape";
import { NODE_LOOKS } from "./nodeLooks.js";
import type { NodeType } from "./queries.js";

export const LABEL_FONT_FAMILY = '"Be Vietnam Pro", "Noto Sans", sans-serif';
export const LABEL_FONT_SIZE = 12;
export const LABEL_LINE_HEIGHT = 1.3;
export const LABEL_MAX_WIDTH = 168;

let context: CanvasRenderingContext2D | null | undefined;
const boxes = new Map<string, { width: number; height: number }>();

function textWidth(text: string, weight: number): number {
  context ??= document.createElement("canvas").getContext("2d");
  if (!context) return text.length * LABEL_FONT_SIZE * 0.6;
  context.font = `${weight} ${LABEL_FONT_SIZE}px ${LABEL_FONT_FAMILY}`;
  return context.measureText(text).width;
}

/** Greedy word wrap, as Cytoscape wraps a label at text-max-width. */
function wrappedLines(text: string, weight: number): number[] {
  const widths: number[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, weight) > LABEL_MAX_WIDTH) {
      widths.push(textWidth(line, weight));
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) widths.push(textWidth(line, weight));
  return widths;
}

/**
 * The size of a node's shape: its label measured in the face it is drawn in, plus room
 * for the shape's corners, so the label sits inside and edges never cross it.
 */
export function nodeBox(node: NodeSingular): { width: number; height: number } {
  const type = node.data("type") as NodeType;
  const display = String(node.data("display") ?? "");
  const weight = node.hasClass("root") ? 600 : 500;
  const key = `${type}|${weight}|${display}`;
  let box = boxes.get(key);
  if (!box) {
    const lines = wrappedLines(display, weight);
    const look = NODE_LOOKS[type];
    box = {
      width: Math.ceil(Math.min(LABEL_MAX_WIDTH, Math.max(...lines, 24)) + look.padX * 2),
      height: Math.ceil(lines.length * LABEL_FONT_SIZE * LABEL_LINE_HEIGHT + look.padY * 2),
    };
    boxes.set(key, box);
  }
  return box;
}

/** Measurements taken before the web font arrived are wrong: forget them. */
export function forgetNodeBoxes(): void {
  boxes.clear();
}
