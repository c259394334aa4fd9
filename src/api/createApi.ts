import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { GraphQLError } from "graphql";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { ErrorCode, GovgraphError, isGovgraphError } from "../errors.js";
import type { Logger } from "../logger.js";
import { createQueryArmor, QUERY_LIMITS } from "./armor.js";
import { buildSchema } from "./buildSchema.js";
import { compilableQueryFields, compiledExecutionGateway } from "./compiledExecution.js";
import { findLoneSurrogate } from "./findLoneSurrogate.js";
import { makeFormatError } from "./formatError.js";
import { createContext } from "./createContext.js";
import type { GraphQLContext } from "./GraphQLContext.js";
import { createApiMetrics } from "./metrics/index.js";
import { BodyTooLargeError, readBody } from "./readBody.js";
import { createResolvers } from "./resolvers/index.js";
import { gracefulShutdown } from "./shutdown.js";
import { verifyToken } from "./verifyToken.js";
import { handleWebRequest } from "./web/index.js";

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const UTF8 = new TextEncoder();

/** How long stop() lets requests in flight run past the server-side query timeout. */
const STOP_GRACE_MS = 5_000;

const ROUTES: Readonly<Record<string, string>> = {
  "/graphql": "graphql",
  "/health": "health",
  "/ready": "ready",
  "/metrics": "metrics",
};

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

/**
 * The HTTP face of govgraph: GraphQL at /graphql (query limits, CSRF prevention, no
 * batching), /health, /ready and Prometheus /metrics.
 */
export async function createApi({ config, driver, logger }: ApiOptions): Promise<Api> {
  const metrics = createApiMetrics(driver);
  const schema = await buildSchema({
    driver: metrics.driver,
    jwtSecret: config.jwtSecret,
    resolvers: createResolvers(),
  });
  const armor = createQueryArmor(config.production, metrics.countRefusal);
  const apollo = new ApolloServer<GraphQLContext>({
    gateway: compiledExecutionGateway(schema, compilableQueryFields(schema)),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: true,
    includeStacktraceInErrorResponses: config.stacktraces,
    hideSchemaDetailsFromClientErrors: config.production,
    formatError: makeFormatError(config, logger, metrics.countError),
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: armor.validationRules,
    // govgraph stops the API itself, after the requests in flight. Apollo's own signal
    // handler would stop only Apollo and then re-raise SIGTERM, ending the process
    // before those requests, the driver and the embedded database are done.
    stopOnTerminationSignals: false,
    // No HTTP caching is offered, and the implicit cache-control plugin would run a hook
    // for every resolved field (25,000 in a large chain): measured in bench/RESULTS.md.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      metrics.plugin,
    ],
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
    return createContext(metrics.driver, config, jwt);
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
    const malformed = findLoneSurrogate(body ?? searchParams(url));
    if (malformed) {
      return sendJson(response, 400, {
        errors: [
          {
            message: `strings must be well-formed Unicode, but ${malformed} holds a lone surrogate`,
            extensions: { code: ErrorCode.BAD_USER_INPUT },
          },
        ],
      });
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
      context: () => contextFor(request),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      // Encoded here once: given the string, node:http first measures its UTF-8 length
      // (flattening the rope Apollo built) and encodes it after, ~0.3 ms of a large chain.
      response.end(UTF8.encode(result.body.string));
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  async function ready(): Promise<boolean> {
    if (shutdown.stopping) return false;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), config.neo4j.connectTimeoutMs);
    });
    const answered = driver.getServerInfo().then(
      () => true,
      () => false,
    );
    const ok = await Promise.race([answered, timedOut]);
    clearTimeout(timer);
    return ok;
  }

  async function serveMetrics(response: ServerResponse) {
    const text = await metrics.render();
    response.setHeader("content-type", metrics.contentType);
    response.end(text);
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const route = ROUTES[url.pathname] ?? "other";
    response.once("finish", () => metrics.countResponse(route, response.statusCode));
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
        case "/metrics":
          return serveMetrics(response);
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
  const shutdown = gracefulShutdown(server);

  return {
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once("error", (error: NodeJS.ErrnoException) =>
          reject(
            error.code === "EADDRINUSE"
              ? new GovgraphError(
                  ErrorCode.PORT_IN_USE,
                  `port ${config.port} on ${config.host} is already in use: stop what holds it or set PORT`,
                )
              : error,
          ),
        );
        server.listen(config.port, config.host, () => {
          const { port } = server.address() as AddressInfo;
          resolve(
            `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}/graphql`,
          );
        });
      }),
    stop: async () => {
      await shutdown.stop(config.neo4j.queryTimeoutMs + STOP_GRACE_MS);
      await apollo.stop();
    },
  };
}

/** A GET request's parameters, with the JSON ones (variables, extensions) parsed. */
function searchParams(url: URL): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [name, value] of url.searchParams) {
    try {
      params[name] = name === "query" ? value : JSON.parse(value);
    } catch {
      params[name] = value;
    }
  }
  return params;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.end(JSON.stringify(body));
}
