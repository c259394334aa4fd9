import { decodeLegacy } from "./decodeLegacy.js";
import type { LegacyEncoding } from "./SourceEncoding.js";
import { vietnameseShare, type VietnameseShare } from "./vietnameseShare.js";

/** A way to read a byte string: as UTF-8 or through a legacy table. */
export type Reading = "utf-8" | LegacyEncoding;

export interface ReadingScore {
  readonly reading: Reading;
  readonly share: VietnameseShare;
}

// Scoring reads the first 256K chars: enough words to be sure, and a 20 MB file is
// then decoded once, by the reading that won.
const SAMPLE = 1 << 18;

/**
 * Reads the start of `bytes` (a byte string) every way in `readings` and ranks the
 * readings by how much of the result is spelled like Vietnamese, best first.
 */
export function guessVietnameseEncoding(
  bytes: string,
  readings: readonly Reading[],
): ReadingScore[] {
  const sample = cutSample(bytes);
  const scores: ReadingScore[] = [];
  for (const reading of readings) {
    const text = readBytes(sample, reading);
    if (text !== undefined) scores.push({ reading, share: vietnameseShare(text) });
  }
  return scores.sort((a, b) => ratio(b.share) - ratio(a.share) || b.share.valid - a.share.valid);
}

/** The byte string read one way, or undefined when it is not valid that way. */
export function readBytes(bytes: string, reading: Reading): string | undefined {
  if (reading !== "utf-8") return decodeLegacy(bytes, reading);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(bytes, "latin1"));
  } catch {
    return undefined;
  }
}

/** Share of words spelled as Vietnamese syllables, 0 when there are none. */
export function ratio(share: VietnameseShare): number {
  return share.words === 0 ? 0 : share.valid / share.words;
}

/** The first SAMPLE chars, cut after an ASCII char so no multi-byte sequence is split. */
function cutSample(bytes: string): string {
  if (bytes.length <= SAMPLE) return bytes;
  let end = SAMPLE;
  while (end > 0 && bytes.charCodeAt(end - 1) >= 0x80) end--;
  return bytes.slice(0, end > 0 ? end : SAMPLE);
}
