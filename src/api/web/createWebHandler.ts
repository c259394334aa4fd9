import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { prefersHtml } from "./prefersHtml.js";
import { resolveInside } from "./resolveInside.js";
import { CACHE_IMMUTABLE, CACHE_PAGE, SECURITY_HEADERS, serveFile } from "./serveFile.js";
import { PAGES } from "./webPaths.js";

/** Resolves to true when it answered the request, false to let the API route it. */
export type WebRequestHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) => Promise<boolean>;

const ASSETS_PREFIX = "/assets/";

function sendText(
  response: ServerResponse,
  status: number,
  type: "text/plain" | "text/html",
  body: string,
) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  response.statusCode = status;
  response.setHeader("content-type", `${type}; charset=utf-8`);
  response.setHeader("cache-control", "no-store");
  response.end(body);
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>govgraph · pages not built</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>The browser pages are not built</h1>
<p>Run <code>npm run build:web</code> (with the development dependencies installed), then
reload. <code>npm start</code> builds them by itself when <code>web/dist</code> is missing.</p>
<p>The GraphQL API itself works: POST your operations to <code>/graphql</code>.</p>
</body></html>`;

/**
 * The browser side of govgraph, served from the Vite build in `distDir`:
 * - GET /graphql from a browser (Accept names text/html, no `query` parameter): GraphiQL;
 *   every other /graphql request — POST, GET with a query, JSON clients — goes to Apollo;
 * - GET /explore: the graph explorer;
 * - GET /assets/…: the pages' scripts, styles, workers and fonts;
 * - GET / from a browser: a redirect to the explorer.
 */
export function createWebHandler(distDir: string): WebRequestHandler {
  const page = async (
    request: IncomingMessage,
    response: ServerResponse,
    name: keyof typeof PAGES,
  ) => {
    const file = path.join(distDir, PAGES[name]);
    if (!(await serveFile(request, response, distDir, file, CACHE_PAGE))) {
      sendText(response, 503, "text/html", NOT_BUILT);
    }
    return true;
  };

  return async (request, response, url) => {
    if (request.method !== "GET" && request.method !== "HEAD") return false;
    const { pathname } = url;
    if (pathname === "/graphql") {
      if (url.searchParams.has("query") || !prefersHtml(request.headers.accept)) return false;
      return page(request, response, "playground");
    }
    if (pathname === "/explore" || pathname === "/explore/") {
      return page(request, response, "explore");
    }
    if (pathname.startsWith(ASSETS_PREFIX)) {
      const assets = path.join(distDir, "assets");
      const file = resolveInside(assets, pathname.slice(ASSETS_PREFIX.length));
      if (!file || !(await serveFile(request, response, assets, file, CACHE_IMMUTABLE))) {
        sendText(response, 404, "text/plain", `no asset at ${pathname}`);
      }
      return true;
    }
    if (pathname === "/" && prefersHtml(request.headers.accept)) {
      response.statusCode = 302;
      response.setHeader("location", "/explore");
      response.end();
      return true;
    }
    return false;
  };
}
