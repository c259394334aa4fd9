/** Latency percentiles in milliseconds. */
export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly n: number;
}

export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), n: sorted.length };
}

export const ms = (n: number) =>
  Number.isFinite(n) ? (n < 10 ? n.toFixed(2) : n.toFixed(1)) : "–";

/** a / b to two decimals, or "–" when either is missing. */
export const ratio = (a?: number, b?: number) => (a && b ? (a / b).toFixed(2) : "–");
