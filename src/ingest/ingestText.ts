import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { readSource } from "./pipeline.js";
import { loadPlan, planLoad, type LoadResult } from "./load/index.js";

export interface SourceMeta {
  readonly url?: string;
  readonly title?: string;
  readonly publishedAt?: string;
  /** The publisher's province: places the district and commune bodies the text does not. */
  readonly province?: string;
  /** The publisher's place, "huyện Đắk Song, tỉnh Đắk Nông" (SourceOptions.place). */
  readonly place?: string;
}

/**
 * The whole pipeline for one text: normalize → extract → resolve → load, in one
 * transaction. The source's identity is the hash of its normalised text, so the
 * same text ingested twice is written once.
 */
export async function ingestText(
  driver: Driver,
  input: string | Uint8Array,
  meta: SourceMeta = {},
  options: { database?: string; timeoutMs?: number } = {},
): Promise<LoadResult> {
  const { extraction, normalizedText } = readSource(input, meta);
  const contentHash = createHash("sha256").update(normalizedText).digest("hex");
  const plan = planLoad(extraction, { contentHash, ...meta });
  return loadPlan(driver, plan, options);
}
