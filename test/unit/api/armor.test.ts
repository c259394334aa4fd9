import { buildSchema, parse, specifiedRules, validate, getIntrospectionQuery } from "graphql";
import { describe, expect, it } from "vitest";
import { createQueryArmor, QUERY_LIMITS } from "../../../src/api/armor.js";

const schema = buildSchema(`
  type Document { id: ID! code: String implementedBy(limit: Int): [Document!]! implements: [Document!]! }
  type Query { documents(limit: Int): [Document!]! }
`);

function refusals(query: string): { message: string; code: unknown }[] {
  const refused: string[] = [];
  const { validationRules } = createQueryArmor(false, (rule) => refused.push(rule));
  return validate(schema, parse(query), [...specifiedRules, ...validationRules]).map((error) => ({
    message: error.message,
    code: error.extensions.code,
  }));
}

const nest = (levels: number) => {
  let selection = "id";
  for (let i = 0; i < levels; i += 1) selection = `id implementedBy { ${selection} }`;
  return `{ documents { ${selection} } }`;
};

describe("api: query limits", () => {
  it("lets the naive six-level implementedBy query through", () => {
    expect(refusals(nest(6))).toEqual([]);
  });

  it("states the depth rule and the depth it got", () => {
    expect(refusals(nest(11))).toEqual([
      {
        message: `query depth must be at most ${QUERY_LIMITS.maxDepth}, got 13`,
        code: "LIMIT_EXCEEDED",
      },
    ]);
  });

  it("states the cost rule and the cost it got, rounded up", () => {
    const wide = (d: number): string =>
      d === 0
        ? "id code"
        : `id code implementedBy { ${wide(d - 1)} } implements { ${wide(d - 1)} }`;
    expect(refusals(`{ documents { ${wide(6)} } }`)).toEqual([
      {
        message: expect.stringMatching(
          new RegExp(`^query cost must be at most ${QUERY_LIMITS.maxCost}, got \\d+$`),
        ),
        code: "LIMIT_EXCEEDED",
      },
    ]);
  });

  it("states the alias and directive rules", () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: documents { id }`).join(" ");
    expect(refusals(`{ ${aliases} }`)).toEqual([
      {
        message: `a query may use at most ${QUERY_LIMITS.maxAliases} aliases, got 16`,
        code: "LIMIT_EXCEEDED",
      },
    ]);
    const directives = Array.from({ length: 21 }, () => "id @skip(if: false)").join(" ");
    expect(refusals(`{ documents { ${directives} } }`)).toEqual([
      {
        message: `a query may use at most ${QUERY_LIMITS.maxDirectives} directives, got 21`,
        code: "LIMIT_EXCEEDED",
      },
    ]);
  });

  it("exempts introspection from depth and cost", () => {
    expect(
      refusals(
        getIntrospectionQuery({
          descriptions: true,
          inputValueDeprecation: true,
          schemaDescription: true,
        }),
      ),
    ).toEqual([]);
  });

  it("tells the caller's counter which rule refused", () => {
    const refused: string[] = [];
    const { validationRules } = createQueryArmor(false, (rule) => refused.push(rule));
    validate(schema, parse(nest(11)), [...specifiedRules, ...validationRules]);
    expect(refused).toEqual(["depth"]);
  });
});
