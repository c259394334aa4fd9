/**
 * Text in a legacy 8-bit encoding is handled as a "byte string": one char per byte,
 * char code = byte value. Bytes become one by Latin-1; a string that was already
 * decoded as Windows-1252 (how browsers and most tools read undeclared 8-bit text)
 * becomes one by undoing that decoding.
 */
export function byteStringOf(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

/**
 * Windows-1252 0x80–0x9F: curly quotes, dashes, ellipsis, bullet… 0 where the code page
 * leaves the byte undefined (decoders then pass it through as the C1 control of the
 * same value). Vietnamese 8-bit fonts were Windows fonts and kept these.
 */
// prettier-ignore
export const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, // 0x80
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, // 0x88
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, // 0x90
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178, // 0x98
];

const BYTE_OF_CP1252 = new Map<number, number>(
  CP1252_HIGH.flatMap((code, i) => (code === 0 ? [] : [[code, 0x80 + i] as [number, number]])),
);

/**
 * The bytes a Windows-1252 (or Latin-1) decoder read `text` from, as a byte string, or
 * undefined when `text` holds a character no such decoder produces.
 */
export function byteStringFromCp1252(text: string): string | undefined {
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) {
      if (!BYTE_OF_CP1252.has(code)) return undefined;
      changed = true;
    }
  }
  if (!changed) return text;
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i] = code > 0xff ? String.fromCharCode(BYTE_OF_CP1252.get(code)!) : text[i]!;
  }
  return out.join("");
}

/** Replaces every char 0x80–0xFF of a byte string by table[code - 0x80]; ASCII stays. */
export function mapHighBytes(bytes: string, table: readonly number[]): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const code = bytes.charCodeAt(i);
    out[i] = code < 0x80 ? code : table[code - 0x80]!;
  }
  let text = "";
  for (let i = 0; i < out.length; i += 8192) {
    text += String.fromCharCode(...out.subarray(i, i + 8192));
  }
  return text;
}
