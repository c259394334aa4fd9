import { ErrorCode, GovgraphError } from "../../errors.js";

/**
 * An optional day argument as the ISO "yyyy-mm-dd" Cypher's date() reads, or null when
 * not given. A string that is no calendar day ("2025-02-30", "30/6/2025") is refused with
 * a message naming the argument, before Cypher would fail on it.
 */
export function isoDayArgument(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime()) || !day.toISOString().startsWith(value)) {
    throw new GovgraphError(
      ErrorCode.BAD_USER_INPUT,
      `${name} must be a day as yyyy-mm-dd, got ${JSON.stringify(value.slice(0, 40))}`,
      { argument: name },
    );
  }
  return value;
}
