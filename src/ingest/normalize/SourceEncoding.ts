/**
 * What a source was written in. "unicode" is a JS string taken as it came; the others
 * name the encoding of bytes, or the legacy encoding a string turned out to be
 * mis-decoded from (TCVN3 read as Windows-1252 gives "ViÖt Nam").
 */
export type SourceEncoding =
  "unicode" | "utf-8" | "utf-16le" | "utf-16be" | "windows-1258" | "tcvn3" | "vni";

/** The 8-bit encodings Vietnamese text was written in before Unicode. */
export type LegacyEncoding = "windows-1258" | "tcvn3" | "vni";

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ["tcvn3", "vni", "windows-1258"];
