/** An error the API returned, with its extensions code when it gave one. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = "GraphQLRequestError";
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Runs one operation against the API this page was served from. A JSON content type
 * keeps the request clear of Apollo's CSRF prevention, which refuses "simple" requests.
 */
export async function fetchGraphQL<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new GraphQLRequestError(`the API answered ${response.status} without JSON`, undefined);
  }
  const [first] = body.errors ?? [];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code);
  if (!body.data)
    throw new GraphQLRequestError(`the API answered ${response.status} without data`, undefined);
  return body.data;
}
