export { normalizeSource, type NormalizeOptions } from "./normalizeSource.js";
export type { NormalizedText } from "./NormalizedText.js";
export { readableQuote } from "./readableQuote.js";
export type { LegacyEncoding, SourceEncoding } from "./SourceEncoding.js";
