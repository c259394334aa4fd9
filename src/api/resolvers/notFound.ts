import { ErrorCode, GovgraphError } from "../../errors.js";

/** NOT_FOUND with message, naming as candidates the ids the one not found may mean. */
export function notFound(message: string, candidates: readonly string[]): GovgraphError {
  if (candidates.length === 0) return new GovgraphError(ErrorCode.NOT_FOUND, message);
  return new GovgraphError(
    ErrorCode.NOT_FOUND,
    `${message}; ids it may mean (a district's or commune's body is placed in its province, and its id keeps the name's diacritics): ${candidates.map((c) => `'${c}'`).join(", ")}`,
    { candidates: [...candidates] },
  );
}
