import { ErrorCode, GovgraphError } from "../../errors.js";
import { assertLooksLikeText } from "./assertLooksLikeText.js";
import { byteStringFromCp1252, byteStringOf } from "./byteString.js";
import { decodeLegacy } from "./decodeLegacy.js";
import { findInvalidUtf8 } from "./findInvalidUtf8.js";
import {
  guessVietnameseEncoding,
  ratio,
  readBytes,
  type Reading,
} from "./guessVietnameseEncoding.js";
import { LEGACY_ENCODINGS, type SourceEncoding } from "./SourceEncoding.js";
import { vietnameseShare } from "./vietnameseShare.js";

export interface DecodedSource {
  readonly text: string;
  readonly encoding: SourceEncoding;
}

// A reading is taken only when at least 80% of the words with a non-ASCII letter are
// then Vietnamese syllables (names and foreign words make up the rest). A string that
// arrived decoded is re-read only when that also gains 30 points over reading it as it
// is, so real Vietnamese is never "repaired".
const MIN_RATIO = 0.8;
const MIN_GAIN = 0.3;
// …and, for a string, only on three re-read words at least: one or two odd characters
// ("CP\u00ad") are no evidence that a whole text was mis-read.
const MIN_REPAIRED_WORDS = 3;
const MISREAD_READINGS: readonly Reading[] = ["tcvn3", "vni", "windows-1258", "utf-8"];
const REFUSAL =
  "text is not UTF-8 and not a recognised Vietnamese encoding (TCVN3, VNI, Windows-1258)";

/**
 * Turns input into text. Bytes are UTF-8 (BOM optional), UTF-16 with a BOM, or a legacy
 * Vietnamese encoding recognised by how Vietnamese the result reads; a string, or UTF-8
 * that decodes cleanly, is checked for legacy text that was mis-read as Windows-1252.
 */
export function decodeSource(
  input: string | Uint8Array,
  requested: "auto" | SourceEncoding = "auto",
): DecodedSource {
  return typeof input === "string" ? decodeString(input, requested) : decodeBytes(input, requested);
}

function decodeString(input: string, requested: "auto" | SourceEncoding): DecodedSource {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  assertLooksLikeText(text);
  switch (requested) {
    case "auto":
      return repairMisread(text, "unicode");
    case "unicode":
    case "utf-16le":
    case "utf-16be":
      return { text, encoding: "unicode" };
    default: {
      const bytes = byteStringFromCp1252(text);
      const decoded = bytes === undefined ? undefined : readBytes(bytes, requested);
      if (decoded === undefined) {
        throw new GovgraphError(
          ErrorCode.INVALID_ENCODING,
          `a string can be re-read as ${requested} only if it holds Windows-1252 characters, got ${firstOutside(text)}`,
        );
      }
      return { text: decoded, encoding: requested };
    }
  }
}

function decodeBytes(bytes: Uint8Array, requested: "auto" | SourceEncoding): DecodedSource {
  if (requested === "utf-16le" || requested === "utf-16be") return decodeUtf16(bytes, requested);
  if (requested === "windows-1258" || requested === "tcvn3" || requested === "vni") {
    assertLooksLikeText(bytes);
    return { text: decodeLegacy(byteStringOf(bytes), requested), encoding: requested };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), "utf-16be");
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  assertLooksLikeText(body);
  const invalid = findInvalidUtf8(body);
  if (invalid.at < 0 || invalid.truncated) {
    // A cut-off last character becomes U+FFFD; the rest of the text is sound.
    const text = new TextDecoder("utf-8").decode(body);
    return requested === "auto" && !bom
      ? repairMisread(text, "utf-8")
      : { text, encoding: "utf-8" };
  }
  if (requested !== "auto" || bom) {
    throw new GovgraphError(
      ErrorCode.INVALID_ENCODING,
      `text declared UTF-8 must be valid UTF-8, got an invalid byte sequence at byte ${invalid.at}`,
    );
  }
  const byteString = byteStringOf(body);
  const [best] = guessVietnameseEncoding(byteString, LEGACY_ENCODINGS);
  if (best !== undefined && best.reading !== "utf-8" && ratio(best.share) >= MIN_RATIO) {
    return { text: decodeLegacy(byteString, best.reading), encoding: best.reading };
  }
  const judged =
    best === undefined || best.share.words === 0
      ? "no word with a Vietnamese letter to judge by"
      : `best reading ${best.reading} spells ${best.share.valid} of ${best.share.words} accented words as Vietnamese`;
  throw new GovgraphError(
    ErrorCode.INVALID_ENCODING,
    `${REFUSAL}: invalid UTF-8 at byte ${invalid.at}; ${judged}`,
  );
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodedSource {
  let little = bytes;
  if (encoding === "utf-16be") {
    little = new Uint8Array(bytes.length);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      little[i] = bytes[i + 1]!;
      little[i + 1] = bytes[i]!;
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-16le", { fatal: true }).decode(little);
  } catch {
    throw new GovgraphError(
      ErrorCode.INVALID_ENCODING,
      `text marked ${encoding.toUpperCase()} by its byte-order mark must be valid ${encoding.toUpperCase()}, got ${bytes.length} bytes that are not`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  assertLooksLikeText(text);
  return { text, encoding };
}

/**
 * Reads a decoded string again as legacy bytes when it is TCVN3, VNI, Windows-1258 or
 * UTF-8 that some tool read as Windows-1252 ("ViÖt Nam", "Vieät Nam", "Viá»‡t Nam").
 */
function repairMisread(text: string, encoding: SourceEncoding): DecodedSource {
  const kept = { text, encoding };
  if (!/[\x80-\xff]/.test(text)) return kept;
  const bytes = byteStringFromCp1252(text);
  if (bytes === undefined) return kept;
  const asRead = vietnameseShare(text.slice(0, 1 << 18));
  if (asRead.words === 0) return kept;
  const [best] = guessVietnameseEncoding(bytes, MISREAD_READINGS);
  if (best === undefined) return kept;
  const share = ratio(best.share);
  if (share < MIN_RATIO || share < ratio(asRead) + MIN_GAIN) return kept;
  if (best.share.valid < MIN_REPAIRED_WORDS) return kept;
  const repaired = readBytes(bytes, best.reading);
  return repaired === undefined ? kept : { text: repaired, encoding: best.reading };
}

function firstOutside(text: string): string {
  const at = [...text].findIndex((char) => byteStringFromCp1252(char) === undefined);
  const char = [...text][at] ?? "";
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} "${char}"`;
}
