import { ErrorCode, GovgraphError, isGovgraphError } from "../errors.js";

interface DriverError {
  code?: unknown;
  message?: unknown;
  gqlStatus?: unknown;
}

const UNAVAILABLE = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
]);

const TIMEOUT = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.LockClientStopped",
]);

/**
 * Translates a neo4j-driver error into a GovgraphError by its code, the one place
 * that knows the driver's codes. Messages say what happened without Cypher text.
 */
export function translateNeo4jError(error: unknown, what = "the database query"): GovgraphError {
  if (isGovgraphError(error)) return error;
  const code = typeof (error as DriverError)?.code === "string" ? (error as DriverError).code : "";
  if (UNAVAILABLE.has(code as string)) {
    return new GovgraphError(
      ErrorCode.SERVICE_UNAVAILABLE,
      "the graph database is unavailable; try again shortly",
    );
  }
  if (TIMEOUT.has(code as string)) {
    return new GovgraphError(
      ErrorCode.QUERY_TIMEOUT,
      `${what} took longer than the server's time limit and was stopped`,
    );
  }
  if (code === "Neo.ClientError.Security.Unauthorized") {
    return new GovgraphError(
      ErrorCode.NEO4J_AUTH_FAILED,
      "Neo4j refused the credentials: check NEO4J_USER and NEO4J_PASSWORD",
    );
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new GovgraphError(ErrorCode.BAD_USER_INPUT, "the write would break a uniqueness rule");
  }
  const internal = new GovgraphError(ErrorCode.INTERNAL, `${what} failed`, {
    cause: code || (error instanceof Error ? error.name : "unknown"),
  });
  // The driver's own error, for the server log only (the API logs it, clients never see it).
  Object.defineProperty(internal, "cause", { value: error });
  return internal;
}
