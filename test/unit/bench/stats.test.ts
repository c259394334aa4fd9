import { describe, expect, it } from "vitest";
import { medianRatioInterval, percentiles } from "../../../bench/stats.js";

describe("bench statistics", () => {
  it("reads percentiles by rank", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(samples)).toEqual({ p50: 50, p95: 95, p99: 99, n: 100 });
  });

  it("gives a ratio interval of zero width when every pair has the same ratio", () => {
    const raw = [4.1, 3.9, 5.2, 4.4, 6.0, 4.8, 3.7, 4.2];
    expect(medianRatioInterval(raw, raw)).toEqual({ low: 1, high: 1 });
    const slower = medianRatioInterval(
      raw,
      raw.map((x) => x * 1.5),
    );
    expect(slower?.low).toBeCloseTo(1.5, 10);
    expect(slower?.high).toBeCloseTo(1.5, 10);
  });

  it("brackets the observed ratio of noisy pairs, the same way every time", () => {
    let seed = 7;
    const noise = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 2;
    const raw = Array.from({ length: 40 }, () => 5 + noise());
    const api = raw.map((x) => x * 1.3 + noise());
    const observed = percentiles(api).p50 / percentiles(raw).p50;
    const interval = medianRatioInterval(raw, api);
    expect(interval).not.toBeNull();
    expect(interval!.low).toBeLessThan(observed);
    expect(interval!.high).toBeGreaterThan(observed);
    expect(interval!.high - interval!.low).toBeLessThan(0.5);
    expect(medianRatioInterval(raw, api)).toEqual(interval);
  });

  it("gives no interval for fewer than two pairs", () => {
    expect(medianRatioInterval([1], [2])).toBeNull();
  });
});
