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

/** An interval of a statistic: its low and high bounds. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * 95 % interval of median(b) / median(a) by a paired bootstrap: a[i] and b[i] were measured
 * one after the other, under the same background load, so they are resampled together.
 * Seeded, so the same samples give the same interval.
 */
export function medianRatioInterval(
  a: readonly number[],
  b: readonly number[],
  resamples = 2000,
): Interval | null {
  const n = Math.min(a.length, b.length);
  if (n < 2) return null;
  let seed = 0x9e3779b9;
  const nextIndex = () => {
    // xorshift32: fast, seeded, good enough to pick indices.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const ratios: number[] = [];
  const pickedA = new Array<number>(n);
  const pickedB = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const j = nextIndex();
      pickedA[i] = a[j] ?? NaN;
      pickedB[i] = b[j] ?? NaN;
    }
    ratios.push(percentiles(pickedB).p50 / percentiles(pickedA).p50);
  }
  ratios.sort((x, y) => x - y);
  return {
    low: ratios[Math.floor(0.025 * resamples)] ?? NaN,
    high: ratios[Math.ceil(0.975 * resamples) - 1] ?? NaN,
  };
}

/** "[1.19–1.36]", or "" without an interval. */
export const interval = (i?: Interval | null) =>
  i ? `[${i.low.toFixed(2)}–${i.high.toFixed(2)}]` : "";
