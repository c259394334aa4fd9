/** Most distinct operation names kept as labels; later names are counted as "other". */
export const MAX_OPERATION_LABELS = 100;

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Turns client-chosen operation names into a bounded set of label values: a client
 * sending a fresh name per request must not grow the metrics without end.
 */
export function createOperationLabeller(limit = MAX_OPERATION_LABELS) {
  const seen = new Set<string>();
  return (name: string | null | undefined, resolved: boolean): string => {
    if (!resolved) return "invalid";
    if (!name) return "anonymous";
    if (!NAME.test(name)) return "other";
    if (seen.has(name)) return name;
    if (seen.size >= limit) return "other";
    seen.add(name);
    return name;
  };
}
