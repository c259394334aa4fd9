import { OffsetMap } from "./OffsetMap.js";

/**
 * Builds a derived text from a source text while recording where every piece came
 * from. Each normalisation stage reads one text and writes the next through a
 * SpanWriter, always moving forward through the source, so the map it builds is
 * monotonic.
 */
export class SpanWriter {
  private readonly source: string;
  private readonly parts: string[] = [];
  private pendingStart = 0;
  private pendingEnd = 0;
  private segments = new Int32Array(4096);
  private count = 0;
  private outLength = 0;

  constructor(source: string) {
    this.source = source;
  }

  /** Length of the text written so far. */
  get length(): number {
    return this.outLength;
  }

  /** Copies source[start, end) unchanged. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    if (this.pendingEnd !== start || this.pendingEnd === this.pendingStart) {
      this.flush();
      this.pendingStart = start;
    }
    this.pendingEnd = end;
    this.addSegment(start, end, end - start, true);
  }

  /** Writes `text` in place of source[start, start + text.length), char for char. */
  replaceAligned(text: string, start: number): void {
    if (text.length === 0) return;
    this.flush();
    this.parts.push(text);
    this.addSegment(start, start + text.length, text.length, true);
  }

  /** Writes `text` in place of source[start, end) as a whole. */
  replace(text: string, start: number, end: number): void {
    if (text.length === 0) return;
    if (end <= start)
      throw new Error(`replace needs a non-empty source span, got [${start}, ${end})`);
    this.flush();
    this.parts.push(text);
    this.addSegment(start, end, text.length, false);
  }

  /** The last character written, or "" before anything was written. */
  lastChar(): string {
    if (this.pendingEnd > this.pendingStart) return this.source[this.pendingEnd - 1]!;
    const last = this.parts[this.parts.length - 1];
    return last === undefined ? "" : last[last.length - 1]!;
  }

  finish(): { text: string; map: OffsetMap } {
    this.flush();
    const text = this.parts.join("");
    return { text, map: new OffsetMap(this.segments, this.count, this.outLength) };
  }

  private flush(): void {
    if (this.pendingEnd > this.pendingStart) {
      this.parts.push(this.source.slice(this.pendingStart, this.pendingEnd));
    }
    this.pendingStart = this.pendingEnd = 0;
  }

  private addSegment(srcStart: number, srcEnd: number, outLength: number, aligned: boolean): void {
    const n = this.count;
    const seg = this.segments;
    if (aligned && n > 0) {
      const p = (n - 1) * 4;
      if (seg[p + 3] === 1 && seg[p + 2] === srcStart) {
        seg[p + 2] = srcEnd;
        this.outLength += outLength;
        return;
      }
    }
    if ((n + 1) * 4 > seg.length) {
      const grown = new Int32Array(seg.length * 2);
      grown.set(seg);
      this.segments = grown;
    }
    const s = this.segments;
    const p = n * 4;
    s[p] = this.outLength;
    s[p + 1] = srcStart;
    s[p + 2] = srcEnd;
    s[p + 3] = aligned ? 1 : 0;
    this.count = n + 1;
    this.outLength += outLength;
  }
}
