import { Agent, createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { gracefulShutdown } from "../../../src/api/shutdown.js";

let server: Server;
const agent = new Agent({ keepAlive: true });

afterEach(() => {
  server.closeAllConnections();
  server.close();
});

/** A server whose /slow requests wait until released; returns its port and the release. */
async function start(): Promise<{ port: number; release: () => void }> {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  server = createServer((req, res) => {
    if (req.url === "/slow") void released.then(() => res.end("slow done"));
    else res.end("fast done");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, release };
}

function get(
  port: number,
  path: string,
): Promise<{ status: number; body: string; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("api: graceful shutdown", () => {
  it("lets a request in flight finish, refuses new ones, and closes idle keep-alive sockets", async () => {
    const { port, release } = await start();
    const shutdown = gracefulShutdown(server);
    expect((await get(port, "/fast")).body).toBe("fast done"); // leaves an idle keep-alive socket
    const slow = get(port, "/slow");
    await new Promise((resolve) => setTimeout(resolve, 50));
    let stopped = false;
    const stopping = shutdown.stop(10_000).then(() => (stopped = true));
    expect(shutdown.stopping).toBe(true);
    await expect(get(port, "/fast")).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    const releasedAt = Date.now();
    release();
    expect(await slow).toEqual({ status: 200, body: "slow done", connection: "close" });
    await stopping;
    expect(Date.now() - releasedAt).toBeLessThan(2_000);
  });

  it("cuts off what still runs after the grace period", async () => {
    const { port } = await start();
    const shutdown = gracefulShutdown(server);
    const stuck = get(port, "/slow");
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await shutdown.stop(300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await expect(stuck).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});
