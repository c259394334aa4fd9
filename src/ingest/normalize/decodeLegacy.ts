import type { LegacyEncoding } from "./SourceEncoding.js";
import { decodeTcvn3 } from "./tcvn3.js";
import { decodeVni } from "./vni.js";
import { decodeWindows1258 } from "./windows1258.js";

/** Decodes a byte string (one char per byte) from a legacy Vietnamese encoding. */
export function decodeLegacy(bytes: string, encoding: LegacyEncoding): string {
  switch (encoding) {
    case "tcvn3":
      return decodeTcvn3(bytes);
    case "vni":
      return decodeVni(bytes);
    case "windows-1258":
      return decodeWindows1258(bytes);
    default: {
      const unhandled: never = encoding;
      throw new Error(`unhandled legacy encoding ${String(unhandled)}`);
    }
  }
}
