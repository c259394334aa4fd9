import { readFileSync, readdirSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import type { Question } from "./questions.js";

export interface ThroughputRow {
  readonly name: string;
  readonly connections: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  /** CPU seconds per second of wall time (1.0 = one core busy). */
  readonly apiCpu: number;
  readonly neo4jCpu: number;
}

/** Runs autocannon against the API for `seconds`, measuring both processes' CPU. */
export async function throughput(
  url: string,
  api: ChildProcess,
  neo4jPid: number | undefined,
  question: Question,
  connections: number,
  seconds: number,
): Promise<ThroughputRow> {
  const apiBefore = await cpuOf(api);
  const javaBefore = javaCpuSeconds(neo4jPid);
  const started = performance.now();
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: question.query, variables: question.variables }),
    connections,
    duration: seconds,
  });
  const wall = (performance.now() - started) / 1000;
  const apiAfter = await cpuOf(api);
  const javaAfter = javaCpuSeconds(neo4jPid);
  return {
    name: question.name,
    connections,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    apiCpu: (apiAfter - apiBefore) / wall,
    neo4jCpu: (javaAfter - javaBefore) / wall,
  };
}

/** User + system CPU seconds of the API child process, asked over IPC. */
function cpuOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      const cpu = (message as { cpu?: NodeJS.CpuUsage }).cpu;
      if (!cpu) return;
      child.off("message", onMessage);
      resolve((cpu.user + cpu.system) / 1e6);
    };
    child.on("message", onMessage);
    child.send("cpu");
  });
}

/** utime + stime of a process from /proc, in seconds (Linux only; NaN elsewhere). */
export function javaCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** The pid of the Java process whose command line names the data directory. */
export function findJavaPid(dataDir: string): number | undefined {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (cmdline.includes("java") && cmdline.includes(dataDir)) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}
