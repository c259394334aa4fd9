import { createServer } from "node:net";
import neo4j, { Neo4jError, type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi, type Api } from "../../src/api/index.js";
import type { Logger } from "../../src/logger.js";
import { resetDatabase, testConfig, testDriver } from "../helpers/neo4j.js";
import { loadCorpus } from "./helpers/corpus.js";
import { faultyDriver } from "./helpers/faultyDriver.js";
import { postGraphQL, type RawResponse } from "./helpers/http.js";
import { capturingLogger } from "./helpers/logs.js";

let driver: Driver;
const running: Api[] = [];

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadCorpus(driver, 1);
});
afterAll(async () => {
  await Promise.all(running.map((api) => api.stop()));
  await driver.close();
});

async function start(env: Record<string, string>, apiDriver: Driver, logger: Logger) {
  const api = await createApi({ config: testConfig(env), driver: apiDriver, logger });
  running.push(api);
  return api.listen();
}

const PRODUCTION = { NODE_ENV: "production" };

// What a database error message carries and a client must never see.
const SECRET_CYPHER = "MATCH (n:Document) WHERE n.secret = 'the-secret-value' RETURN n";
const cypherFault = () =>
  new Neo4jError(
    `Invalid input 'RETRUN': expected 'RETURN' (line 1, column 42)\n"${SECRET_CYPHER}"`,
    "Neo.ClientError.Statement.SyntaxError",
    "42001",
    "error: syntax error or access rule violation - invalid syntax",
  );
const unplannedFault = () =>
  new TypeError(`cannot read properties of undefined (reading 'records') in ${SECRET_CYPHER}`);

/** Everything a production response must not contain. */
function expectNothingLeaked(response: RawResponse): void {
  expect(response.text).not.toMatch(/Did you mean/i);
  expect(response.text).not.toMatch(/stacktrace|\n\s+at |\bat [\w.<>]+ \(/);
  expect(response.text).not.toMatch(/\b(MATCH|RETURN|MERGE|UNWIND|DETACH)\b/);
  expect(response.text).not.toMatch(/the-secret-value|Neo\.ClientError|node_modules|\/src\//);
}

const MISTAKES: [string, string, Record<string, unknown>, RegExp][] = [
  [
    "a typo'd field",
    "{ documnts { id } }",
    {},
    /^Cannot query field "documnts" on type "Query"\.$/,
  ],
  [
    "a typo'd argument",
    "{ documents(limt: 5) { id } }",
    {},
    /^Unknown argument "limt" on field "Query\.documents"\.$/,
  ],
  [
    "a typo'd input field",
    `{ documents(where: { titel: { eq: "x" } }) { id } }`,
    {},
    /^Field "titel" is not defined by type "DocumentWhere"\.$/,
  ],
  [
    "a bad enum value",
    "{ documents(where: { kind: { eq: DECREEE } }) { id } }",
    {},
    /^Value "DECREEE" does not exist in "DocumentKind" enum\.$/,
  ],
  [
    "a bad enum value in a variable",
    "query ($kind: DocumentKind!) { documents(where: { kind: { eq: $kind } }) { id } }",
    { kind: "DECREEE" },
    /^Variable "\$kind" got invalid value "DECREEE"; Value "DECREEE" does not exist in "DocumentKind" enum\.$/,
  ],
];

describe("production: mistakes are answered without schema hints", () => {
  let production: string;
  let byDefault: string;

  beforeAll(async () => {
    production = await start(PRODUCTION, driver, capturingLogger().logger);
    byDefault = await start({}, driver, capturingLogger().logger);
  });

  for (const [what, query, variables, message] of MISTAKES) {
    it(`answers ${what} with the rule, no suggestion and no stack`, async () => {
      const response = await postGraphQL(production, query, variables);
      expect(response.status).toBe(400);
      expect(response.json?.errors?.[0]?.message).toMatch(message);
      expectNothingLeaked(response);
    });

    it(`(by default still suggests, without a stack, for ${what})`, async () => {
      const response = await postGraphQL(byDefault, query, variables);
      expect(response.text).toMatch(/Did you mean/);
      expect(response.text).not.toMatch(/stacktrace|\n\s+at |\bat [\w.<>]+ \(/);
    });
  }
});

describe("production: unexpected errors", () => {
  const cases: [string, () => Error, string, Record<string, unknown>][] = [
    [
      "a driver error carrying Cypher, in a generated query",
      cypherFault,
      "{ documents { id title } }",
      {},
    ],
    [
      "a driver error carrying Cypher, in an analyst query",
      cypherFault,
      `{ search(text: "long biên") { id } }`,
      {},
    ],
    ["an unplanned exception, in a generated query", unplannedFault, "{ documents { id } }", {}],
    [
      "an unplanned exception, in an analyst query",
      unplannedFault,
      `{ personProfile(person: "x") { id } }`,
      {},
    ],
  ];

  for (const [what, fault, query, variables] of cases) {
    it(`answers ${what} with a generic message and a code, and logs the detail`, async () => {
      const { logger, lines } = capturingLogger();
      const url = await start(PRODUCTION, faultyDriver(driver, fault), logger);
      const response = await postGraphQL(url, query, variables);
      expect(response.json?.errors).toEqual([
        {
          message: "internal server error",
          path: [expect.any(String)],
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        },
      ]);
      expectNothingLeaked(response);
      const logged = lines.join("\n");
      expect(logged).toContain("unexpected error while serving a request");
      expect(logged).toContain("the-secret-value");
      expect(logged).toMatch(/"stack":"\w*Error: /);
    });
  }

  it("answers a broken database connection with SERVICE_UNAVAILABLE and nothing of the driver's", async () => {
    const port = await closedPort();
    const dead = neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, {
      connectionTimeout: 500,
      maxTransactionRetryTime: 500,
    });
    try {
      const url = await start(PRODUCTION, dead, capturingLogger().logger);
      for (const query of ["{ documents { id } }", `{ search(text: "long biên") { id } }`]) {
        const response = await postGraphQL(url, query);
        expect(response.json?.errors?.[0]).toMatchObject({
          message: "the graph database is unavailable; try again shortly",
          extensions: { code: "SERVICE_UNAVAILABLE" },
        });
        expectNothingLeaked(response);
        expect(response.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|bolt:/);
      }
    } finally {
      await dead.close();
    }
  });
});

/** A port nothing listens on: bound once, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
