import { graphql, type GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../src/api/buildSchema.js";
import { compilableQueryFields } from "../../src/api/compiledExecution.js";
import { createContext } from "../../src/api/createContext.js";
import { createResolvers } from "../../src/api/resolvers/index.js";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { loadFoundingArticle } from "../helpers/foundingArticle.js";
import { testConfig, testDriver } from "../helpers/neo4j.js";

let driver: Driver;
let api: TestApi;
let schema: GraphQLSchema;

beforeAll(async () => {
  driver = testDriver();
  await loadFoundingArticle(driver);
  api = await startTestApi(driver);
  schema = await buildSchema({ driver, jwtSecret: undefined, resolvers: createResolvers() });
});
afterAll(async () => {
  await api.stop();
  await driver.close();
});

/** The same operation through graphql-js directly, the reference the API must match. */
async function reference(source: string, variables: Record<string, unknown> = {}) {
  const result = await graphql({
    schema,
    source,
    variableValues: variables,
    contextValue: createContext(driver, testConfig(), undefined),
  });
  return {
    data: result.data ?? null,
    errors: result.errors?.map((e) => ({ message: e.message, path: e.path })),
  };
}

async function throughApi(source: string, variables: Record<string, unknown> = {}) {
  const { body } = await api.post(source, variables);
  return {
    data: body.data ?? null,
    errors: body.errors?.map((e) => ({
      message: e.message,
      path: (e as { path?: unknown }).path,
    })),
  };
}

const OPERATIONS: [string, string, Record<string, unknown>?][] = [
  [
    "a chain with evidence and its sources",
    `query ($d: String!) { implementationChain(document: $d, direction: UP) {
      root { id label } truncated
      nodes { id type label depth code kind title date bodies isStub }
      edges { id source target type implementationKind
        evidence { sourceId sentence source { id title publishedAt url } } }
    } }`,
    { d: "03-TT/QU" },
  ],
  [
    "aliases, fragments, @include and @skip",
    `query ($full: Boolean!) { up: implementationChain(document: "03-TT/QU", direction: UP) {
      ...c nodes { name: label code @include(if: $full) title @skip(if: $full) }
    } }
    fragment c on ImplementationChain { truncated }`,
    { full: true },
  ],
  [
    "a graph view of a body",
    `{ graphView(focus: "ha-noi/đảng-ủy-phường-gia-thụy", depth: 2, limit: 20) {
      focus { id label } truncated nodes { id label type depth data }
      edges { id source target type data } counts { nodesTotal edgesTotal totalsExact }
    } }`,
  ],
  ["search without diacritics", `{ search(text: "nghi dinh 32") { id type label score } }`],
  ["a code that is not there", `{ documentByCode(code: "999/2020/NĐ-CP") { id } }`],
  [
    "an error in one field of two",
    `{ a: documentByCode(code: "hello") { id } b: search(text: "thong tri") { id } }`,
  ],
  [
    "an analyst query beside the generated API",
    `{ search(text: "thong tri") { id } documents(where: { code: { eq: "03-TT/QU" } }) { code } }`,
  ],
];

describe("compiled execution of the analyst queries", () => {
  it("covers the analyst queries and nothing of the generated API", () => {
    const fields = compilableQueryFields(schema);
    expect([...fields].sort()).toEqual([
      "bodyTimeline",
      "documentByCode",
      "graphView",
      "implementationChain",
      "personProfile",
      "search",
    ]);
  });

  it("refuses a variable of the wrong type as bad input, naming the variable", async () => {
    const { status, body } = await api.post(
      `query ($depth: Int) { implementationChain(document: "03-TT/QU", maxDepth: $depth) { truncated } }`,
      { depth: "deep" },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/^Variable "\$depth" got invalid value "deep"/);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it.each(OPERATIONS)("answers %s exactly as graphql-js does", async (_name, source, vars) => {
    const expected = await reference(source, vars);
    expect(expected.data).not.toBeNull();
    expect(await throughApi(source, vars)).toEqual(expected);
  });
});
