import type { SourceEncoding } from "./SourceEncoding.js";

/** A source text made ready for extraction, with the way back to the original. */
export interface NormalizedText {
  /** NFC, one dash, one space, entities decoded, front matter and Markdown removed. */
  readonly text: string;
  /**
   * The decoded input, before normalisation: evidence's offsets point into this. Text
   * in a legacy encoding (or mis-read from one) is already converted to Unicode here;
   * nothing else is changed, not even NFC.
   */
  readonly original: string;
  /** Title and date found in front matter or the article's own header. */
  readonly meta: { readonly title?: string; readonly publishedAt?: string };
  /** What the input was written in ("tcvn3" when it was repaired from TCVN3). */
  readonly encoding: SourceEncoding;
  /** Maps a span of `text` back to the span of `original` it came from. */
  toOriginal(start: number, end: number): readonly [number, number];
  /** The original text a span of `text` came from: `original.slice(...toOriginal(…))`. */
  quote(start: number, end: number): string;
  /**
   * The original text a span of `text` came from as a reader sees it (see
   * readableQuote): markup gone, one line, letters as the source writes them.
   */
  readable(start: number, end: number): string;
}
