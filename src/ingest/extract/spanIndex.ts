/**
 * Binary search over items sorted by `key`: the index of the first item whose key is
 * at or after `offset` (items.length when none is). Long texts hold tens of thousands
 * of mentions; looking them up by position must not scan them all.
 */
export function spanIndex<T>(
  items: readonly T[],
  offset: number,
  key: (item: T) => number,
): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    if (item !== undefined && key(item) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The items whose key lies in [from, to), for items sorted by that key. */
export function itemsBetween<T>(
  items: readonly T[],
  from: number,
  to: number,
  key: (item: T) => number,
): T[] {
  const out: T[] = [];
  for (let i = spanIndex(items, from, key); i < items.length; i++) {
    const item = items[i];
    if (item === undefined || key(item) >= to) break;
    out.push(item);
  }
  return out;
}
