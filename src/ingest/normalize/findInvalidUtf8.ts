/**
 * Where `bytes` stop being well-formed UTF-8: the offset of the first bad sequence, or
 * -1. `truncated` says the only fault is a sequence cut off by the end of the input,
 * which is what a crawler that stores the first N bytes of a page leaves behind.
 */
export function findInvalidUtf8(bytes: Uint8Array): { at: number; truncated: boolean } {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return { at: i, truncated: false };
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { at: i, truncated: true };
      const c = bytes[i + k]!;
      if (c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) {
        return { at: i, truncated: false };
      }
    }
    i += need + 1;
  }
  return { at: -1, truncated: false };
}
