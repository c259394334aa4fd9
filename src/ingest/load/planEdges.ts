import type { ExtractedRelation } from "../../domain.js";
import { EDGE_SHAPES, type EdgeRow, type EdgeShape } from "./LoadPlan.js";

/** The row one extracted relation writes between two ids. */
export function edgeRow(relation: ExtractedRelation, from: string, to: string): EdgeRow {
  return {
    from,
    to,
    sentence: relation.evidence.sentence,
    ...(relation.type === "IMPLEMENTS"
      ? { implementationKind: relation.implementationKind ?? "IMPLEMENTS" }
      : {}),
    ...(relation.type === "ATTENDED" ? { role: relation.role ?? "ATTENDEE" } : {}),
    ...(relation.type === "REPEALS" || relation.type === "REPLACES"
      ? { scope: relation.scope ?? null }
      : {}),
  };
}

export function isEdgeShape(shape: string): shape is EdgeShape {
  return (EDGE_SHAPES as readonly string[]).includes(shape);
}

/** One row per (from, to) per shape: a text that says a thing twice asserts it once. */
export function dedupeEdges(edges: Map<EdgeShape, EdgeRow[]>): Map<EdgeShape, EdgeRow[]> {
  const result = new Map<EdgeShape, EdgeRow[]>();
  for (const [shape, rows] of edges) {
    const seen = new Map<string, EdgeRow>();
    for (const row of rows) {
      const key = `${row.from}\u0000${row.to}`;
      const earlier = seen.get(key);
      // A stronger attendance role (chair over attendee) wins over a weaker mention, a
      // whole repeal over a partial one.
      if (!earlier || rolePriority(row) > rolePriority(earlier)) seen.set(key, row);
      else if (row.scope === "WHOLE" && earlier.scope !== "WHOLE")
        seen.set(key, { ...earlier, scope: "WHOLE" });
    }
    result.set(shape, [...seen.values()]);
  }
  return result;
}

const ROLE_PRIORITY = { CHAIR: 4, PRESENTER: 3, SPEAKER: 2, ATTENDEE: 1 } as const;

function rolePriority(row: EdgeRow): number {
  return row.role ? ROLE_PRIORITY[row.role] : 0;
}
