import { getIntrospectionQuery } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi, MAX_BODY_BYTES, type Api } from "../../src/api/index.js";
import { QUERY_LIMITS } from "../../src/api/armor.js";
import { silentLogger } from "../../src/logger.js";
import { resetDatabase, testConfig, testDriver } from "../helpers/neo4j.js";
import { loadCorpus } from "./helpers/corpus.js";
import { postGraphQL, send, type RawResponse } from "./helpers/http.js";
import { countTransactions } from "./helpers/transactions.js";

let driver: Driver;
let api: Api;
let url: string;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadCorpus(driver, 4);
  // 600 more documents, so list caps have something to cut.
  await driver.executeQuery(
    "UNWIND range(1, 600) AS i CREATE (:Document {id: 'bulk/' + i, kind: 'OTHER', status: 'UNKNOWN', isStub: true})",
  );
  api = await createApi({ config: testConfig(), driver, logger: silentLogger });
  url = await api.listen();
});
afterAll(async () => {
  await api.stop();
  await driver.close();
});

const DOCUMENT_FIELDS =
  "id code number symbol year kind system title issuedOn effectiveFrom effectiveTo status isStub updatedAt";

function nested(field: string, levels: number, fields: string): string {
  let selection = fields;
  for (let i = 0; i < levels; i += 1) selection = `${fields} ${field} { ${selection} }`;
  return selection;
}

/** What an analyst sends: every analyst query with all its fields. */
const ANALYST_QUERIES: Record<string, [string, Record<string, unknown>]> = {
  implementationChain: [
    `query Chain($document: String!, $direction: ChainDirection, $maxDepth: Int, $relations: [ChainRelation!], $limit: Int) {
      implementationChain(document: $document, direction: $direction, maxDepth: $maxDepth, relations: $relations, limit: $limit) {
        root { id type label depth code kind title date bodies isStub }
        nodes { id type label depth code kind title date bodies isStub }
        edges { id source target type implementationKind evidence { sentence sourceId source { id url title publishedAt } } }
        truncated maxDepth
      }
    }`,
    {
      document: "32/2021/NĐ-CP",
      direction: "BOTH",
      maxDepth: 10,
      relations: ["IMPLEMENTS", "REVIEWS", "CITES"],
      limit: 2000,
    },
  ],
  graphView: [
    `query View($focus: ID!, $depth: Int, $limit: Int) {
      graphView(focus: $focus, depth: $depth, limit: $limit) {
        focus { id label type depth data } nodes { id label type depth data }
        edges { id source target type data } truncated
        counts { nodesTotal nodesReturned edgesTotal edgesReturned totalsExact }
      }
    }`,
    { focus: "vn/quận-ủy-long-biên/2021/3-tt-qu", depth: 3, limit: 2000 },
  ],
  search: [
    `query Search($text: String!, $limit: Int) { search(text: $text, limit: $limit) { id type label detail score } }`,
    { text: "thông tri 03 long biên", limit: 100 },
  ],
  documentByCode: [
    `query ByCode($code: String!, $issuer: String, $year: Int) {
      documentByCode(code: $code, issuer: $issuer, year: $year) { id code kind title year issuedOn issuers isStub }
    }`,
    { code: "03-TT/QU", issuer: "Quận ủy Long Biên", year: 2021 },
  ],
  bodyTimeline: [
    `query Timeline($body: ID!, $limit: Int) { bodyTimeline(body: $body, limit: $limit) { date type id label title } }`,
    { body: "quận-ủy-long-biên", limit: 500 },
  ],
  personProfile: [
    `query Profile($person: ID!) {
      personProfile(person: $person) { id name positions { title bodyId bodyName from to } meetings { id title date role } }
    }`,
    { person: "nguyen-van-a0@đảng-ủy-phường-gia-thụy" },
  ],
};

/** Refusals by the limits come before execution: they carry no path. */
function refusals(response: RawResponse): unknown[] {
  return (response.json?.errors ?? []).filter(
    (error) =>
      !("path" in error) ||
      ["LIMIT_EXCEEDED", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED"].includes(
        String(error.extensions?.code),
      ),
  );
}

describe("api: what must pass the query limits", () => {
  for (const [name, [query, variables]] of Object.entries(ANALYST_QUERIES)) {
    it(`serves ${name} with all its fields`, async () => {
      const response = await postGraphQL(url, query, variables);
      expect(refusals(response)).toEqual([]);
      expect(response.json?.errors).toBeUndefined();
      expect(response.status).toBe(200);
      expect(response.json?.data?.[name]).toBeTruthy();
    });
  }

  it("serves the naive six-level implementedBy query the benchmark compares with", async () => {
    const query = `query Naive($id: ID!) { documents(where: { id: { eq: $id } }) { ${nested("implementedBy", 6, DOCUMENT_FIELDS)} } }`;
    const { status, json } = await postGraphQL(url, query, { id: "vn/2021/nd-cp/32" });
    expect(json?.errors).toBeUndefined();
    expect(status).toBe(200);
    const [root] = json?.data?.documents as { implementedBy: { implementedBy: unknown[] }[] }[];
    expect(root?.implementedBy[0]?.implementedBy.length).toBeGreaterThan(0);
  });

  it("answers GraphiQL's full introspection query", async () => {
    for (const options of [
      { inputValueDeprecation: true, schemaDescription: true },
      {
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      },
    ]) {
      const { status, json } = await postGraphQL(url, getIntrospectionQuery(options));
      expect(json?.errors).toBeUndefined();
      expect(status).toBe(200);
      expect((json?.data?.__schema as { types: unknown[] }).types.length).toBeGreaterThan(100);
    }
  });
});

const depthBomb = `{ documents { ${nested("implementedBy", 30, "id")} } }`;
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: documents(limit: 1) { id }`).join(" ")} }`;
const RELATIONS = ["implementedBy", "implements", "basedOn", "basisFor", "cites"];
const wide = (levels: number): string =>
  levels === 0
    ? "id code title"
    : `id code title ${RELATIONS.map((r) => `${r} { ${wide(levels - 1)} }`).join(" ")}`;
const directives = `{ documents(limit: 1) { ${Array.from({ length: 30 }, () => "id @include(if: true)").join(" ")} } }`;

interface Attack {
  readonly name: string;
  send(): Promise<RawResponse>;
  readonly status: number;
  readonly code: string;
  readonly message: RegExp;
}

const ATTACKS: Attack[] = [
  {
    name: "a depth bomb (32 levels)",
    send: () => postGraphQL(url, depthBomb),
    status: 400,
    code: "LIMIT_EXCEEDED",
    message: new RegExp(`^query depth must be at most ${QUERY_LIMITS.maxDepth}, got 32$`),
  },
  {
    name: "an alias flood (500 aliases)",
    send: () => postGraphQL(url, aliases(500)),
    status: 400,
    code: "LIMIT_EXCEEDED",
    message: new RegExp(`^a query may have at most ${QUERY_LIMITS.maxTokens} tokens$`),
  },
  {
    name: "an alias flood under the token limit (100 aliases)",
    send: () => postGraphQL(url, aliases(100)),
    status: 400,
    code: "LIMIT_EXCEEDED",
    message: new RegExp(`^a query may use at most ${QUERY_LIMITS.maxAliases} aliases, got 100$`),
  },
  {
    name: "a wide and deep query (5 relations × 3 levels)",
    send: () => postGraphQL(url, `{ documents { ${wide(3)} } }`),
    status: 400,
    code: "LIMIT_EXCEEDED",
    message: new RegExp(`^query cost must be at most ${QUERY_LIMITS.maxCost}, got 3164$`),
  },
  {
    name: "a directive flood (30 directives)",
    send: () => postGraphQL(url, directives),
    status: 400,
    code: "LIMIT_EXCEEDED",
    message: new RegExp(
      `^a query may use at most ${QUERY_LIMITS.maxDirectives} directives, got 30$`,
    ),
  },
  {
    name: "a connection asking for 100000 edges",
    send: () =>
      postGraphQL(url, "{ documentsConnection(first: 100000) { edges { node { id } } } }"),
    status: 400,
    code: "LIMIT_EXCEEDED",
    message: new RegExp(`^query cost must be at most ${QUERY_LIMITS.maxCost}, got 1287500$`),
  },
  {
    name: "an oversized body",
    send: () =>
      send(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `{ documents { id } }`,
          variables: { pad: "x".repeat(MAX_BODY_BYTES) },
        }),
      }),
    status: 413,
    code: "LIMIT_EXCEEDED",
    message: /^request body is larger than the limit of 2097152 bytes$/,
  },
  {
    name: "an unbounded implementation chain",
    send: () =>
      postGraphQL(
        url,
        `{ implementationChain(document: "32/2021/NĐ-CP", maxDepth: 1000, limit: 1000000) { truncated } }`,
      ),
    status: 200,
    code: "LIMIT_EXCEEDED",
    message: /^maxDepth must be from 1 to 10, got 1000$/,
  },
  {
    name: "an unbounded graph view",
    send: () =>
      postGraphQL(
        url,
        `{ graphView(focus: "vn/2021/nd-cp/32", depth: 1000, limit: 1000000) { truncated } }`,
      ),
    status: 200,
    code: "LIMIT_EXCEEDED",
    message: /^depth must be from 1 to 3, got 1000$/,
  },
  {
    name: "a cross-site GET of a mutation (no preflight header)",
    send: () =>
      send(
        `${url}?query=${encodeURIComponent("mutation { deleteDocuments(where: {}) { nodesDeleted } }")}`,
      ),
    status: 400,
    code: "BAD_REQUEST",
    message: /Cross-Site Request Forgery/,
  },
  {
    name: "a cross-site GET of a query (no preflight header)",
    send: () => send(`${url}?query=${encodeURIComponent("{ documents { id } }")}`),
    status: 400,
    code: "BAD_REQUEST",
    message: /Cross-Site Request Forgery/,
  },
  {
    name: "a simple cross-site POST (content-type: text/plain)",
    send: () =>
      send(url, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: JSON.stringify({ query: "mutation { deleteDocuments(where: {}) { nodesDeleted } }" }),
      }),
    status: 400,
    code: "BAD_REQUEST",
    message: /Cross-Site Request Forgery/,
  },
  {
    name: "a batch (JSON array body)",
    send: () =>
      send(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify([
          { query: "{ documents(limit: 1) { id } }" },
          { query: "{ documents(limit: 1) { id } }" },
        ]),
      }),
    status: 400,
    code: "BAD_REQUEST",
    message: /batching/i,
  },
];

const ROUNDS = 5;

describe("api: query limits refuse before Neo4j sees anything", () => {
  for (const attack of ATTACKS) {
    it(`refuses ${attack.name}: ${attack.code}, HTTP ${attack.status}`, async () => {
      const { status, json, text } = await attack.send();
      expect(status, text.slice(0, 300)).toBe(attack.status);
      // A query can break several limits at once (a depth bomb is costly too).
      const error = json?.errors?.find((e) => attack.message.test(e.message));
      expect(error?.message, JSON.stringify(json?.errors)).toMatch(attack.message);
      expect(error?.extensions?.code).toBe(attack.code);
      expect(json?.data ?? null).toBeNull();
    });
  }

  it(`refuses every attack ${ROUNDS} times over with zero database transactions`, async () => {
    const { result: refused, transactions } = await countTransactions(driver, async () => {
      const tally: Record<string, number> = {};
      for (let round = 0; round < ROUNDS; round += 1) {
        const responses = await Promise.all(ATTACKS.map((attack) => attack.send()));
        responses.forEach((response, i) => {
          const attack = ATTACKS[i] as Attack;
          const ok =
            response.status === attack.status &&
            response.json?.errors?.[0]?.extensions?.code === attack.code;
          tally[attack.name] = (tally[attack.name] ?? 0) + (ok ? 1 : 0);
        });
      }
      return tally;
    });
    console.log("refused per attack:", refused, "database transactions:", transactions);
    expect(Object.values(refused)).toEqual(ATTACKS.map(() => ROUNDS));
    expect(transactions).toBe(0);
  });

  it("serves a simple query normally while the attacks run, one transaction each", async () => {
    const simple =
      'query Simple { documents(where: { id: { eq: "vn/2021/nd-cp/32" } }) { id code } }';
    const { result, transactions } = await countTransactions(driver, async () => {
      const served: RawResponse[] = [];
      const attacks = (async () => {
        for (let round = 0; round < ROUNDS; round += 1)
          await Promise.all(ATTACKS.map((attack) => attack.send()));
      })();
      const readers = (async () => {
        for (let i = 0; i < 20; i += 1) served.push(await postGraphQL(url, simple));
      })();
      await Promise.all([attacks, readers]);
      return served;
    });
    for (const response of result) {
      expect(response.status).toBe(200);
      expect(response.json?.data?.documents).toEqual([
        { id: "vn/2021/nd-cp/32", code: "32/2021/NĐ-CP" },
      ]);
    }
    expect(transactions).toBe(result.length);
  });
});

describe("api: every list is capped", () => {
  const count = async (query: string, pick: (data: Record<string, unknown>) => unknown[]) => {
    const { json } = await postGraphQL(url, query);
    expect(json?.errors).toBeUndefined();
    return pick(json?.data ?? {}).length;
  };

  it("cuts documents(limit: 100000) to the @limit max of 500", async () => {
    expect(
      await count("{ documents(limit: 100000) { id } }", (d) => d.documents as unknown[]),
    ).toBe(500);
  });

  it("returns the @limit default of 50 when no limit is given", async () => {
    expect(await count("{ documents { id } }", (d) => d.documents as unknown[])).toBe(50);
  });

  it("caps nested lists too", async () => {
    await driver.executeQuery(
      "MATCH (b:Body {id: 'chinh-phu'}) MATCH (d:Document) WHERE d.id STARTS WITH 'bulk/' MERGE (d)-[:ISSUED_BY {sourceIds: [], sentences: []}]->(b)",
    );
    const issued = await count(
      `{ bodies(where: { id: { eq: "chinh-phu" } }) { issued(limit: 100000) { id } } }`,
      (d) => (d.bodies as { issued: unknown[] }[])[0]?.issued ?? [],
    );
    expect(issued).toBe(500);
  });
});
