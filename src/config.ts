import path from "node:path";
import { ErrorCode, GovgraphError } from "./errors.js";

/** Everything govgraph reads from its environment, validated once at start-up. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  /** Stack traces in error responses: asked for with NODE_ENV=development, never by default. */
  readonly stacktraces: boolean;
  /** Set when the user brings their own Neo4j; unset means "start the embedded one". */
  readonly neo4j: {
    readonly uri: string | undefined;
    readonly user: string;
    readonly password: string;
    readonly database: string | undefined;
    /** Server-side transaction timeout applied to every API query. */
    readonly queryTimeoutMs: number;
    readonly connectTimeoutMs: number;
  };
  readonly embedded: {
    readonly boltPort: number;
    readonly heap: string;
    readonly pageCache: string;
  };
  readonly dataDir: string;
  readonly jwtSecret: string | undefined;
  readonly logLevel: "debug" | "info" | "warn" | "error";
}

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new GovgraphError(
      ErrorCode.BAD_CONFIG,
      `${name} must be an integer from ${min} to ${max}, got '${raw}'`,
    );
  }
  return value;
}

function memorySize(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+[kmgKMG]$/.test(raw)) {
    throw new GovgraphError(
      ErrorCode.BAD_CONFIG,
      `${name} must be a size like '512m' or '2g', got '${raw}'`,
    );
  }
  return raw.toLowerCase();
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new GovgraphError(
      ErrorCode.BAD_CONFIG,
      `${name} must be one of ${allowed.join(", ")}, got '${raw}'`,
    );
  }
  return raw as T;
}

const NEO4J_SCHEMES = ["neo4j:", "neo4j+s:", "neo4j+ssc:", "bolt:", "bolt+s:", "bolt+ssc:"];

function neo4jUri(env: Env): string | undefined {
  const raw = env.NEO4J_URI?.trim();
  if (!raw) return undefined;
  let scheme: string;
  try {
    scheme = new URL(raw).protocol;
  } catch {
    scheme = "";
  }
  if (!NEO4J_SCHEMES.includes(scheme)) {
    throw new GovgraphError(
      ErrorCode.BAD_CONFIG,
      `NEO4J_URI must look like 'neo4j://host:7687' or 'bolt://host:7687', got '${raw}'`,
    );
  }
  return raw;
}

/**
 * Reads and validates the environment. The only place in govgraph that touches
 * `process.env`; everything else receives the frozen result.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const dataDir = path.resolve(cwd, env.GOVGRAPH_DATA_DIR?.trim() || "data");
  const jwtSecret = env.GOVGRAPH_JWT_SECRET?.trim() || undefined;
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new GovgraphError(
      ErrorCode.BAD_CONFIG,
      `GOVGRAPH_JWT_SECRET must be at least 32 characters for HS256, got ${jwtSecret.length}`,
    );
  }
  const config: Config = {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: env.HOST?.trim() || "127.0.0.1",
    production: env.NODE_ENV === "production",
    stacktraces: env.NODE_ENV === "development",
    neo4j: {
      uri: neo4jUri(env),
      user: env.NEO4J_USER?.trim() || "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE?.trim() || undefined,
      queryTimeoutMs: integer(env, "GOVGRAPH_QUERY_TIMEOUT_MS", 10_000, 100, 600_000),
      connectTimeoutMs: integer(env, "GOVGRAPH_CONNECT_TIMEOUT_MS", 15_000, 500, 120_000),
    },
    embedded: {
      boltPort: integer(env, "GOVGRAPH_BOLT_PORT", 7687, 0, 65535),
      heap: memorySize(env, "GOVGRAPH_NEO4J_HEAP", "1g"),
      pageCache: memorySize(env, "GOVGRAPH_NEO4J_PAGECACHE", "1g"),
    },
    dataDir,
    jwtSecret,
    logLevel: oneOf(env, "GOVGRAPH_LOG_LEVEL", ["debug", "info", "warn", "error"], "info"),
  };
  return Object.freeze(config);
}
