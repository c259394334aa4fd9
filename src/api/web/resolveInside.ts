import path from "node:path";

/**
 * The file a URL path names inside `root`, or undefined when it would leave `root`.
 * The path is percent-decoded first, so "..%2f" and "%2e%2e" are caught along with "..";
 * backslashes and NUL bytes are refused outright.
 */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
  const base = path.resolve(root);
  const full = path.resolve(base, `.${path.posix.sep}${decoded}`);
  return full.startsWith(base + path.sep) ? full : undefined;
}
