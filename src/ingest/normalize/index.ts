// Placeholder until the normalize stage lands: NFC only, offsets map one to one.
import type { NormalizedText } from "./NormalizedText.js";
export type { NormalizedText } from "./NormalizedText.js";

export function normalizeSource(input: string | Uint8Array): NormalizedText {
  const original = typeof input === "string" ? input : new TextDecoder().decode(input);
  const text = original.normalize("NFC");
  return {
    text,
    original,
    meta: {},
    toOriginal: (start, end) => [start, end],
  };
}
