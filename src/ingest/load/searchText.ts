import { normalizeToneMarks } from "../../text/index.js";

/** Text the full-text index reads: display spellings joined, tone marks unified. */
export function searchText(parts: readonly (string | null | undefined)[]): string {
  return normalizeToneMarks(parts.filter((p): p is string => !!p).join(" | "));
}
