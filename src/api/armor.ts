import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLArmorRejectCallback } from "@escape.tech/graphql-armor-types";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type ValidationRule } from "graphql";
import { ErrorCode } from "../errors.js";

/**
 * How large a GraphQL operation may be before any resolver runs. Calibrated on the
 * operations govgraph must serve: every analyst query with all its fields (depth ≤ 5,
 * cost ≤ 110), the naive six-level `implementedBy { implementedBy { … } }` peer of the
 * implementationChain benchmark (depth 8, cost ≈ 740 with every scalar field) and
 * GraphiQL's full introspection query (exempt from depth and cost). A wide-and-deep
 * query over five relations three levels down already costs ≈ 3160.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxCost: 1500,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
} as const;

/** A query refused for its shape; formatError keeps its code and message. */
export class QueryLimitError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.LIMIT_EXCEEDED } });
    this.name = "QueryLimitError";
  }
}

export interface QueryArmor {
  readonly plugins: ApolloServerPlugin[];
  readonly validationRules: ValidationRule[];
}

// Armor words its refusals "Syntax Error: Query depth limit of 10 exceeded, found 12.";
// govgraph's messages state the rule and the value it got.
const RULES: readonly [RegExp, (limit: string, found: string) => string][] = [
  [
    /depth limit of (\d+) exceeded, found (\d+)/,
    (l, f) => `query depth must be at most ${l}, got ${f}`,
  ],
  [
    /Cost limit of (\d+) exceeded, found ([\d.]+?)\.?$/,
    (l, f) => `query cost must be at most ${l}, got ${Math.ceil(Number(f))}`,
  ],
  [
    /Aliases limit of (\d+) exceeded, found (\d+)/,
    (l, f) => `a query may use at most ${l} aliases, got ${f}`,
  ],
  [
    /Directives limit of (\d+) exceeded, found (\d+)/,
    (l, f) => `a query may use at most ${l} directives, got ${f}`,
  ],
];

function describeRefusal(message: string): string {
  for (const [pattern, describe] of RULES) {
    const match = pattern.exec(message);
    if (match?.[1] && match[2]) return describe(match[1], match[2]);
  }
  return message.replace(/^Syntax Error: /, "");
}

/**
 * GraphQL Armor configured for govgraph: refusals become LIMIT_EXCEEDED validation
 * errors (HTTP 400) reported before execution, so a refused query never reaches
 * Neo4j. Field suggestions ("Did you mean …") are masked in production.
 */
export function createQueryArmor(
  production: boolean,
  onRefused: (rule: string) => void = () => undefined,
): QueryArmor {
  const refuse =
    (rule: string): GraphQLArmorRejectCallback =>
    (context, error) => {
      onRefused(rule);
      context?.reportError(new QueryLimitError(describeRefusal(error.message)));
    };
  // propagateOnRejection: false: the callback reports the error itself, instead of
  // armor throwing it as a generic BAD_USER_INPUT.
  const limit = (rule: string) => ({ propagateOnRejection: false, onReject: [refuse(rule)] });
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, ...limit("depth") },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, ...limit("cost") },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...limit("aliases") },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...limit("directives") },
    // Tokens are counted by graphql-js itself while parsing (parseOptions.maxTokens in
    // createApi): armor's token plugin parses every document a second time and throws
    // from a hook, which turns every syntax error into an HTTP 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production, mask: "" },
  });
  const { plugins, validationRules } = armor.protect();
  // Armor's declarations name @apollo/server's CommonJS types and govgraph uses its ESM
  // build: the same plain hook objects, two copies of their types.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules };
}
