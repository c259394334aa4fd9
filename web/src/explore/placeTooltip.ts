export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const GAP = 16;
const MARGIN = 8;

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const height = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Something on the canvas the tooltip should leave in sight; heavier weighs more. */
export interface Keep {
  box: Box;
  weight: number;
}

/**
 * Where a tooltip of `size` goes beside the pointer at `at`, inside `room`: of the four
 * corners around the pointer, the one that hides the least of what is drawn, the ends
 * of the hovered edge above all, so the reader still sees what the evidence is about.
 */
export function placeTooltip(
  at: { x: number; y: number },
  size: { width: number; height: number },
  room: { width: number; height: number },
  keepVisible: readonly Keep[],
): { left: number; top: number } {
  const clampX = (x: number) => Math.min(Math.max(MARGIN, x), room.width - size.width - MARGIN);
  const clampY = (y: number) => Math.min(Math.max(MARGIN, y), room.height - size.height - MARGIN);
  const candidates = [
    { left: at.x + GAP, top: at.y + GAP },
    { left: at.x - GAP - size.width, top: at.y + GAP },
    { left: at.x + GAP, top: at.y - GAP - size.height },
    { left: at.x - GAP - size.width, top: at.y - GAP - size.height },
  ].map(({ left, top }) => ({ left: clampX(left), top: clampY(top) }));
  let best = candidates[0] ?? { left: MARGIN, top: MARGIN };
  let bestCost = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const box = {
      x1: candidate.left,
      y1: candidate.top,
      x2: candidate.left + size.width,
      y2: candidate.top + size.height,
    };
    // Covering the pointer itself would make the tooltip flicker away: rule it out.
    const coversPointer = at.x >= box.x1 && at.x <= box.x2 && at.y >= box.y1 && at.y <= box.y2;
    const cost =
      (coversPointer ? 1e9 : 0) +
      keepVisible.reduce((sum, keep) => sum + keep.weight * overlap(box, keep.box), 0);
    if (cost < bestCost) {
      best = candidate;
      bestCost = cost;
    }
  }
  return best;
}
