import { ErrorCode } from "../../errors.js";

/** What the launcher reports in its single status line (see db/README.md). */
export type LauncherLine =
  | {
      readonly kind: "ready";
      readonly bolt: string;
      readonly version: string;
      readonly dataDir: string;
    }
  | { readonly kind: "error"; readonly code: LauncherErrorCode; readonly message: string };

export type LauncherErrorCode =
  typeof ErrorCode.PORT_IN_USE | typeof ErrorCode.DATA_DIR_LOCKED | typeof ErrorCode.STARTUP_FAILED;

const READY = "GOVGRAPH_NEO4J_READY ";
const ERROR = "GOVGRAPH_NEO4J_ERROR ";

/** Parses a status line of the launcher; any other line gives undefined. */
export function parseLauncherLine(line: string): LauncherLine | undefined {
  if (line.startsWith(READY)) {
    const fields = jsonObject(line.slice(READY.length));
    const { bolt, version, dataDir } = fields ?? {};
    if (typeof bolt === "string" && typeof version === "string" && typeof dataDir === "string") {
      return { kind: "ready", bolt, version, dataDir };
    }
    return undefined;
  }
  if (line.startsWith(ERROR)) {
    const fields = jsonObject(line.slice(ERROR.length));
    const message = typeof fields?.message === "string" ? fields.message : line.slice(ERROR.length);
    return { kind: "error", code: errorCode(fields?.code), message };
  }
  return undefined;
}

function errorCode(code: unknown): LauncherErrorCode {
  switch (code) {
    case ErrorCode.PORT_IN_USE:
    case ErrorCode.DATA_DIR_LOCKED:
      return code;
    default:
      return ErrorCode.STARTUP_FAILED;
  }
}

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
