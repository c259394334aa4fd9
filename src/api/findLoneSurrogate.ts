// A UTF-16 surrogate without its partner. JSON can carry one ("\ud800"), but UTF-8
// cannot: the driver would store U+FFFD in its place, changing the text silently.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

interface Step {
  readonly value: unknown;
  readonly parent: Step | undefined;
  readonly key: string | number | undefined;
}

/**
 * Where in a parsed JSON request a string (or key) holds a lone surrogate, as a path
 * like "variables.input[0].title"; undefined when every string is well-formed.
 * Iterative, so deeply nested input cannot exhaust the stack.
 */
export function findLoneSurrogate(root: unknown): string | undefined {
  const pending: Step[] = [{ value: root, parent: undefined, key: undefined }];
  for (let step = pending.pop(); step; step = pending.pop()) {
    const { value } = step;
    if (typeof value === "string") {
      if (LONE_SURROGATE.test(value)) return pathOf(step);
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => pending.push({ value: item, parent: step, key: i }));
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const child = { value: item, parent: step, key };
        if (LONE_SURROGATE.test(key)) return pathOf(child);
        pending.push(child);
      }
    }
  }
  return undefined;
}

function pathOf(step: Step): string {
  const keys: (string | number)[] = [];
  for (let at: Step | undefined = step; at?.key !== undefined; at = at.parent) keys.push(at.key);
  keys.reverse();
  return (
    keys.reduce<string>(
      (path, key) => (typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key),
      "",
    ) || "the request"
  );
}
