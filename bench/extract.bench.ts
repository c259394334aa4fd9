// Throughput of the ingest pipeline up to the graph (normalize → extract → resolve).
//   npx tsx bench/extract.bench.ts ../shared/corpus ../shared/corpus-bulk
// Prints texts/s and MB/s per folder and overall (after one warm-up pass over the first
// folder, so that the regular expressions are compiled), and the slowest texts. Asserts
// nothing.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { extractText } from "../src/ingest/index.js";

const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [path.join("..", "shared", "corpus")];

interface Run {
  readonly file: string;
  readonly bytes: number;
  readonly ms: number;
  /** CPU time of the process while the text was read: less disturbed by other load. */
  readonly cpuMs: number;
  readonly facts: number;
}

function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.(?:txt|md|html?)$/u.test(name) && name !== "SOURCES.md")
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

function report(label: string, runs: readonly Run[]): void {
  const ms = runs.reduce((sum, r) => sum + r.ms, 0);
  const bytes = runs.reduce((sum, r) => sum + r.bytes, 0);
  const facts = runs.reduce((sum, r) => sum + r.facts, 0);
  const seconds = ms / 1000;
  const cpuSeconds = runs.reduce((sum, r) => sum + r.cpuMs, 0) / 1000;
  console.log(
    `${label.padEnd(14)} ${String(runs.length).padStart(5)} texts ${(bytes / 1e6).toFixed(2).padStart(6)} MB | ` +
      `wall ${seconds.toFixed(2).padStart(6)} s ${(runs.length / seconds).toFixed(1).padStart(6)} texts/s ` +
      `${(bytes / 1e6 / seconds).toFixed(2).padStart(5)} MB/s | cpu ${cpuSeconds.toFixed(2).padStart(6)} s ` +
      `${(runs.length / cpuSeconds).toFixed(1).padStart(6)} texts/s ${(bytes / 1e6 / cpuSeconds).toFixed(2).padStart(5)} MB/s | ${facts} facts`,
  );
}

const all: Run[] = [];
const warmUp = performance.now();
const [first] = dirs;
if (first) for (const file of textFiles(first)) extractText(readFileSync(file));
console.log(`warm-up pass over ${first}: ${((performance.now() - warmUp) / 1000).toFixed(2)} s`);
for (const dir of dirs) {
  const files = textFiles(dir);
  const runs: Run[] = [];
  for (const file of files) {
    const input = readFileSync(file);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const extraction = extractText(input);
    const used = process.cpuUsage(cpu);
    const ms = performance.now() - started;
    const cpuMs = (used.user + used.system) / 1000;
    const facts =
      extraction.documents.length +
      extraction.bodies.length +
      extraction.people.length +
      extraction.meetings.length +
      extraction.relations.length;
    runs.push({ file, bytes: input.length, ms, cpuMs, facts });
  }
  report(path.basename(dir), runs);
  all.push(...runs);
}
if (dirs.length > 1) report("all", all);
console.log("slowest:");
for (const run of [...all].sort((a, b) => b.ms - a.ms).slice(0, 5)) {
  console.log(
    `  ${run.ms.toFixed(0).padStart(6)} ms  ${(run.bytes / 1000).toFixed(0).padStart(5)} kB  ${path.basename(run.file)}`,
  );
}
