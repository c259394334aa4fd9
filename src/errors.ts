import { GraphQLError } from "graphql";

/**
 * Every error govgraph raises on purpose carries one of these codes. Clients read the
 * code from GraphQL `extensions.code`; the CLI prints it beside a one-line message.
 */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  BAD_CONFIG: "BAD_CONFIG",
  NOT_FOUND: "NOT_FOUND",
  AMBIGUOUS: "AMBIGUOUS",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  LIMIT_EXCEEDED: "LIMIT_EXCEEDED",
  QUERY_TIMEOUT: "QUERY_TIMEOUT",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  NEO4J_AUTH_FAILED: "NEO4J_AUTH_FAILED",
  JAVA_MISSING: "JAVA_MISSING",
  PORT_IN_USE: "PORT_IN_USE",
  DATA_DIR_LOCKED: "DATA_DIR_LOCKED",
  STARTUP_FAILED: "STARTUP_FAILED",
  INVALID_ENCODING: "INVALID_ENCODING",
  EXTRACTION_FAILED: "EXTRACTION_FAILED",
  INTERNAL: "INTERNAL_SERVER_ERROR",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The one base class of govgraph's deliberate errors. */
export class GovgraphError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = "GovgraphError";
    this.code = code;
    this.details = Object.freeze({ ...details });
  }

  /** The same error as a GraphQL error whose `extensions.code` carries the code. */
  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: { code: this.code, ...this.details },
    });
  }
}

export function isGovgraphError(error: unknown): error is GovgraphError {
  return error instanceof GovgraphError;
}
