import type { IncomingMessage } from "node:http";
import { ErrorCode, GovgraphError } from "../errors.js";

export class BodyTooLargeError extends GovgraphError {
  constructor(limit: number) {
    super(ErrorCode.LIMIT_EXCEEDED, `request body is larger than the limit of ${limit} bytes`);
  }
}

/** Reads a request body, refusing it as soon as it passes `limit` bytes. */
export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers["content-length"] ?? "0");
  if (declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
