import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebHandler } from "../../../../src/api/web/index.js";

const BROWSER_ACCEPT =
  "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
const SECRET = "never-serve-this-secret";

let root: string;
let server: Server;
let port: number;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: fetch would normalise "..", and the point is to send it as written. */
function send(
  rawPath: string,
  { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: rawPath, method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Serves the web handler the way createApi does, with "api" standing for everything else. */
async function serve(distDir: string): Promise<{ server: Server; port: number }> {
  const handle = createWebHandler(distDir);
  const started = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    void handle(request, response, url).then((handled) => {
      if (handled) return;
      response.statusCode = 299;
      response.end("api");
    });
  });
  await new Promise<void>((resolve) => started.listen(0, "127.0.0.1", resolve));
  return { server: started, port: (started.address() as AddressInfo).port };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "govgraph-web-"));
  const dist = path.join(root, "dist");
  await mkdir(path.join(dist, "explore"), { recursive: true });
  await mkdir(path.join(dist, "playground"), { recursive: true });
  await mkdir(path.join(dist, "assets"), { recursive: true });
  await writeFile(
    path.join(dist, "explore", "index.html"),
    "<!doctype html><title>explorer</title>",
  );
  await writeFile(
    path.join(dist, "playground", "index.html"),
    "<!doctype html><title>graphiql</title>",
  );
  await writeFile(path.join(dist, "assets", "explore-AbC123.js"), "console.log('Nghị định');");
  await writeFile(path.join(dist, "assets", "be-vietnam-pro-vietnamese-400.woff2"), "wOF2");
  await writeFile(path.join(root, "secret.txt"), SECRET);
  await writeFile(path.join(dist, "secret.txt"), SECRET);
  await symlink(path.join(root, "secret.txt"), path.join(dist, "assets", "link.txt"));
  ({ server, port } = await serve(dist));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});

describe("api/web: pages", () => {
  it("serves the explorer at /explore as HTML that is revalidated and may load nothing from elsewhere", async () => {
    for (const at of ["/explore", "/explore/"]) {
      const answer = await send(at, { headers: { accept: BROWSER_ACCEPT } });
      expect(answer.status).toBe(200);
      expect(answer.body).toContain("<title>explorer</title>");
      expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(answer.headers["cache-control"]).toBe("no-cache");
      expect(answer.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("serves GraphiQL at GET /graphql to a browser", async () => {
    const answer = await send("/graphql", { headers: { accept: BROWSER_ACCEPT } });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain("<title>graphiql</title>");
  });

  it.each([
    ["a POST", "/graphql", "POST", { accept: BROWSER_ACCEPT, "content-type": "application/json" }],
    ["a JSON client", "/graphql", "GET", { accept: "application/json" }],
    ["GraphiQL's own fetches", "/graphql", "GET", { accept: "application/json, multipart/mixed" }],
    ["curl's */*", "/graphql", "GET", { accept: "*/*" }],
    ["no Accept at all", "/graphql", "GET", {}],
    [
      "a client preferring JSON",
      "/graphql",
      "GET",
      { accept: "application/json, text/html;q=0.5" },
    ],
    ["a GET with a query", "/graphql?query=%7B__typename%7D", "GET", { accept: BROWSER_ACCEPT }],
    ["an unknown path", "/health", "GET", { accept: BROWSER_ACCEPT }],
  ])("leaves %s to the API", async (_what, at, method, headers) => {
    const answer = await send(at, { method, headers });
    expect(answer.status).toBe(299);
    expect(answer.body).toBe("api");
  });

  it("sends a browser opening / to the explorer, and leaves / to the API otherwise", async () => {
    const browser = await send("/", { headers: { accept: BROWSER_ACCEPT } });
    expect(browser.status).toBe(302);
    expect(browser.headers.location).toBe("/explore");
    expect((await send("/", { headers: { accept: "application/json" } })).status).toBe(299);
  });

  it("answers 503 with the command that builds the pages when web/dist is missing", async () => {
    const empty = await serve(path.join(root, "not-built"));
    try {
      const previous = port;
      port = empty.port;
      const answer = await send("/explore", { headers: { accept: BROWSER_ACCEPT } });
      port = previous;
      expect(answer.status).toBe(503);
      expect(answer.body).toContain("npm run build:web");
    } finally {
      await new Promise((resolve) => empty.server.close(resolve));
    }
  });
});

describe("api/web: assets", () => {
  it("serves a hashed script with a JavaScript type and caching for good", async () => {
    const answer = await send("/assets/explore-AbC123.js");
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("console.log('Nghị định');");
    expect(answer.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(answer.headers["content-length"]).toBe(String(Buffer.byteLength(answer.body)));
  });

  it("serves fonts as font/woff2, answers HEAD without a body and a matching ETag with 304", async () => {
    const head = await send("/assets/be-vietnam-pro-vietnamese-400.woff2", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers["content-type"]).toBe("font/woff2");
    expect(head.body).toBe("");
    const again = await send("/assets/be-vietnam-pro-vietnamese-400.woff2", {
      headers: { "if-none-match": String(head.headers.etag) },
    });
    expect(again.status).toBe(304);
  });

  it("answers 404 for an asset that does not exist", async () => {
    const answer = await send("/assets/missing-123.js");
    expect(answer.status).toBe(404);
    expect(answer.body).toBe("no asset at /assets/missing-123.js");
  });

  it.each([
    "/assets/../secret.txt",
    "/assets/../../secret.txt",
    "/assets/..%2fsecret.txt",
    "/assets/..%2f..%2fsecret.txt",
    "/assets/%2e%2e/secret.txt",
    "/assets/%2e%2e%2f%2e%2e%2fsecret.txt",
    "/assets/..%5csecret.txt",
    "/assets/..\\..\\secret.txt",
    "/assets/%2F..%2F..%2Fsecret.txt",
    "/assets/..%252f..%252fsecret.txt",
    "/assets/secret.txt%00.js",
    "/assets/%E0%A4%A",
    "/assets/link.txt",
    "/assets/",
    "/assets/.",
  ])("never serves a file outside the assets directory: %s", async (at) => {
    const answer = await send(at);
    expect(answer.body).not.toContain(SECRET);
    expect(answer.status).not.toBe(200);
  });
});
