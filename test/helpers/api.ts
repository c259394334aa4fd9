import type { Driver } from "neo4j-driver";
import { createApi, type Api } from "../../src/api/index.js";
import { silentLogger } from "../../src/logger.js";
import { testConfig } from "./neo4j.js";

export interface TestApi {
  readonly url: string;
  /** POSTs one GraphQL operation; resolves to the HTTP status and parsed body. */
  post(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLResponse }>;
  stop(): Promise<void>;
}

export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The real HTTP API on a free port, backed by the test database. */
export async function startTestApi(
  driver: Driver,
  env: Record<string, string> = {},
): Promise<TestApi> {
  const api: Api = await createApi({ config: testConfig(env), driver, logger: silentLogger });
  const url = await api.listen();
  return {
    url,
    async post(query, variables = {}, headers = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse };
    },
    stop: () => api.stop(),
  };
}
