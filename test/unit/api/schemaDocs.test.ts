import { buildASTSchema, isEnumType, isInputObjectType, isObjectType, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { ALL_DOCUMENT_KINDS } from "../../../src/domain.js";
import { loadTypeDefs } from "../../../src/graph/index.js";

// The library's directives only need to exist for the SDL to build here.
const DIRECTIVES = `
directive @node(labels: [String!]) on OBJECT
directive @limit(default: Int, max: Int) on OBJECT
directive @authentication(operations: [String], jwt: String) on OBJECT | FIELD_DEFINITION
directive @authorization(validate: [String], filter: [String]) on OBJECT | FIELD_DEFINITION
directive @relationship(type: String!, direction: String!, properties: String) on FIELD_DEFINITION
directive @relationshipProperties on OBJECT
directive @timestamp(operations: [String]) on FIELD_DEFINITION
directive @jwt on OBJECT
scalar Date
scalar DateTime
`;

const schema = buildASTSchema(parse(DIRECTIVES + loadTypeDefs()), { assumeValidSDL: true });

describe("api: the schema describes itself", () => {
  it("has a description on every type, field, argument and enum value of schema/", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith("__") ||
        ["String", "Int", "Float", "Boolean", "ID", "Date", "DateTime"].includes(type.name)
      )
        continue;
      if (!type.description && !["Query", "Mutation"].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("lists exactly the document kinds the domain knows", () => {
    const kinds = schema.getType("DocumentKind");
    expect(isEnumType(kinds) && kinds.getValues().map((v) => v.name)).toEqual([
      ...ALL_DOCUMENT_KINDS,
    ]);
  });
});
