import neo4j from "neo4j-driver";

/**
 * JavaScript numbers reach Neo4j as floats, and LIMIT, ranges and Int properties need
 * integers: every whole number in the parameters becomes a Neo4j Integer. govgraph
 * never sends a float parameter, so nothing is lost.
 */
export function cypherParams<T>(value: T): T {
  if (typeof value === "number") {
    return (Number.isSafeInteger(value) ? neo4j.int(value) : value) as T;
  }
  if (Array.isArray(value)) return value.map(cypherParams) as T;
  if (
    value !== null &&
    typeof value === "object" &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, cypherParams(inner)]),
    ) as T;
  }
  return value;
}
