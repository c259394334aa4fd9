import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError } from "graphql";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { isGovgraphError } from "../errors.js";
import type { Logger } from "../logger.js";
import { buildSchema } from "./buildSchema.js";
import { makeFormatError } from "./formatError.js";
import { createContext } from "./createContext.js";
import type { GraphQLContext } from "./GraphQLContext.js";
import { BodyTooLargeError, readBody } from "./readBody.js";
import { createResolvers } from "./resolvers/index.js";
import { verifyToken } from "./verifyToken.js";
import { handleWebRequest } from "./web/index.js";

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface Api {
  readonly server: Server;
  /** Listens on config.port (0 picks a free port) and resolves to the GraphQL URL. */
  listen(): Promise<string>;
  /** Stops taking requests, lets in-flight ones finish, then resolves. */
  stop(): Promise<void>;
}

export interface ApiOptions {
  readonly config: Config;
  readonly driver: Driver;
  readonly logger: Logger;
}

/** The HTTP face of govgraph: GraphQL at /graphql, plus /health and /ready. */
export async function createApi({ config, driver, logger }: ApiOptions): Promise<Api> {
  const schema = await buildSchema({
    driver,
    jwtSecret: config.jwtSecret,
    resolvers: createResolvers(),
  });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: true,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    formatError: makeFormatError(config.production, logger),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : undefined;

  async function contextFor(request: IncomingMessage): Promise<GraphQLContext> {
    let jwt;
    try {
      jwt = await verifyToken(request.headers.authorization, secret);
    } catch (error) {
      if (!isGovgraphError(error)) throw error;
      throw new GraphQLError(error.message, {
        extensions: { code: error.code, http: { status: 401 } },
      });
    }
    return createContext(driver, config, jwt);
  }

  async function serveGraphQL(request: IncomingMessage, response: ServerResponse, url: URL) {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown = undefined;
    if (request.method === "POST") {
      const raw = await readBody(request, MAX_BODY_BYTES);
      try {
        body = raw === "" ? undefined : JSON.parse(raw);
      } catch {
        return sendJson(response, 400, {
          errors: [
            { message: "request body is not valid JSON", extensions: { code: "BAD_REQUEST" } },
          ],
        });
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
      context: () => contextFor(request),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  async function ready(): Promise<boolean> {
    try {
      await driver.getServerInfo();
      return true;
    } catch {
      return false;
    }
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const handle = async () => {
      if (await handleWebRequest(request, response, url)) return;
      switch (url.pathname) {
        case "/graphql":
          return serveGraphQL(request, response, url);
        case "/health":
          return sendJson(response, 200, { status: "ok" });
        case "/ready": {
          const ok = await ready();
          return sendJson(response, ok ? 200 : 503, { ready: ok });
        }
        default:
          return sendJson(response, 404, { error: `no route for ${url.pathname}` });
      }
    };
    handle().catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        response.setHeader("connection", "close");
        return sendJson(response, 413, {
          errors: [{ message: error.message, extensions: { code: error.code } }],
        });
      }
      logger.error("request failed outside GraphQL", error);
      if (!response.headersSent) sendJson(response, 500, { error: "internal server error" });
      else response.end();
    });
  });

  return {
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.port, config.host, () => {
          const { port } = server.address() as AddressInfo;
          resolve(
            `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}/graphql`,
          );
        });
      }),
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await apollo.stop();
    },
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.end(JSON.stringify(body));
}
