import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";

export interface MutationCall {
  readonly field: string;
  /** A complete operation: the field with every required argument and a selection. */
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

const SAMPLE_SCALARS: Readonly<Record<string, unknown>> = {
  ID: "reliability-probe",
  String: "reliability probe",
  Int: 1,
  Float: 1.5,
  Boolean: true,
  Date: "2021-03-29",
  DateTime: "2021-03-29T08:00:00Z",
  JSON: {},
};

/**
 * The smallest value of an input type: required fields only, one element per list.
 * Enough for the operation to pass validation, so a refusal is the guard's, not the
 * validator's.
 */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isScalarType(type)) return SAMPLE_SCALARS[type.name] ?? "reliability probe";
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = sample(field.type);
    }
    return value;
  }
  return null;
}

/** One call per field of the schema's Mutation type, whatever fields it has today. */
export function mutationCalls(schema: GraphQLSchema): MutationCall[] {
  const mutation = schema.getMutationType();
  if (!mutation) return [];
  return Object.values(mutation.getFields()).map((field) => {
    const variables: Record<string, unknown> = {};
    const declared: string[] = [];
    const passed: string[] = [];
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
      variables[arg.name] = sample(arg.type);
      declared.push(`$${arg.name}: ${arg.type.toString()}`);
      passed.push(`${arg.name}: $${arg.name}`);
    }
    const target = getNamedType(field.type);
    const selection = isObjectType(target) || isAbstractType(target) ? " { __typename }" : "";
    const signature = declared.length ? `(${declared.join(", ")})` : "";
    const args = passed.length ? `(${passed.join(", ")})` : "";
    return {
      field: field.name,
      query: `mutation Probe${signature} { ${field.name}${args}${selection} }`,
      variables,
    };
  });
}
