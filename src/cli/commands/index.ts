import type { Command } from "../Command.js";
import { evalCommand } from "./eval.js";
import { extractCommand } from "./extract.js";
import { generateCommand } from "./generate.js";
import { ingestCommand } from "./ingest.js";
import { startCommand } from "./start.js";

/** Every subcommand, in the order `govgraph --help` lists them. */
export const COMMANDS: readonly Command[] = [
  startCommand,
  ingestCommand,
  extractCommand,
  evalCommand,
  generateCommand,
];
