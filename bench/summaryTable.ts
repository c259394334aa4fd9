import type { ScaleResult } from "./writeResults.js";
import { interval, ms, ratio } from "./stats.js";

/**
 * The run in one short table: for every question, p50 raw / floor / API at each scale and
 * API/raw, so growth with the graph and the API's share read across a line.
 */
export function summaryTable(results: readonly ScaleResult[]): string {
  const names = [...new Set(results.flatMap((r) => r.comparisons.map((c) => c.name)))];
  const width = Math.max(...names.map((name) => name.length), 8);
  const cell = 24;
  const header = [
    "p50 ms".padEnd(width),
    ...results.map((r) => `${r.name}: raw / floor / API (×)`.padStart(cell + 8)),
  ].join("  ");
  const lines = names.map((name) =>
    [
      name.padEnd(width),
      ...results.map((result) => {
        const c = result.comparisons.find((comparison) => comparison.name === name);
        if (!c) return "".padStart(cell + 8);
        const figures = `${ms(c.raw?.p50 ?? NaN)} / ${ms(c.floor?.p50 ?? NaN)} / ${ms(c.api.p50)}`;
        return `${figures.padStart(cell)} (${ratio(c.api.p50, c.raw?.p50).padStart(4)})`;
      }),
    ].join("  "),
  );
  const duelNames = [...new Set(results.flatMap((r) => r.duels.map((d) => d.name)))];
  const duelWidth = Math.max(...duelNames.map((name) => name.length), 8);
  const duelLines = duelNames.map((name) =>
    [
      name.padEnd(duelWidth),
      ...results.map((result) => {
        const d = result.duels.find((duel) => duel.name === name);
        return d
          ? `${result.name}: ${ratio(d.rival.p50, d.ours.p50)}× ${interval(d.rivalOverOurs)}`
          : "";
      }),
    ].join("  "),
  );
  const duels = duelLines.length > 0 ? ["", "rival / ours, p50, asked in turn", ...duelLines] : [];
  return [header, ...lines, ...duels].join("\n");
}
