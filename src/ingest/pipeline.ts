import type { Extraction } from "../domain.js";
import { extractNormalized, type SourceOptions } from "./index.js";
import { normalizeSource } from "./normalize/index.js";

export interface PipelineResult {
  readonly extraction: Extraction;
  /** The normalised text: its hash is the source's identity. */
  readonly normalizedText: string;
}

/**
 * normalize → extract → resolve for one text that is to be loaded. Unlike
 * `extractText` (src/ingest/index.ts), an empty text is refused: loading it would record a source that says
 * nothing.
 */
export function readSource(input: string | Uint8Array, meta: SourceOptions): PipelineResult {
  const normalized = normalizeSource(input);
  return { normalizedText: normalized.text, extraction: extractNormalized(normalized, meta) };
}
