import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { contentTypeFor } from "./contentTypeFor.js";

/**
 * Pages are checked on every load (they name the current hashed assets); assets carry a
 * content hash in their names, so a browser may keep them for good.
 */
export const CACHE_PAGE = "no-cache";
export const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";

/** Headers every browser-page response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

/**
 * Nothing on these pages may come from elsewhere: the policy makes a stray CDN reference
 * fail loudly in the browser (and in the end-to-end tests) instead of phoning home.
 * Monaco sets inline styles and GraphiQL's fonts are data: URLs, hence those two allowances.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * Sends one regular file under `root` (already resolved inside it) with its content type
 * and caching. Resolves to false, sending nothing, when there is no such file or a link
 * leads outside `root`.
 */
export async function serveFile(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  file: string,
  cacheControl: string,
): Promise<boolean> {
  let real: string;
  let size: number;
  let modified: Date;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + path.sep)) return false;
    const info = await stat(realFile);
    if (!info.isFile()) return false;
    real = realFile;
    size = info.size;
    modified = info.mtime;
  } catch {
    return false;
  }
  const etag = `W/"${size.toString(16)}-${Math.floor(modified.getTime()).toString(16)}"`;
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  response.setHeader("cache-control", cacheControl);
  response.setHeader("etag", etag);
  if (request.headers["if-none-match"] === etag) {
    response.statusCode = 304;
    response.end();
    return true;
  }
  const type = contentTypeFor(real);
  response.setHeader("content-type", type);
  if (type.startsWith("text/html")) {
    response.setHeader("content-security-policy", CONTENT_SECURITY_POLICY);
  }
  response.setHeader("content-length", size);
  response.statusCode = 200;
  if (request.method === "HEAD") {
    response.end();
    return true;
  }
  // A browser that navigates away mid-download closes the socket; nothing is left to answer.
  await pipeline(createReadStream(real), response).catch(() => response.destroy());
  return true;
}
