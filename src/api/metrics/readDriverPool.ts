import type { Driver } from "neo4j-driver";

export interface PoolCounts {
  /** Connections lent out to sessions right now. */
  readonly active: number;
  /** Open connections waiting in the pool. */
  readonly idle: number;
}

interface PoolInternals {
  _connectionProvider?: {
    _connectionPool?: {
      _activeResourceCounts?: Record<string, unknown>;
      _pools?: Record<string, { length?: unknown }>;
    };
  };
}

/**
 * The driver's own connection counts. neo4j-driver has no public pool API, so this
 * reads its internals (checked against neo4j-driver 6.3) and gives undefined the
 * moment their shape is not the expected one, rather than a wrong number.
 */
export function readDriverPool(driver: Driver): PoolCounts | undefined {
  try {
    const pool = (driver as unknown as PoolInternals)._connectionProvider?._connectionPool;
    const active = pool?._activeResourceCounts;
    const pools = pool?._pools;
    if (
      typeof active !== "object" ||
      active === null ||
      typeof pools !== "object" ||
      pools === null
    ) {
      return undefined;
    }
    const activeCounts = Object.values(active);
    const idleCounts = Object.values(pools).map((single) => single.length);
    const counts = [...activeCounts, ...idleCounts];
    if (!counts.every((n): n is number => typeof n === "number" && Number.isFinite(n))) {
      return undefined;
    }
    const sum = (values: unknown[]) => (values as number[]).reduce((a, b) => a + b, 0);
    return { active: sum(activeCounts), idle: sum(idleCounts) };
  } catch {
    return undefined;
  }
}
