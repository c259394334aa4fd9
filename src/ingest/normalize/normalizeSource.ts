import { ErrorCode, GovgraphError } from "../../errors.js";
import { decodeSource } from "./decodeSource.js";
import { layoutLines } from "./layoutLines.js";
import type { NormalizedText } from "./NormalizedText.js";
import { normalizeCharacters } from "./normalizeCharacters.js";
import { mapThrough, type OffsetMap } from "./OffsetMap.js";
import { readFrontMatter } from "./readFrontMatter.js";
import { readableQuote } from "./readableQuote.js";
import { readNewsHeader } from "./readNewsHeader.js";
import type { SourceEncoding } from "./SourceEncoding.js";
import { SpanWriter } from "./SpanWriter.js";
import { detectHtml, stripHtml } from "./stripHtml.js";
import { stripMarkdown } from "./stripMarkdown.js";

export interface NormalizeOptions {
  /** Read the input in this encoding instead of detecting it. */
  readonly encoding?: "auto" | SourceEncoding;
}

/**
 * Stage 1 of ingest: decodes a source (bytes in UTF-8, UTF-16 or a legacy Vietnamese
 * encoding, or a string) and normalises it for extraction: front matter read and
 * removed, HTML and Markdown stripped, entities decoded, characters and line breaks
 * normalised. Every step records where its output came from, so any span of `text`
 * maps back to the `original` it was read from.
 *
 * Throws BAD_USER_INPUT for empty or binary input and INVALID_ENCODING for bytes in an
 * encoding it cannot identify.
 */
export function normalizeSource(
  input: string | Uint8Array,
  options: NormalizeOptions = {},
): NormalizedText {
  const { text: original, encoding } = decodeSource(input, options.encoding ?? "auto");
  if (!/\S/.test(original)) {
    throw new GovgraphError(
      ErrorCode.BAD_USER_INPUT,
      `text is empty: a source needs at least one visible character, got ${
        original.length === 0 ? "none at all" : `only ${original.length} whitespace characters`
      }`,
    );
  }
  const maps: OffsetMap[] = [];
  const apply = (stage: { text: string; map: OffsetMap }): string => {
    maps.push(stage.map);
    return stage.text;
  };

  const front = readFrontMatter(original);
  let text = original;
  if (front.end > 0) {
    const body = new SpanWriter(original);
    body.copy(front.end, original.length);
    text = apply(body.finish());
  }
  const htmlMode = detectHtml(text);
  const html = stripHtml(text, htmlMode);
  text = apply(html);
  text = apply(normalizeCharacters(text));
  text = apply(stripMarkdown(text));
  text = apply(layoutLines(text));

  const header = readNewsHeader(text);
  const title = front.title ?? html.title ?? header.title;
  const publishedAt = front.publishedAt ?? header.publishedAt;
  const length = text.length;
  const toOriginal = (start: number, end: number): readonly [number, number] => {
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      start > end ||
      end > length
    ) {
      throw new GovgraphError(
        ErrorCode.BAD_USER_INPUT,
        `a span of the normalized text needs 0 <= start <= end <= ${length}, got [${start}, ${end}]`,
      );
    }
    return mapThrough(maps, start, end);
  };
  return {
    text,
    original,
    meta: {
      ...(title !== undefined ? { title } : {}),
      ...(publishedAt !== undefined ? { publishedAt } : {}),
    },
    encoding,
    toOriginal,
    quote: (start, end) => original.slice(...toOriginal(start, end)),
    readable: (start, end) => readableQuote(original.slice(...toOriginal(start, end)), htmlMode),
  };
}
