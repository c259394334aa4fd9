import { loadConfig } from "../../config.js";
import { createLogger } from "../../logger.js";
import { startGovgraph } from "../../app/index.js";
import type { Command } from "../Command.js";

export const startCommand: Command = {
  name: "start",
  summary: "start Neo4j (embedded unless NEO4J_URI is set), load the sample data, serve GraphQL",
  usage: `Usage: govgraph start [--no-seed]

Starts the embedded Neo4j (unless NEO4J_URI points at your own server), applies the
schema migrations, loads the texts in seed/ when the database is empty, and serves
GraphQL at http://localhost:$PORT/graphql. Ctrl-C stops everything cleanly.`,
  async run(args) {
    const config = loadConfig();
    const logger = createLogger(config.logLevel);
    const app = await startGovgraph(config, logger, { seed: !args.includes("--no-seed") });
    process.stdout.write(`govgraph: GraphQL ready at ${app.url}\n`);
    await new Promise<void>((resolve) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info("stopping", { signal });
        app.stop().then(resolve, (error: unknown) => {
          logger.error("error while stopping", error);
          resolve();
        });
      };
      process.once("SIGINT", () => stop("SIGINT"));
      process.once("SIGTERM", () => stop("SIGTERM"));
    });
    return 0;
  },
};
