import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Comparison, HeadToHead } from "./measure.js";
import { interval, ms, ratio } from "./stats.js";
import type { ThroughputRow } from "./throughput.js";

export interface ScaleResult {
  readonly name: string;
  readonly documents: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly comparisons: readonly Comparison[];
  /** Our operations against rival ones for the same answer, asked in turn. */
  readonly duels: readonly HeadToHead[];
  readonly throughput: readonly ThroughputRow[];
}

/** Raw figures of the last run, as Markdown tables (bench/RESULTS.latest.md); RESULTS.md is written by hand from them. */
export async function writeResults(
  results: readonly ScaleResult[],
  environment: { machine: string; node: string; heap: string; pageCache: string },
): Promise<string> {
  const lines = [
    `# Benchmark run ${new Date().toISOString()}`,
    "",
    `Machine: ${environment.machine}; Node ${environment.node}; Neo4j heap ${environment.heap}, page cache ${environment.pageCache}.`,
    "",
  ];
  for (const result of results) {
    lines.push(
      `## ${result.name}: ${result.documents.toLocaleString("en-US")} documents, ${result.nodes.toLocaleString("en-US")} nodes, ${result.relationships.toLocaleString("en-US")} relationships`,
      "",
      ...table(
        [
          "question",
          "raw p50",
          "raw p95",
          "raw p99",
          "floor p50",
          "API p50",
          "API p95",
          "API p99",
          "API/raw p50",
          "its 95 % interval",
          "floor/raw p50",
          "answer size",
        ],
        result.comparisons.map((c) => [
          c.name,
          ms(c.raw?.p50 ?? NaN),
          ms(c.raw?.p95 ?? NaN),
          ms(c.raw?.p99 ?? NaN),
          ms(c.floor?.p50 ?? NaN),
          ms(c.api.p50),
          ms(c.api.p95),
          ms(c.api.p99),
          ratio(c.api.p50, c.raw?.p50),
          interval(c.apiOverRaw),
          ratio(c.floor?.p50, c.raw?.p50),
          String(c.apiSize ?? ""),
        ]),
      ),
    );
    if (result.duels.length > 0) {
      lines.push(
        "",
        ...table(
          [
            "rival, against ours (asked in turn)",
            "ours p50",
            "ours p95",
            "rival p50",
            "rival p95",
            "rival/ours p50",
            "its 95 % interval",
            "answer sizes (ours, rival)",
          ],
          result.duels.map((d) => [
            d.name,
            ms(d.ours.p50),
            ms(d.ours.p95),
            ms(d.rival.p50),
            ms(d.rival.p95),
            ratio(d.rival.p50, d.ours.p50),
            interval(d.rivalOverOurs),
            `${d.oursSize ?? ""}, ${d.rivalSize ?? ""}`,
          ]),
        ),
      );
    }
    if (result.throughput.length > 0) {
      lines.push(
        "",
        ...table(
          [
            "API question",
            "connections",
            "req/s",
            "p50 ms",
            "p99 ms",
            "errors",
            "API CPU (cores)",
            "Neo4j CPU (cores)",
          ],
          result.throughput.map((t) => [
            t.name,
            String(t.connections),
            t.requestsPerSecond.toFixed(0),
            String(t.p50),
            String(t.p99),
            String(t.errors),
            t.apiCpu.toFixed(2),
            t.neo4jCpu.toFixed(2),
          ]),
        ),
      );
    }
    lines.push("");
  }
  const file = path.join(import.meta.dirname, "RESULTS.latest.md");
  await writeFile(file, `${lines.join("\n")}\n`);
  return file;
}

/** A Markdown table, its first column left-aligned and the figures after it right-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [row(header), row(header.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(row)];
}
