import type { Driver, Session } from "neo4j-driver";

export interface DriverUse {
  onSessionOpened(): void;
  onSessionClosed(): void;
  onQueryStarted(): void;
  onQueryEnded(): void;
}

/**
 * The same driver, counting what govgraph does with it: sessions opened and closed
 * (@neo4j/graphql, the ingest path and every analyst statement open one) and the
 * statements sent outside a managed transaction — the analyst queries' auto-commit
 * runs and any driver.executeQuery — in flight. Everything else passes straight through.
 */
export function instrumentDriver(driver: Driver, use: DriverUse): Driver {
  return new Proxy(driver, {
    get(target, property) {
      if (property === "session") {
        return (...args: Parameters<Driver["session"]>) => {
          const session = target.session(...args);
          use.onSessionOpened();
          return instrumentSession(session, use);
        };
      }
      if (property === "executeQuery") {
        return async (...args: Parameters<Driver["executeQuery"]>) => {
          use.onQueryStarted();
          try {
            return await target.executeQuery(...args);
          } finally {
            use.onQueryEnded();
          }
        };
      }
      return bound(target, property);
    },
  });
}

function instrumentSession(session: Session, use: DriverUse): Session {
  let closed = false;
  return new Proxy(session, {
    get(target, property) {
      if (property === "run") {
        return (...args: Parameters<Session["run"]>) => {
          use.onQueryStarted();
          const result = target.run(...args);
          // The result's one cached promise: the caller awaiting it reads the same answer.
          result.then(
            () => use.onQueryEnded(),
            () => use.onQueryEnded(),
          );
          return result;
        };
      }
      if (property === "close") {
        return async () => {
          try {
            await target.close();
          } finally {
            if (!closed) {
              closed = true;
              use.onSessionClosed();
            }
          }
        };
      }
      return bound(target, property);
    },
  });
}

// Methods run against the real object, so the driver's own fields stay reachable.
function bound(target: object, property: string | symbol): unknown {
  const value: unknown = Reflect.get(target, property, target);
  return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
}
