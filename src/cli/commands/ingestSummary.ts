import type { LoadResult, Tally } from "../../ingest/load/index.js";

export interface IngestOutcome {
  readonly file: string;
  readonly result?: LoadResult;
  readonly error?: string;
}

const CATEGORIES = ["documents", "bodies", "people", "meetings", "relations"] as const;

/** The table printed after an ingest: what was created and matched, and every failure with its reason. */
export function printIngestSummary(
  outcomes: readonly IngestOutcome[],
  elapsedMs: number,
  dryRun: boolean,
  write: (text: string) => void = (text) => process.stdout.write(text),
): void {
  const loaded = outcomes.filter((o) => o.result?.status === "loaded").length;
  const unchanged = outcomes.filter((o) => o.result?.status === "unchanged").length;
  const failed = outcomes.filter((o) => o.error);
  const totals = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      outcomes.reduce<Tally>(
        (sum, o) => ({
          created: sum.created + (o.result?.[c].created ?? 0),
          matched: sum.matched + (o.result?.[c].matched ?? 0),
        }),
        { created: 0, matched: 0 },
      ),
    ]),
  ) as Record<(typeof CATEGORIES)[number], Tally>;
  const rows = [
    ["", dryRun ? "found" : "created", dryRun ? "" : "matched"],
    ["sources", String(loaded), dryRun ? "" : `${unchanged} unchanged`],
    ...CATEGORIES.map((c) => [
      c,
      String(totals[c].created),
      dryRun ? "" : String(totals[c].matched),
    ]),
    ["failed", String(failed.length), ""],
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const table = rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join("  "),
    )
    .join("\n");
  const seconds = elapsedMs / 1000;
  write(
    `\n${table}\n\n${outcomes.length} texts in ${seconds.toFixed(1)} s (${(outcomes.length / Math.max(seconds, 0.001)).toFixed(1)} texts/s)${dryRun ? ", dry run: nothing written" : ""}\n`,
  );
  for (const failure of failed) write(`failed: ${failure.file}: ${failure.error}\n`);
}
