import type { Server, ServerResponse } from "node:http";

export interface GracefulShutdown {
  /** True once stop() was called: readiness turns false, responses close their socket. */
  readonly stopping: boolean;
  /**
   * Stops accepting connections, lets requests in flight finish (each then closes its
   * socket), closes idle keep-alive sockets, and resolves when the server is closed.
   * Whatever still runs after `graceMs` is cut off.
   */
  stop(graceMs: number): Promise<void>;
}

/** Graceful shutdown for a node:http server: in-flight requests finish, then it closes. */
export function gracefulShutdown(server: Server): GracefulShutdown {
  const inFlight = new Set<ServerResponse>();
  let stopping = false;
  let stopped: Promise<void> | undefined;

  server.on("request", (_request, response: ServerResponse) => {
    inFlight.add(response);
    response.once("close", () => inFlight.delete(response));
    if (stopping) response.setHeader("connection", "close");
  });

  return {
    get stopping() {
      return stopping;
    },
    stop(graceMs) {
      stopped ??= new Promise<void>((resolve) => {
        stopping = true;
        // A keep-alive socket would otherwise hold server.close() open after its last
        // response; "connection: close" ends it as soon as that response is sent.
        for (const response of inFlight) {
          if (!response.headersSent) response.setHeader("connection", "close");
        }
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
      return stopped;
    },
  };
}
