import { GraphQLObjectType, Kind, parse, type GraphQLNamedType, type GraphQLSchema } from "graphql";
import { mapSchema, MapperKind, type IResolvers } from "@graphql-tools/utils";

const LIBRARY_DIRECTIVES = new Set(["node", "relationshipProperties", "jwt"]);
const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

/**
 * govgraph's own result types: the object types of the type definitions that are neither
 * @node models nor relationship properties (ImplementationChain, ChainNode, GraphView…).
 */
export function ownResultTypes(typeDefs: string): Set<string> {
  const names = new Set<string>();
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    if (ROOT_TYPES.has(definition.name.value)) continue;
    if (definition.directives?.some((d) => LIBRARY_DIRECTIVES.has(d.name.value))) continue;
    names.add(definition.name.value);
  }
  return names;
}

/** Marks govgraph's own result types in the schema, for isOwnResultType. */
const OWN = "govgraphOwnResultType";

/** True for a type restorePlainFieldResolution marked as one of govgraph's own. */
export function isOwnResultType(type: GraphQLNamedType): boolean {
  return type.extensions[OWN] === true;
}

/**
 * @neo4j/graphql gives every field of every object type a resolver that reads the
 * property named by the field's alias when the parent has one, because its translated
 * Cypher returns rows keyed by alias. govgraph's own result types are plain objects
 * keyed by field name, where that rule answers `nodes { title: code }` with the title.
 * Their fields without a resolver of govgraph's go back to graphql-js's default, and
 * the types are marked (isOwnResultType) so later stages need not parse the SDL again.
 */
export function restorePlainFieldResolution(
  schema: GraphQLSchema,
  ownTypes: ReadonlySet<string>,
  resolvers: IResolvers = {},
): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_TYPE]: (type) =>
      ownTypes.has(type.name)
        ? new GraphQLObjectType({
            ...type.toConfig(),
            extensions: { ...type.extensions, [OWN]: true },
          })
        : type,
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      if (!ownTypes.has(typeName)) return field;
      const own = (resolvers[typeName] as Record<string, unknown> | undefined)?.[fieldName];
      return own ? field : { ...field, resolve: undefined };
    },
  });
}
