import type { GraphQLFormattedError } from "graphql";
import { ErrorCode, GovgraphError, isGovgraphError } from "../errors.js";
import { translateNeo4jError } from "../graph/index.js";

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

// @neo4j/graphql throws its refusals as plain GraphQLErrors told apart by class name
// (the classes are not exported); clients get govgraph's codes and wording.
const UNAUTHENTICATED = new GovgraphError(
  ErrorCode.UNAUTHENTICATED,
  "unauthenticated: this needs a valid token",
);
const FORBIDDEN = new GovgraphError(ErrorCode.FORBIDDEN, "forbidden: this needs the editor role");
const LIBRARY_ERRORS = new Map<string, GovgraphError>([
  ["Neo4jGraphQLAuthenticationError", UNAUTHENTICATED],
  ["Neo4jGraphQLForbiddenError", FORBIDDEN],
  [
    "Neo4jGraphQLConstraintValidationError",
    new GovgraphError(ErrorCode.BAD_USER_INPUT, "the write would break a uniqueness rule"),
  ],
]);

// graphql-js words it "Document contains more that 2000 tokens" (sic).
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

export interface ErrorLogger {
  error(message: string, detail: unknown): void;
}

/**
 * Shapes every error a client sees. Deliberate errors keep their code and message;
 * driver errors are translated by their code; anything unexpected is logged in full
 * here and reaches the client as a generic message with a code. Never Cypher; a stack
 * only when a developer asked for stacks (NODE_ENV=development); in production no "Did
 * you mean" either. `onError` sees the final code of each.
 */
export function makeFormatError(
  { production, stacktraces }: { readonly production: boolean; readonly stacktraces: boolean },
  logger: ErrorLogger,
  onError: (code: string) => void = () => undefined,
) {
  const shape = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const deliberate = deliberateError(original);
    if (deliberate && deliberate.code !== ErrorCode.INTERNAL) {
      return {
        message: deliberate.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: deliberate.code, ...deliberate.details },
      };
    }
    const code = String(formatted.extensions?.code ?? "");
    if (deliberate || !KNOWN_CODES.has(code) || code === ErrorCode.INTERNAL) {
      logger.error("unexpected error while serving a request", detailOf(original));
      return {
        message: "internal server error",
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL },
      };
    }
    const tokens = code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) {
      return {
        message: `a query may have at most ${tokens[1]} tokens`,
        extensions: { code: ErrorCode.LIMIT_EXCEEDED },
      };
    }
    const extensions: Record<string, unknown> = { ...formatted.extensions, code };
    if (!stacktraces) delete extensions.stacktrace;
    return {
      message: production ? withoutSuggestions(formatted.message) : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions,
    };
  };
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const shaped = shape(formatted, error);
    onError(String(shaped.extensions?.code));
    return shaped;
  };
}

/**
 * The error a resolver threw, from the located error graphql-js wrapped it in. Read
 * by shape: Apollo's own unwrapResolverError checks instanceof GraphQLError, which
 * fails when graphql is loaded twice (its CommonJS and ES module builds).
 */
function unwrapResolverError(error: unknown): unknown {
  const located = error as { path?: unknown; originalError?: unknown };
  return error instanceof Error &&
    Array.isArray(located.path) &&
    located.originalError instanceof Error
    ? located.originalError
    : error;
}

/**
 * The GovgraphError an error stands for, if it is one govgraph knows: its own errors,
 * query-limit refusals (which Apollo wraps as validation errors), the library's auth
 * refusals and neo4j-driver errors (which @neo4j/graphql lets through untouched).
 */
function deliberateError(original: unknown): GovgraphError | undefined {
  if (isGovgraphError(original)) return original;
  if (!(original instanceof Error)) return undefined;
  // Told apart by name, not instanceof: graphql may be loaded twice (its CommonJS and
  // ES module builds), and the library's error classes are not exported.
  const cause = (original as { originalError?: unknown }).originalError;
  if (cause instanceof Error && cause.name === "QueryLimitError") {
    return new GovgraphError(ErrorCode.LIMIT_EXCEEDED, cause.message);
  }
  const library = LIBRARY_ERRORS.get(original.name);
  if (library) return library;
  if (!isDriverError(original)) return undefined;
  // The library's authorization checks fail inside Cypher (apoc.util.validate).
  if (original.message.includes("@neo4j/graphql/FORBIDDEN")) return FORBIDDEN;
  if (original.message.includes("@neo4j/graphql/UNAUTHENTICATED")) return UNAUTHENTICATED;
  return translateNeo4jError(original);
}

/** Everything an error carries, for the server log: code, details and its cause. */
function detailOf(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return error;
  const { code, details } = error as { code?: unknown; details?: unknown };
  return {
    name: error.name,
    message: error.message,
    code,
    details,
    stack: error.stack,
    cause: error.cause === undefined || depth > 2 ? undefined : detailOf(error.cause, depth + 1),
  };
}

function isDriverError(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    error.name === "Neo4jError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .*$/s, "").trimEnd();
}
