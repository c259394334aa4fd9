import type { ApolloServerPlugin } from "@apollo/server";
import type { Driver } from "neo4j-driver";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { instrumentDriver } from "./instrumentDriver.js";
import { createOperationLabeller } from "./operationLabel.js";
import { readDriverPool } from "./readDriverPool.js";

/** What the API counts, and the Prometheus text it serves at /metrics. */
export interface ApiMetrics {
  /** The driver to hand to the schema and the resolvers: it counts sessions and queries. */
  readonly driver: Driver;
  readonly plugin: ApolloServerPlugin;
  /** One HTTP response sent, by route ("graphql", "health"…) and status. */
  countResponse(route: string, status: number): void;
  /** One error sent to a client, by its final code. */
  countError(code: string): void;
  /** One operation refused by a query limit (depth, cost, aliases, directives). */
  countRefusal(rule: string): void;
  readonly contentType: string;
  render(): Promise<string>;
}

// Process metrics describe the process, not one API: registered once, shared by every
// API created in it (tests create many).
let processRegistry: Registry | undefined;

function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createApiMetrics(driver: Driver): ApiMetrics {
  const registry = new Registry();
  const requests = new Counter({
    name: "govgraph_graphql_requests_total",
    help: "GraphQL operations answered, by operation name and type.",
    labelNames: ["operation", "type"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "govgraph_graphql_request_duration_seconds",
    help: "Time to answer a GraphQL operation, by operation name and type.",
    labelNames: ["operation", "type"] as const,
    buckets: SECONDS,
    registers: [registry],
  });
  const errors = new Counter({
    name: "govgraph_graphql_errors_total",
    help: "Errors sent to clients, by code.",
    labelNames: ["code"] as const,
    registers: [registry],
  });
  const refusals = new Counter({
    name: "govgraph_graphql_refused_total",
    help: "Operations refused before execution by a query limit, by rule.",
    labelNames: ["rule"] as const,
    registers: [registry],
  });
  const responses = new Counter({
    name: "govgraph_http_responses_total",
    help: "HTTP responses sent, by route and status.",
    labelNames: ["route", "status"] as const,
    registers: [registry],
  });
  const sessionsOpen = new Gauge({
    name: "govgraph_neo4j_sessions_open",
    help: "Neo4j sessions open right now (counted by govgraph).",
    registers: [registry],
  });
  const sessionsOpened = new Counter({
    name: "govgraph_neo4j_sessions_opened_total",
    help: "Neo4j sessions opened.",
    registers: [registry],
  });
  const queriesInFlight = new Gauge({
    name: "govgraph_neo4j_queries_in_flight",
    help: "Statements outside managed transactions (the analyst queries) running right now (counted by govgraph).",
    registers: [registry],
  });
  const queries = new Counter({
    name: "govgraph_neo4j_queries_total",
    help: "Statements outside managed transactions (the analyst queries) sent.",
    registers: [registry],
  });
  new Gauge({
    name: "govgraph_neo4j_pool_connections",
    help: "Connections in the driver's pool, by state (read from driver internals; absent when unreadable).",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      this.reset();
      const pool = readDriverPool(driver);
      if (!pool) return;
      this.set({ state: "active" }, pool.active);
      this.set({ state: "idle" }, pool.idle);
    },
  });

  const operationLabel = createOperationLabeller();
  const instrumented = instrumentDriver(driver, {
    onSessionOpened: () => {
      sessionsOpen.inc();
      sessionsOpened.inc();
    },
    onSessionClosed: () => sessionsOpen.dec(),
    onQueryStarted: () => {
      queriesInFlight.inc();
      queries.inc();
    },
    onQueryEnded: () => queriesInFlight.dec(),
  });

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const stopTimer = duration.startTimer();
      return {
        async willSendResponse({ operation, operationName }) {
          const labels = {
            operation: operationLabel(operationName, operation !== undefined),
            type: operation?.operation ?? "none",
          };
          requests.inc(labels);
          stopTimer(labels);
        },
      };
    },
  };

  return {
    driver: instrumented,
    plugin,
    countResponse: (route, status) => responses.inc({ route, status: String(status) }),
    countError: (code) => errors.inc({ code }),
    countRefusal: (rule) => refusals.inc({ rule }),
    contentType: registry.contentType,
    render: () => Registry.merge([registry, processMetrics()]).metrics(),
  };
}
