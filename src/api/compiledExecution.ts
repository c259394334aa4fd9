import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import {
  execute,
  getNamedType,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  isUnionType,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { isOwnResultType } from "./plainFieldResolution.js";

/**
 * The Query fields whose whole answer is made of govgraph's own result types (every
 * object type reachable from the field's type is one, see isOwnResultType): the analyst
 * queries.
 */
export function compilableQueryFields(schema: GraphQLSchema): Set<string> {
  const fields = new Set<string>();
  for (const [name, field] of Object.entries(schema.getQueryType()?.getFields() ?? {})) {
    if (onlyOwnTypes(getNamedType(field.type), new Set())) fields.add(name);
  }
  return fields;
}

function onlyOwnTypes(type: GraphQLNamedType, seen: Set<string>): boolean {
  if (seen.has(type.name)) return true;
  seen.add(type.name);
  if (isUnionType(type) || isInterfaceType(type)) return false;
  if (!isObjectType(type)) return true;
  if (!isOwnResultType(type)) return false;
  return Object.values(type.getFields()).every((field) =>
    onlyOwnTypes(getNamedType(field.type), seen),
  );
}

/**
 * Apollo Server's executor, given to it through the gateway interface (the one way
 * Apollo Server 5 accepts another executor; parsing, validation with the query limits,
 * plugins and error formatting stay Apollo's). Operations made only of the analyst
 * queries run as graphql-jit compiled functions: graphql-js builds a resolve-info
 * object and an argument map for every field, which for a 1,025-node chain (~18,000
 * fields) cost more than the database's own work (bench/RESULTS.md). Everything else
 * (the generated API, whose resolvers @neo4j/graphql writes against graphql-js,
 * mutations, introspection) runs on graphql-js unchanged.
 */
export function compiledExecutionGateway(
  schema: GraphQLSchema,
  compilableFields: ReadonlySet<string>,
): GatewayInterface {
  // Apollo keeps parsed documents in its own bounded store and hands back the same
  // object for the same query text, so compiled queries live exactly as long.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | undefined>>();

  function compiledFor(document: DocumentNode, operationName: string | null) {
    let byOperation = compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiled.set(document, byOperation);
    }
    const key = operationName ?? "";
    if (!byOperation.has(key)) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      byOperation.set(key, isCompiledQuery(result) ? result : undefined);
    }
    return byOperation.get(key);
  }

  function isCompilable(operation: OperationDefinitionNode): boolean {
    return (
      operation.operation === "query" &&
      operation.selectionSet.selections.every(
        (selection) => selection.kind === Kind.FIELD && compilableFields.has(selection.name.value),
      )
    );
  }

  const executor: GatewayExecutor = async (requestContext) => {
    const { document, operation, operationName, request } = requestContext;
    const query = isCompilable(operation) ? compiledFor(document, operationName) : undefined;
    if (query) {
      // Coerced by graphql-js first, so a bad variable is refused in its words and shape
      // (Apollo answers those with BAD_USER_INPUT and status 400).
      const given = request.variables ?? {};
      const coercion = getVariableValues(schema, operation.variableDefinitions ?? [], given);
      if (coercion.errors) return { errors: coercion.errors };
      const result = await query.query(undefined, requestContext.context, given);
      return withGraphQLErrors(result);
    }
    return execute({
      schema,
      document,
      contextValue: requestContext.context,
      variableValues: request.variables,
      operationName: request.operationName,
    });
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}

/**
 * graphql-jit's errors leave `extensions` undefined when the thrown error had none,
 * where Apollo, like graphql-js, expects an object: they are rebuilt as graphql-js
 * errors with the same message, path, locations and cause.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) =>
    Object.assign(
      new GraphQLError(error.message, {
        path: error.path,
        originalError: error.originalError ?? undefined,
        extensions: error.extensions,
      }),
      { locations: error.locations },
    ),
  );
  return { ...result, errors };
}
