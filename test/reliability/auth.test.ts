import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from "graphql";
import { SignJWT } from "jose";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi, type Api } from "../../src/api/index.js";
import { silentLogger } from "../../src/logger.js";
import {
  graphCounts,
  resetDatabase,
  TEST_JWT_SECRET,
  testConfig,
  testDriver,
} from "../helpers/neo4j.js";
import { signToken, unsignedToken } from "../helpers/tokens.js";
import { loadCorpus } from "./helpers/corpus.js";
import { postGraphQL } from "./helpers/http.js";
import { mutationCalls, type MutationCall } from "./helpers/mutationCalls.js";
import { countTransactions } from "./helpers/transactions.js";

let driver: Driver;
let api: Api;
let url: string;
let calls: MutationCall[];

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadCorpus(driver, 3);
  api = await createApi({ config: testConfig(), driver, logger: silentLogger });
  url = await api.listen();
  // The schema as clients see it: a mutation added tomorrow is probed tomorrow.
  const { json } = await postGraphQL(url, getIntrospectionQuery());
  calls = mutationCalls(buildClientSchema(json?.data as unknown as IntrospectionQuery));
});
afterAll(async () => {
  await api.stop();
  await driver.close();
});

const key = new TextEncoder().encode(TEST_JWT_SECRET);

const CALLERS: [string, () => Promise<Record<string, string>>, "UNAUTHENTICATED" | "FORBIDDEN"][] =
  [
    ["no token", async () => ({}), "UNAUTHENTICATED"],
    ["a malformed header", async () => ({ authorization: "Bearer not-a-jwt" }), "UNAUTHENTICATED"],
    [
      "a scheme other than Bearer",
      async () => ({ authorization: `Basic ${await signToken()}` }),
      "UNAUTHENTICATED",
    ],
    [
      "an expired editor token",
      async () => ({
        authorization: `Bearer ${await signToken({ roles: ["editor"] }, { expiresIn: -10 })}`,
      }),
      "UNAUTHENTICATED",
    ],
    [
      "an editor token not valid yet",
      async () => ({
        authorization: `Bearer ${await new SignJWT({ roles: ["editor"] }).setProtectedHeader({ alg: "HS256" }).setNotBefore("1h").setExpirationTime("2h").sign(key)}`,
      }),
      "UNAUTHENTICATED",
    ],
    [
      "an editor token with a wrong signature",
      async () => ({
        authorization: `Bearer ${await signToken({ roles: ["editor"] }, { secret: "another-secret-that-is-long-enough-0123456789" })}`,
      }),
      "UNAUTHENTICATED",
    ],
    [
      "an editor token signed with HS512 (right key, wrong algorithm)",
      async () => ({
        authorization: `Bearer ${await new SignJWT({ roles: ["editor"] }).setProtectedHeader({ alg: "HS512" }).setExpirationTime("1h").sign(key)}`,
      }),
      "UNAUTHENTICATED",
    ],
    [
      'an "alg": "none" editor token',
      async () => ({ authorization: `Bearer ${unsignedToken({ roles: ["editor"] })}` }),
      "UNAUTHENTICATED",
    ],
    [
      'a token whose roles claim is the string "editor"',
      async () => ({ authorization: `Bearer ${await signToken({ roles: "editor" })}` }),
      "UNAUTHENTICATED",
    ],
    [
      "a reader's token",
      async () => ({ authorization: `Bearer ${await signToken({ roles: ["reader"] })}` }),
      "FORBIDDEN",
    ],
    [
      "a token with no roles",
      async () => ({ authorization: `Bearer ${await signToken({ sub: "someone" })}` }),
      "FORBIDDEN",
    ],
  ];

describe("auth: every mutation is for editors only", () => {
  it("probes every Mutation field the API serves, ingestText included", () => {
    const fields = calls.map((call) => call.field);
    expect(fields).toEqual(
      expect.arrayContaining(["createDocuments", "deleteDocuments", "updateSources"]),
    );
    expect(fields).toContain("ingestText");
    expect(fields.length).toBeGreaterThanOrEqual(16);
  });

  for (const [who, headers, code] of CALLERS) {
    it(`refuses every mutation to ${who} (${code}) and writes nothing`, async () => {
      const before = await graphCounts(driver);
      const { result: answers, transactions } = await countTransactions(driver, async () => {
        const sent = await headers();
        return Promise.all(calls.map((call) => postGraphQL(url, call.query, call.variables, sent)));
      });
      answers.forEach((answer, i) => {
        const call = calls[i] as MutationCall;
        expect(
          answer.json?.errors?.[0]?.extensions?.code,
          `${call.field}: ${answer.text.slice(0, 200)}`,
        ).toBe(code);
        expect(answer.json?.data?.[call.field] ?? null, call.field).toBeNull();
      });
      expect(transactions).toBe(0);
      expect(await graphCounts(driver)).toEqual(before);
    });
  }

  it("lets an editor through (the probes are real writes)", async () => {
    const create = calls.find((call) => call.field === "createBodies") as MutationCall;
    const before = await graphCounts(driver);
    const { json } = await postGraphQL(url, create.query, create.variables, {
      authorization: `Bearer ${await signToken()}`,
    });
    expect(json?.errors).toBeUndefined();
    expect((await graphCounts(driver)).nodes).toBe(before.nodes + 1);
  });
});
