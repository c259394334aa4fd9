import { createLogger, type Logger } from "../../../src/logger.js";

/** A logger that keeps every line it would write, for assertions on what the server logged. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger("debug", (line) => lines.push(line)), lines };
}
