import type { IResolvers } from "@graphql-tools/utils";

/** Resolvers for the hand-written parts of the schema (analyst queries, ingestText). */
export function createResolvers(): IResolvers {
  return {};
}
