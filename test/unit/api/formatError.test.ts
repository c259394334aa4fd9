import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { QueryLimitError } from "../../../src/api/armor.js";
import { makeFormatError } from "../../../src/api/formatError.js";
import { ErrorCode, GovgraphError } from "../../../src/errors.js";

function formatWith(production: boolean, stacktraces = false) {
  const logged: unknown[] = [];
  const codes: string[] = [];
  const format = makeFormatError(
    { production, stacktraces },
    { error: (_m, detail) => logged.push(detail) },
    (code) => codes.push(code),
  );
  return { format, logged, codes };
}

/** What Apollo hands formatError for an error thrown by a resolver. */
function fromResolver(error: Error): [GraphQLFormattedError, unknown] {
  const located = new GraphQLError(error.message, { path: ["documents"], originalError: error });
  return [
    { message: error.message, path: ["documents"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
    located,
  ];
}

describe("api: errors clients see", () => {
  it("keeps a deliberate error's code, message and details", () => {
    const { format, codes } = formatWith(true);
    const error = new GovgraphError(ErrorCode.AMBIGUOUS, "code '100/KH-UBND' names 2 documents", {
      candidates: 2,
    });
    expect(format(...fromResolver(error))).toEqual({
      message: "code '100/KH-UBND' names 2 documents",
      path: ["documents"],
      extensions: { code: "AMBIGUOUS", candidates: 2 },
    });
    expect(codes).toEqual(["AMBIGUOUS"]);
  });

  it("turns a query-limit refusal (wrapped by Apollo as a validation error) into LIMIT_EXCEEDED", () => {
    const { format } = formatWith(true);
    const refusal = new QueryLimitError("query depth must be at most 10, got 32");
    const wrapped = new GraphQLError(refusal.message, {
      originalError: refusal,
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    expect(
      format(
        { message: refusal.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } },
        wrapped,
      ),
    ).toEqual({
      message: "query depth must be at most 10, got 32",
      extensions: { code: "LIMIT_EXCEEDED" },
    });
  });

  it("states graphql-js's token limit as a rule", () => {
    const { format } = formatWith(true);
    const message = "Syntax Error: Document contains more that 2000 tokens. Parsing aborted.";
    expect(
      format({ message, extensions: { code: "GRAPHQL_PARSE_FAILED" } }, new GraphQLError(message)),
    ).toEqual({
      message: "a query may have at most 2000 tokens",
      extensions: { code: "LIMIT_EXCEEDED" },
    });
  });

  it("translates driver errors by their code, saying nothing of the driver", () => {
    const { format } = formatWith(true);
    const down = new Neo4jError(
      "Could not perform discovery. No routing servers available. bolt://10.0.0.7:7687",
      "ServiceUnavailable",
      "08000",
      "",
    );
    expect(format(...fromResolver(down))).toEqual({
      message: "the graph database is unavailable; try again shortly",
      path: ["documents"],
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  });

  it("gives the library's refusals govgraph's codes", () => {
    const { format } = formatWith(true);
    const forbidden = Object.defineProperty(new GraphQLError("Forbidden"), "name", {
      value: "Neo4jGraphQLForbiddenError",
    });
    expect(format(...fromResolver(forbidden)).extensions).toEqual({ code: "FORBIDDEN" });
    const denied = new Neo4jError(
      "Failed to invoke procedure: @neo4j/graphql/UNAUTHENTICATED",
      "Neo.ClientError.Procedure.ProcedureCallFailed",
      "",
      "",
    );
    expect(format(...fromResolver(denied)).extensions).toEqual({ code: "UNAUTHENTICATED" });
  });

  it("logs anything unexpected in full and answers it generically", () => {
    const { format, logged, codes } = formatWith(true);
    const bug = new TypeError("cannot read 'records' of undefined in MATCH (n) RETURN n");
    expect(format(...fromResolver(bug))).toEqual({
      message: "internal server error",
      path: ["documents"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(logged).toEqual([
      expect.objectContaining({ name: "TypeError", message: bug.message, stack: bug.stack }),
    ]);
    expect(codes).toEqual(["INTERNAL_SERVER_ERROR"]);
  });

  it("logs the driver error behind an internal GovgraphError", () => {
    const { format, logged } = formatWith(true);
    const driverError = new Neo4jError(
      "Invalid input 'X' \"MATCH (n) RETRUN n\"",
      "Neo.ClientError.Statement.SyntaxError",
      "42001",
      "",
    );
    const internal = new GovgraphError(ErrorCode.INTERNAL, "search failed", {
      cause: driverError.code,
    });
    Object.defineProperty(internal, "cause", { value: driverError });
    expect(format(...fromResolver(internal)).message).toBe("internal server error");
    expect(logged).toEqual([
      expect.objectContaining({
        message: "search failed",
        cause: expect.objectContaining({ message: driverError.message }),
      }),
    ]);
  });

  it("drops suggestions in production, and stack traces unless a developer asked for them", () => {
    const message = 'Cannot query field "documnts" on type "Query". Did you mean "documents"?';
    const formatted = {
      message,
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", stacktrace: ["GraphQLError: …"] },
    };
    expect(formatWith(true).format(formatted, new GraphQLError(message))).toEqual({
      message: 'Cannot query field "documnts" on type "Query".',
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    expect(formatWith(false).format(formatted, new GraphQLError(message))).toEqual({
      message,
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    expect(formatWith(false, true).format(formatted, new GraphQLError(message))).toEqual({
      message,
      extensions: formatted.extensions,
    });
  });

  it("does not mistake an error named after an Object property for a library error", () => {
    const { format } = formatWith(true);
    const odd = Object.defineProperty(new GraphQLError("odd"), "name", { value: "constructor" });
    expect(format(...fromResolver(odd)).extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
  });
});
