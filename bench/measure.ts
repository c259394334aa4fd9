import http from "node:http";
import type { Driver } from "neo4j-driver";
import { runRead } from "../src/graph/runRead.js";
import type { Question } from "./questions.js";
import { medianRatioInterval, percentiles, type Interval, type Percentiles } from "./stats.js";

export interface Comparison {
  readonly name: string;
  readonly raw: Percentiles | null;
  /** The same statements through a bare HTTP server (bench/floorServer.ts). */
  readonly floor?: Percentiles | null;
  readonly api: Percentiles;
  /** 95 % interval of API p50 / raw p50 (paired bootstrap over the iterations). */
  readonly apiOverRaw?: Interval | null;
  readonly rawSize?: number;
  readonly apiSize?: number;
}

/**
 * Each statement through runRead itself, as the resolvers send it. A statement that
 * answers with one JSON column is parsed too, as runReadJson does: the floor is the
 * answer as JavaScript objects, not as an unread string.
 */
export async function runRaw(driver: Driver, question: Question): Promise<number> {
  let rows = 0;
  for (const { cypher, params } of question.raw) {
    const records = await runRead(driver, cypher, params, RAW_READ);
    for (const record of records) {
      if (typeof record.json === "string") JSON.parse(record.json);
    }
    rows += records.length;
  }
  return rows;
}

/** The bench's own limit: long enough for the largest answer on a busy machine. */
export const RAW_READ = { timeoutMs: 120_000, what: "bench" } as const;

/**
 * One kept-alive connection, as a dashboard holds: fetch() (undici) costs ~0.4 ms more
 * per request than node:http on this machine, which is the client's cost, not the API's.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(url: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve(text));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** POSTs a question's statements to the floor server, part by part as runApi does. */
export async function runFloor(url: string, question: Question): Promise<void> {
  const parts = (question.variables.parts as Question[] | undefined) ?? [question];
  for (const part of parts) {
    const body = JSON.parse(await post(url, JSON.stringify(part.raw))) as {
      errors?: { message: string }[];
    };
    if (body.errors?.length) throw new Error(`${part.name}: ${body.errors[0]?.message}`);
  }
}

/** POSTs a GraphQL operation (or a dashboard's parts, one after the other). */
export async function runApi(url: string, question: Question): Promise<Record<string, unknown>> {
  const parts = (question.variables.parts as Question[] | undefined) ?? [question];
  let data: Record<string, unknown> = {};
  for (const part of parts) {
    const text = await post(url, JSON.stringify({ query: part.query, variables: part.variables }));
    const body = JSON.parse(text) as {
      data?: Record<string, unknown>;
      errors?: { message: string }[];
    };
    if (body.errors?.length)
      throw new Error(`${part.name}: ${body.errors.map((e) => e.message).join("; ")}`);
    data = body.data ?? {};
  }
  return data;
}

/**
 * Asks the same question through raw Cypher, through the floor server (when its URL is
 * given) and through the API, in turn, after a warm-up, so all see the same caches and
 * the same background noise.
 */
export async function compare(
  driver: Driver,
  urls: { api: string; floor?: string },
  question: Question,
  options: { warmup: number; iterations: number },
): Promise<Comparison> {
  const withRaw = question.raw.length > 0;
  const floorUrl = withRaw ? urls.floor : undefined;
  let apiData: Record<string, unknown> = {};
  for (let i = 0; i < options.warmup; i++) {
    if (withRaw) await runRaw(driver, question);
    if (floorUrl) await runFloor(floorUrl, question);
    apiData = await runApi(urls.api, question);
  }
  const raw: number[] = [];
  const floor: number[] = [];
  const api: number[] = [];
  const time = async (samples: number[], run: () => Promise<unknown>) => {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  };
  for (let i = 0; i < options.iterations; i++) {
    if (withRaw) await time(raw, () => runRaw(driver, question));
    if (floorUrl) await time(floor, () => runFloor(floorUrl, question));
    await time(api, () => runApi(urls.api, question));
  }
  return {
    name: question.name,
    raw: withRaw ? percentiles(raw) : null,
    floor: floorUrl ? percentiles(floor) : null,
    api: percentiles(api),
    apiOverRaw: withRaw ? medianRatioInterval(raw, api) : null,
    apiSize: question.size?.(apiData),
  };
}

/** Our operation and a rival one asking the API for the same answer, measured in turn. */
export interface HeadToHead {
  readonly name: string;
  readonly ours: Percentiles;
  readonly rival: Percentiles;
  /** 95 % interval of rival p50 / ours p50 (paired bootstrap over the iterations). */
  readonly rivalOverOurs: Interval | null;
  readonly oursSize?: number;
  readonly rivalSize?: number;
}

/** Runs `first` and `second` one after the other, warm-up first; their times, paired. */
async function inTurn(
  first: () => Promise<unknown>,
  second: () => Promise<unknown>,
  options: { warmup: number; iterations: number },
): Promise<{ first: number[]; second: number[] }> {
  for (let i = 0; i < options.warmup; i++) {
    await first();
    await second();
  }
  const times = { first: [] as number[], second: [] as number[] };
  for (let i = 0; i < options.iterations; i++) {
    let t = performance.now();
    await first();
    times.first.push(performance.now() - t);
    t = performance.now();
    await second();
    times.second.push(performance.now() - t);
  }
  return times;
}

/**
 * Asks the API our operation and the rival's one after the other in every iteration, so a
 * ratio between them compares requests made under the same background load; timed apart,
 * minutes from each other, the two medians moved with the machine.
 */
export async function headToHead(
  url: string,
  ours: Question,
  rival: Question,
  options: { warmup: number; iterations: number },
): Promise<HeadToHead> {
  let oursData: Record<string, unknown> = {};
  let rivalData: Record<string, unknown> = {};
  const times = await inTurn(
    async () => (oursData = await runApi(url, ours)),
    async () => (rivalData = await runApi(url, rival)),
    options,
  );
  return {
    name: `${rival.name} against ${ours.name}`,
    ours: percentiles(times.first),
    rival: percentiles(times.second),
    rivalOverOurs: medianRatioInterval(times.first, times.second),
    oursSize: ours.size?.(oursData),
    rivalSize: rival.size?.(rivalData),
  };
}

/** Two Cypher forms of one question, alternating: the resolver's and a proposed one. */
export async function compareCypher(
  driver: Driver,
  original: Question,
  proposed: Question,
  options: { warmup: number; iterations: number },
): Promise<Comparison> {
  const times = await inTurn(
    () => runRaw(driver, original),
    () => runRaw(driver, proposed),
    options,
  );
  return {
    name: `${original.name}: proposed Cypher (raw vs raw)`,
    raw: percentiles(times.first),
    api: percentiles(times.second),
    apiOverRaw: medianRatioInterval(times.first, times.second),
  };
}
