import { ErrorCode, GovgraphError } from "../../errors.js";

/** Checks an integer argument against its range; the message names the rule and the value. */
export function boundedInt(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new GovgraphError(
      ErrorCode.LIMIT_EXCEEDED,
      `${name} must be from ${min} to ${max}, got ${value}`,
      { argument: name, min, max },
    );
  }
  return value;
}

export const LIMITS = {
  chainDepth: 10,
  chainNodes: 2000,
  viewDepth: 3,
  viewNodes: 2000,
  searchHits: 100,
  timelineEntries: 500,
  searchTextLength: 500,
} as const;
