import type { Extraction } from "../domain.js";
import { normalizeSource } from "./normalize/index.js";
import type { SourceMeta } from "./ingestText.js";

export interface PipelineResult {
  readonly extraction: Extraction;
  /** The normalised text: its hash is the source's identity. */
  readonly normalizedText: string;
}

/** normalize → extract → resolve for one text. (Extract and resolve are wired in as they land.) */
export function extractText(input: string | Uint8Array, meta: SourceMeta): PipelineResult {
  const normalized = normalizeSource(input);
  return {
    normalizedText: normalized.text,
    extraction: {
      source: { ...normalized.meta, ...meta },
      documents: [],
      bodies: [],
      people: [],
      meetings: [],
      relations: [],
    },
  };
}
