// The floor of any HTTP API over the same statements: a bare node:http server, in its own
// process like the API, that runs the statements it is sent through neo4j-driver (as
// the API does, through runRead) and writes their answers into the response, splicing a `json` column's
// text without parsing it. No GraphQL, no validation, no context: what is left is the
// second process hop, the driver and the answer crossing HTTP and being parsed by the
// client. Started by bench/run.ts with fork(); talks over IPC.
import http from "node:http";
import type { AddressInfo } from "node:net";
import neo4j from "neo4j-driver";
import { runRead } from "../src/graph/runRead.js";
import { RAW_READ } from "./measure.js";

// As bench/apiServer.ts runs: no source-mapped stack traces.
process.setSourceMapsEnabled(false);

interface Statement {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

const driver = neo4j.driver(process.argv[2] ?? "", undefined, { disableLosslessIntegers: true });

async function answer(statement: Statement): Promise<string> {
  const records = await runRead(driver, statement.cypher, statement.params, RAW_READ);
  const rows = records.map((record) =>
    typeof record.json === "string" ? record.json : JSON.stringify(record),
  );
  return `[${rows.join(",")}]`;
}

/** One after the other, as the resolvers and runRaw run them. */
async function answerInTurn(statements: readonly Statement[]): Promise<string[]> {
  const answers: string[] = [];
  for (const statement of statements) answers.push(await answer(statement));
  return answers;
}

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const statements = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Statement[];
    answerInTurn(statements).then(
      (answers) => {
        response.setHeader("content-type", "application/json; charset=utf-8");
        response.end(`{"data":[${answers.join(",")}]}`);
      },
      (error: unknown) => {
        response.statusCode = 500;
        response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      },
    );
  });
});

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ url: `http://127.0.0.1:${port}/` });
});
const stop = () => {
  server.close();
  void driver.close().then(() => process.exit(0));
};
process.on("message", (message) => {
  if (message === "stop") stop();
});
// A parent that ended without saying stop leaves no server behind.
process.on("disconnect", stop);
