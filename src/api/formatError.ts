import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ErrorCode, isGovgraphError } from "../errors.js";

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

// @neo4j/graphql reports refusals with its own codes; clients get ours.
const LIBRARY_CODES: Readonly<Record<string, string>> = {
  "@neo4j/graphql/UNAUTHENTICATED": ErrorCode.UNAUTHENTICATED,
  "@neo4j/graphql/FORBIDDEN": ErrorCode.FORBIDDEN,
  UNAUTHENTICATED: ErrorCode.UNAUTHENTICATED,
  FORBIDDEN: ErrorCode.FORBIDDEN,
};

export interface ErrorLogger {
  error(message: string, detail: unknown): void;
}

/**
 * Shapes every error a client sees. Deliberate errors keep their code and message;
 * anything unexpected is logged in full here and reaches the client as a generic
 * message with a code. In production no stack, no Cypher and no "Did you mean".
 */
export function makeFormatError(production: boolean, logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isGovgraphError(original) && original.code !== ErrorCode.INTERNAL) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...original.details },
      };
    }
    const rawCode = String(formatted.extensions?.code ?? "");
    const code = LIBRARY_CODES[rawCode] ?? rawCode;
    const libraryRefusal =
      rawCode in LIBRARY_CODES || formatted.message.startsWith("@neo4j/graphql/");
    if (libraryRefusal) {
      return {
        message:
          code === ErrorCode.FORBIDDEN
            ? "forbidden: this needs the editor role"
            : "unauthenticated",
        path: formatted.path,
        extensions: { code },
      };
    }
    if (!KNOWN_CODES.has(code) || code === ErrorCode.INTERNAL) {
      logger.error("unexpected error while serving a request", error);
      return {
        message: "internal server error",
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL },
      };
    }
    const message = production
      ? formatted.message.replace(/ Did you mean .*$/s, "")
      : formatted.message;
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return {
      message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: production ? { ...extensions, code } : { ...formatted.extensions, code },
    };
  };
}
