import type { IResolvers } from "@graphql-tools/utils";
import type { GraphQLContext } from "../GraphQLContext.js";
import { graphView } from "./graphView.js";
import { implementationChain } from "./implementationChain.js";
import { ingestText } from "./ingestText.js";
import { JSONScalar } from "./JSONScalar.js";
import { bodyTimeline, documentByCode, personProfile } from "./lookups.js";
import { search } from "./search.js";

/** Resolvers for the hand-written parts of the schema (schema/analytics.graphql). */
export function createResolvers(): IResolvers {
  return {
    JSON: JSONScalar,
    Query: { implementationChain, graphView, search, documentByCode, bodyTimeline, personProfile },
    Mutation: { ingestText },
    Evidence: {
      source: (evidence: { sourceId: string }, _args: unknown, context: GraphQLContext) =>
        context.loaders.sourceById.load(evidence.sourceId),
    },
  };
}
