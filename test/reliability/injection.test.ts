import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi, type Api } from "../../src/api/index.js";
import { silentLogger } from "../../src/logger.js";
import { graphCounts, resetDatabase, testConfig, testDriver } from "../helpers/neo4j.js";
import { signToken } from "../helpers/tokens.js";
import { loadCorpus } from "./helpers/corpus.js";
import { postGraphQL, type RawResponse } from "./helpers/http.js";

let driver: Driver;
let api: Api;
let url: string;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadCorpus(driver, 2);
  api = await createApi({ config: testConfig(), driver, logger: silentLogger });
  url = await api.listen();
});
afterAll(async () => {
  await api.stop();
  await driver.close();
});

/** Strings that would change a query if anything pasted them into Cypher or GraphQL. */
const INJECTIONS: Record<string, string> = {
  "single quote": "32/2021/NĐ-CP' OR 1=1 //",
  "double quote": '32/2021/NĐ-CP" OR true //',
  backtick: "`Document` DETACH DELETE n",
  "parameter sigil": "$id $jwt.roles",
  "line comment": "// MATCH (n) DETACH DELETE n",
  "closing brace": "x'}) DETACH DELETE n //",
  "closing brace, double quote": 'x"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  "block comment": "*/ MATCH (n) DETACH DELETE n /*",
  "Lucene syntax": 'title:(a OR b) AND NOT c* ~2 ^3 "unterminated',
  regex: ".*(?i)nghị.*",
  "NUL and controls": "a\u0000b\u0007c\u001bd\u007f",
  "bidi override and zero widths": "\u202eCP-ĐN/1202/23\u202c\u200b\u200d\ufeff",
  "lone surrogate": "x\ud800y",
  "decomposed Vietnamese": "Nghị định".normalize("NFD"),
  "one megabyte": "đ".repeat(512 * 1024),
};

/** A harmless value of the same argument. */
const PLAIN = "plain-value";

/** Every string argument of the analyst queries. */
const ARGUMENTS: [string, string, (value: string) => Record<string, unknown>][] = [
  [
    "implementationChain.document",
    "query ($v: String!) { implementationChain(document: $v) { root { id } } }",
    (v) => ({ v }),
  ],
  [
    "implementationChain.issuer",
    `query ($v: String) { implementationChain(document: "32/2021/NĐ-CP", issuer: $v) { root { id } } }`,
    (v) => ({ v }),
  ],
  ["graphView.focus", "query ($v: ID!) { graphView(focus: $v) { focus { id } } }", (v) => ({ v })],
  ["search.text", "query ($v: String!) { search(text: $v) { id } }", (v) => ({ v })],
  [
    "documentByCode.code",
    "query ($v: String!) { documentByCode(code: $v) { id } }",
    (v) => ({ v }),
  ],
  [
    "documentByCode.issuer",
    `query ($v: String) { documentByCode(code: "03-TT/QU", issuer: $v) { id } }`,
    (v) => ({ v }),
  ],
  ["bodyTimeline.body", "query ($v: ID!) { bodyTimeline(body: $v) { id } }", (v) => ({ v })],
  ["personProfile.person", "query ($v: ID!) { personProfile(person: $v) { id } }", (v) => ({ v })],
];

/** What a response amounts to: the data's shape, or the error codes. */
function outcome(response: RawResponse): string {
  const codes = (response.json?.errors ?? []).map((e) => String(e.extensions?.code));
  if (codes.length > 0) return `errors ${[...new Set(codes)].sort().join(",")}`;
  return `data ${JSON.stringify(response.json?.data, (_k, v: unknown) => (Array.isArray(v) ? `[${v.length}]` : v))}`;
}

const CLEAR_REFUSALS = ["LIMIT_EXCEEDED", "BAD_USER_INPUT", "NOT_FOUND", "AMBIGUOUS"];

describe("injection: string arguments of the analyst queries are data", () => {
  for (const [argument, query, variables] of ARGUMENTS) {
    it(`${argument}: every injection string is answered as data or refused clearly`, async () => {
      const before = await graphCounts(driver);
      // An error a plain value meets too is the query's, not the injection's.
      const plain = outcome(await postGraphQL(url, query, variables(PLAIN)));
      for (const [name, value] of Object.entries(INJECTIONS)) {
        const response = await postGraphQL(url, query, variables(value));
        const errors = response.json?.errors ?? [];
        const clear = errors.every(
          (e) => CLEAR_REFUSALS.includes(String(e.extensions?.code)) && e.message.length > 0,
        );
        expect(
          clear || outcome(response) === plain,
          `${name}: ${response.text.slice(0, 300)}`,
        ).toBe(true);
        expect(response.status, name).toBeLessThan(500);
      }
      expect(await graphCounts(driver)).toEqual(before);
    });
  }
});

describe("injection: a generated mutation stores strings verbatim", () => {
  const create = `mutation ($input: [DocumentCreateInput!]!) { createDocuments(input: $input) { documents { id } } }`;

  it("stores every injection string in every string field exactly as sent, or refuses it clearly", async () => {
    const editor = { authorization: `Bearer ${await signToken()}` };
    const outcomes: Record<string, string> = {};
    for (const [name, value] of Object.entries(INJECTIONS)) {
      const id = `injection/${name}`;
      // Every string field at once, but a megabyte only once (four would pass the body limit).
      const fields =
        value.length > 1000
          ? { title: value }
          : { code: value, number: value, symbol: value, title: value };
      const before = await graphCounts(driver);
      const response = await postGraphQL(
        url,
        create,
        { input: [{ id, kind: "OTHER", status: "UNKNOWN", isStub: true, ...fields }] },
        editor,
      );
      if (response.json?.errors) {
        const [error] = response.json.errors;
        expect(CLEAR_REFUSALS, `${name}: ${response.text.slice(0, 300)}`).toContain(
          error?.extensions?.code,
        );
        expect(await graphCounts(driver)).toEqual(before);
        outcomes[name] = `refused ${String(error?.extensions?.code)}`;
        continue;
      }
      const { records } = await driver.executeQuery(
        "MATCH (d:Document {id: $id}) RETURN d {.code, .number, .symbol, .title} AS stored",
        { id },
      );
      const stored = records.map((r) => r.get("stored") as Record<string, unknown>);
      expect(
        stored.map((row) => Object.fromEntries(Object.keys(fields).map((k) => [k, row[k]]))),
        name,
      ).toEqual([fields]);
      expect(await graphCounts(driver)).toEqual({ ...before, nodes: before.nodes + 1 });
      outcomes[name] = "stored verbatim";
    }
    console.log("generated mutation, per injection string:", outcomes);
  });

  it("finds a stored injection string again through a where filter, and only it", async () => {
    const value = INJECTIONS["closing brace"] as string;
    const { json } = await postGraphQL(
      url,
      "query ($v: String!) { documents(where: { title: { eq: $v } }) { id } }",
      { v: value },
    );
    expect(json?.data?.documents).toEqual([{ id: "injection/closing brace" }]);
  });

  it("treats a GraphQL string literal with escapes as the same data as a variable", async () => {
    const value = INJECTIONS["closing brace, double quote"] as string;
    const editor = { authorization: `Bearer ${await signToken()}` };
    const literal = `mutation { updateDocuments(where: { id: { eq: "injection/regex" } }, update: { title: { set: ${JSON.stringify(value)} } }) { documents { title } } }`;
    const { json } = await postGraphQL(url, literal, {}, editor);
    expect(json?.data?.updateDocuments).toEqual({ documents: [{ title: value }] });
  });
});
