import type { GraphQLResponse } from "../../helpers/api.js";

export interface RawResponse {
  readonly status: number;
  readonly text: string;
  readonly headers: Headers;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: (GraphQLResponse & Record<string, unknown>) | undefined;
}

/** One HTTP request exactly as given: no default headers, no JSON encoding. */
export async function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array } = {},
): Promise<RawResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: RawResponse["json"];
  try {
    json = JSON.parse(text) as RawResponse["json"];
  } catch {
    json = undefined;
  }
  return { status: response.status, text, headers: response.headers, json };
}

/** A GraphQL POST with a JSON body, as a browser or client library sends it. */
export function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return send(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

/** The URL of another route on the same server: "/health", "/ready", "/metrics". */
export function routeOf(graphqlUrl: string, path: string): string {
  return new URL(path, graphqlUrl).toString();
}
