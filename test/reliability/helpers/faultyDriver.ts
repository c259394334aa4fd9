import type { Driver } from "neo4j-driver";

/**
 * A driver whose every query fails with `fault()`: sessions open, and every
 * transaction or statement in them rejects, as does driver.executeQuery. Used to
 * see what a client is told when the database layer fails in a way nobody planned for.
 */
export function faultyDriver(driver: Driver, fault: () => Error): Driver {
  const failing = async () => {
    throw fault();
  };
  const session = {
    executeRead: failing,
    executeWrite: failing,
    run: failing,
    beginTransaction: failing,
    close: async () => undefined,
  };
  return new Proxy(driver, {
    get(target, property) {
      if (property === "session") return () => session;
      if (property === "executeQuery") return failing;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as () => unknown).bind(target) : value;
    },
  });
}
