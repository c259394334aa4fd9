// GraphQL execution alone, without the database: a chain answer of N nodes and N−1 edges
// (one evidence sentence each), shaped by graphql-js's execute and by the graphql-jit
// compiled query the API uses for analyst queries, alternating, then JSON.stringify.
//   NODE_ENV=production npx tsx bench/execution.bench.ts [N=1025] [iterations=60]
// Prints p50 per size and the ratio graphql-js / compiled. Asserts nothing.
import { execute, parse } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import neo4j from "neo4j-driver";
import { buildSchema } from "../src/api/buildSchema.js";
import { createResolvers } from "../src/api/resolvers/index.js";
import { percentiles } from "./stats.js";

const largest = Number(process.argv[2] ?? 1025);
const iterations = Number(process.argv[3] ?? 60);

const QUERY = parse(`query { implementationChain(document: "vn/2025/qh15/6", maxDepth: 6) {
  truncated
  nodes { id label depth code kind title date bodies isStub }
  edges { id source target type implementationKind evidence { sourceId sentence } }
} }`);

function chainAnswer(size: number) {
  const nodes = Array.from({ length: size }, (_, i) => ({
    id: `vn/ubnd-xa-${i}/2025/${i}-kh-ubnd`,
    type: "DOCUMENT",
    label: `Kế hoạch ${i}/KH-UBND`,
    depth: Math.min(6, Math.floor(Math.log2(i + 1))),
    code: `${i}/KH-UBND`,
    kind: "PLAN",
    title: `Triển khai thực hiện Luật Giáo dục trên địa bàn xã số ${i} năm 2025`,
    date: "2025-09-01",
    bodies: [`Ủy ban nhân dân xã ${i}`],
    isStub: false,
  }));
  const edges = nodes.slice(1).map((node, i) => ({
    id: `${node.id}|IMPLEMENTS|${nodes[i]?.id}`,
    source: node.id,
    target: nodes[i]?.id,
    type: "IMPLEMENTS",
    implementationKind: "IMPLEMENTS",
    evidence: [{ sourceId: `src/${i}`, sentence: `Thực hiện Kế hoạch số ${i}/KH-UBND của UBND…` }],
  }));
  return { root: nodes[0], nodes, edges, truncated: false, maxDepth: 6 };
}

// The schema is built as the API builds it. The root field answers from memory, set on
// the schema itself: @neo4j/graphql's wrapper around resolvers would ask a database
// for its version first.
const driver = neo4j.driver("bolt://127.0.0.1:1");
let answer = chainAnswer(1);
const schema = await buildSchema({ driver, jwtSecret: undefined, resolvers: createResolvers() });
const root = schema.getQueryType()?.getFields().implementationChain;
if (!root) throw new Error("no implementationChain field");
root.resolve = () => answer;
const compiled = compileQuery(schema, QUERY);
if (!isCompiledQuery(compiled)) throw new Error("the chain query did not compile");

process.stdout.write(
  `NODE_ENV=${process.env.NODE_ENV ?? "(unset)"}\n nodes   graphql-js p50   compiled p50   ratio\n`,
);
for (const size of [11, 215, largest]) {
  answer = chainAnswer(size);
  const js: number[] = [];
  const jit: number[] = [];
  for (let i = 0; i < iterations + 10; i++) {
    let t = performance.now();
    JSON.stringify(await execute({ schema, document: QUERY, contextValue: {} }));
    if (i >= 10) js.push(performance.now() - t);
    t = performance.now();
    JSON.stringify(await compiled.query(undefined, {}, {}));
    if (i >= 10) jit.push(performance.now() - t);
  }
  const a = percentiles(js).p50;
  const b = percentiles(jit).p50;
  process.stdout.write(
    `${String(size).padStart(6)} ${a.toFixed(2).padStart(13)} ms ${b.toFixed(2).padStart(11)} ms ${(a / b).toFixed(2).padStart(7)}\n`,
  );
}
await driver.close();
