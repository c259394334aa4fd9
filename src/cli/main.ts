#!/usr/bin/env node
import { isGovgraphError } from "../errors.js";
import { COMMANDS } from "./commands/index.js";

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: govgraph <command> [options]\n\nCommands:\n${lines.join("\n")}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`govgraph: unknown command '${name}'\n\n${help()}`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Deliberate errors are one line for a person; anything else is a bug worth its stack.
    if (isGovgraphError(error)) {
      process.stderr.write(`govgraph: ${error.message} [${error.code}]\n`);
    } else {
      process.stderr.write(`govgraph: unexpected error: ${String(error)}\n`);
      if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    }
    process.exitCode = 1;
  },
);
