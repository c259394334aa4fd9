import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import type { Loaders } from "./loaders.js";
import type { Claims } from "./verifyToken.js";

/** What every resolver receives for one request. */
export interface GraphQLContext extends Neo4jGraphQLContext {
  readonly driver: Driver;
  readonly database: string | undefined;
  /** Verified claims; undefined for an anonymous reader. */
  readonly jwt: Claims | undefined;
  /** Server-side time limit for this request's transactions. */
  readonly queryTimeoutMs: number;
  /** Counts Cypher statements this request ran outside @neo4j/graphql (for tests and metrics). */
  readonly statements: { count: number };
  readonly loaders: Loaders;
}
