const STRIDE = 4;

/**
 * Maps spans of a derived text back to the text it was made from. The derived text is
 * covered by segments in source order; an aligned segment maps char for char (a copy, a
 * dash replaced by "-"), a block segment maps as a whole (an entity decoded to one
 * char, a run of blank lines folded to "\n\n"). Source text that produced nothing (a
 * tag, a Markdown marker) lies between segments. Segments are stored in one Int32Array
 * so a 20 MB text costs a few bytes per edit, not per character.
 */
export class OffsetMap {
  /** [outStart, srcStart, srcEnd, aligned] per segment. */
  private readonly segments: Int32Array;
  private readonly count: number;
  /** Length of the derived text. */
  readonly length: number;

  constructor(segments: Int32Array, count: number, length: number) {
    this.segments = segments;
    this.count = count;
    this.length = length;
  }

  /** The source span the derived span [start, end) was made from. */
  toSource(start: number, end: number): [number, number] {
    if (this.count === 0) return [0, 0];
    if (start === end) {
      const at = start < this.length ? this.startOf(start) : this.endOf(start);
      return [at, at];
    }
    return [this.startOf(start), this.endOf(end)];
  }

  private startOf(position: number): number {
    const s = this.segmentAt(position) * STRIDE;
    const seg = this.segments;
    return seg[s + 3] === 1 ? seg[s + 1]! + (position - seg[s]!) : seg[s + 1]!;
  }

  private endOf(position: number): number {
    const s = this.segmentAt(position - 1) * STRIDE;
    const seg = this.segments;
    return seg[s + 3] === 1 ? seg[s + 1]! + (position - seg[s]!) : seg[s + 2]!;
  }

  /** Index of the last segment whose output starts at or before `position`. */
  private segmentAt(position: number): number {
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.segments[mid * STRIDE]! <= position) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/** Maps a span through maps applied in order (first map: closest to the original). */
export function mapThrough(
  maps: readonly OffsetMap[],
  start: number,
  end: number,
): [number, number] {
  let span: [number, number] = [start, end];
  for (let i = maps.length - 1; i >= 0; i--) span = maps[i]!.toSource(span[0], span[1]);
  return span;
}
