// The real API in its own process, so the benchmark's client work and its CPU figures
// stay apart from the server's. Started by bench/run.ts with fork(); talks over IPC.
import { createApi } from "../src/api/index.js";
import { loadConfig } from "../src/config.js";
import { connectNeo4j } from "../src/graph/index.js";
import { silentLogger } from "../src/logger.js";

// As deployed (compiled JavaScript, no --enable-source-maps): tsx maps stack traces to
// the TypeScript source, and neo4j-driver captures a stack for every query it runs.
process.setSourceMapsEnabled(false);
const uri = process.argv[2] ?? "";
// As deployed (Dockerfile): production mode, which also turns off graphql-js's
// development-only checks, read from process.env when graphql is first loaded.
const config = loadConfig({
  NEO4J_URI: uri,
  PORT: "0",
  GOVGRAPH_LOG_LEVEL: "error",
  NODE_ENV: process.env.NODE_ENV,
});
const driver = await connectNeo4j({ uri, user: "neo4j", password: "" }, config);
const api = await createApi({ config, driver, logger: silentLogger });
const url = await api.listen();
process.send?.({ url });
const stop = () =>
  void api
    .stop()
    .then(() => driver.close())
    .then(() => process.exit(0));
process.on("message", (message) => {
  if (message === "cpu") process.send?.({ cpu: process.cpuUsage() });
  if (message === "stop") stop();
});
// A parent that ended without saying stop leaves no server behind.
process.on("disconnect", stop);
