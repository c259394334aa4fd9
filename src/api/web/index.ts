import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Serves the browser pages (GraphiQL at GET /graphql for browsers, the explorer at
 * /explore) and their assets. Resolves to false when the request is not for them.
 */
export async function handleWebRequest(
  _request: IncomingMessage,
  _response: ServerResponse,
  _url: URL,
): Promise<boolean> {
  return false;
}
