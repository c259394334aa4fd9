import {
  Kind,
  parse,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ValueNode,
} from "graphql";

const AUTH_DIRECTIVES = new Set(["authentication", "authorization", "subscriptionsAuthorization"]);

interface AuthArgument {
  /** "Document", "Query.gapSecrets": where the directive sits. */
  readonly at: string;
  readonly directive: string;
  readonly argument: string;
  readonly value: ValueNode;
}

function argumentsOf(
  at: string,
  directives: readonly ConstDirectiveNode[] | undefined,
): AuthArgument[] {
  return (directives ?? [])
    .filter((d) => AUTH_DIRECTIVES.has(d.name.value))
    .flatMap((d) =>
      (d.arguments ?? []).map((a) => ({
        at,
        directive: d.name.value,
        argument: a.name.value,
        value: a.value,
      })),
    );
}

/** Every argument of every auth directive in the type definitions, on types and on fields. */
export function authArguments(typeDefs: string): AuthArgument[] {
  const found: AuthArgument[] = [];
  const collect = (node: ObjectTypeDefinitionNode) => {
    found.push(...argumentsOf(node.name.value, node.directives));
    for (const field of node.fields ?? [])
      found.push(...argumentsOf(`${node.name.value}.${field.name.value}`, field.directives));
  };
  visit(parse(typeDefs), { ObjectTypeDefinition: collect, ObjectTypeExtension: collect as never });
  return found;
}

/** Every object value inside `value` (itself included) that has a field named `name`, with that field's value. */
export function fieldsNamed(value: ValueNode, name: string): ValueNode[] {
  const found: ValueNode[] = [];
  const walk = (node: ValueNode) => {
    if (node.kind === Kind.LIST) node.values.forEach(walk);
    if (node.kind !== Kind.OBJECT) return;
    for (const field of node.fields) {
      if (field.name.value === name) found.push(field.value);
      walk(field.value);
    }
  };
  walk(value);
  return found;
}

/** The number of conditions an object value lists side by side (its fields). */
export function conditionCount(value: ValueNode): number {
  return value.kind === Kind.OBJECT ? value.fields.length : 0;
}

function hasDirective(node: { directives?: readonly ConstDirectiveNode[] }, name: string): boolean {
  return (node.directives ?? []).some((d) => d.name.value === name);
}

function namedType(field: FieldDefinitionNode): string {
  let type = field.type;
  while (type.kind !== Kind.NAMED_TYPE) type = type.type;
  return type.name.value;
}

/**
 * Top-level Query and Mutation fields backed by @cypher that return a type carrying
 * type-level @authentication but carry no @authentication of their own.
 */
export function unguardedCypherRootFields(typeDefs: string): string[] {
  const document: DocumentNode = parse(typeDefs);
  const types = document.definitions.filter(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION,
  );
  const authenticated = new Set(
    types.filter((t) => hasDirective(t, "authentication")).map((t) => t.name.value),
  );
  return types
    .filter((t) => t.name.value === "Query" || t.name.value === "Mutation")
    .flatMap((t) => (t.fields ?? []).map((field) => ({ type: t.name.value, field })))
    .filter(({ field }) => hasDirective(field, "cypher") && authenticated.has(namedType(field)))
    .filter(({ field }) => !hasDirective(field, "authentication"))
    .map(({ type, field }) => `${type}.${field.name.value}`);
}
