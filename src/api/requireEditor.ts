import { defaultFieldResolver, GraphQLError, type GraphQLSchema } from "graphql";
import { mapSchema, MapperKind } from "@graphql-tools/utils";
import { ErrorCode } from "../errors.js";
import type { GraphQLContext } from "./GraphQLContext.js";
import { hasRole } from "./verifyToken.js";

export const EDITOR_ROLE = "editor";

/**
 * Wraps every Mutation field (generated, @cypher and custom alike) so that it runs
 * only for a verified editor. @neo4j/graphql's own directives guard the generated
 * ones too; this second, schema-wide gate does not depend on the library getting
 * every code path right (7.6.3 has known gaps around @cypher fields).
 */
export function requireEditorForMutations(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.MUTATION_ROOT_FIELD]: (field, fieldName) => {
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve(source, args, context: GraphQLContext, info) {
          if (!context.jwt) {
            throw new GraphQLError(`${fieldName} needs an editor's token; none was given`, {
              extensions: { code: ErrorCode.UNAUTHENTICATED },
            });
          }
          if (!hasRole(context.jwt, EDITOR_ROLE)) {
            throw new GraphQLError(`${fieldName} needs the '${EDITOR_ROLE}' role`, {
              extensions: { code: ErrorCode.FORBIDDEN },
            });
          }
          return resolve(source, args, context, info);
        },
      };
    },
  });
}
