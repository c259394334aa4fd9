// Tiny encoders for the legacy Vietnamese encodings, written from the published
// tables independently of the decoders in src/, so round trips check both.

const TONES = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const; // huyền hỏi ngã sắc nặng

// TCVN3 (VN3): lower-case letters, each row in the order plain-less: huyền hỏi ngã sắc nặng.
const TCVN3_ROWS: Record<string, readonly number[]> = {
  a: [0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
const TCVN3_BASES: Record<string, number> = {
  Ă: 0xa1,
  Â: 0xa2,
  Ê: 0xa3,
  Ô: 0xa4,
  Ơ: 0xa5,
  Ư: 0xa6,
  Đ: 0xa7,
  ă: 0xa8,
  â: 0xa9,
  ê: 0xaa,
  ô: 0xab,
  ơ: 0xac,
  ư: 0xad,
  đ: 0xae,
};

/** Splits a letter into its base (with circumflex, breve or horn) and its tone index. */
function splitLetter(letter: string): { base: string; tone: number } {
  const [first = "", ...marks] = letter.normalize("NFD");
  const tone = marks.findIndex((mark) => (TONES as readonly string[]).includes(mark));
  const shape = marks.filter((mark) => !(TONES as readonly string[]).includes(mark)).join("");
  const toneMark = tone < 0 ? undefined : marks[tone];
  return {
    base: (first + shape).normalize("NFC"),
    tone: toneMark === undefined ? -1 : TONES.indexOf(toneMark as (typeof TONES)[number]),
  };
}

function toBytes(codes: number[]): Uint8Array {
  return Uint8Array.from(codes);
}

// Word typed curly quotes and dashes at their Windows-1252 bytes in every 8-bit font.
const PUNCTUATION: Record<string, number> = {
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "–": 0x96,
  "—": 0x97,
  "…": 0x85,
};

/** The byte of an ASCII char or Windows punctuation, or undefined for a letter. */
function plainByte(char: string): number | undefined {
  return char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : PUNCTUATION[char];
}

/** TCVN3 bytes of `text`. Capitals with a tone mark get the lower-case code, as in VN3. */
export function encodeTcvn3(text: string): Uint8Array {
  const codes: number[] = [];
  for (const char of text.normalize("NFC")) {
    const plain = plainByte(char);
    if (plain !== undefined) {
      codes.push(plain);
      continue;
    }
    const { base, tone } = splitLetter(char);
    if (tone < 0) {
      const code = TCVN3_BASES[base];
      if (code === undefined) throw new Error(`no TCVN3 code for ${char}`);
      codes.push(code);
    } else {
      const row = TCVN3_ROWS[base.toLowerCase()];
      if (row === undefined) throw new Error(`no TCVN3 code for ${char}`);
      codes.push(row[tone]!);
    }
  }
  return toBytes(codes);
}

// VNI-Windows: base letter, then one byte for the marks (lower-case forms; a capital
// letter takes the byte 0x20 lower).
const VNI_TONE = [0xf8, 0xfb, 0xf5, 0xf9, 0xef];
const VNI_CIRCUMFLEX = [0xe0, 0xe5, 0xe3, 0xe1, 0xe4];
const VNI_BREVE = [0xe8, 0xfa, 0xfc, 0xe9, 0xeb];
const VNI_I = [0xec, 0xe6, 0xf3, 0xed, 0xf2]; // ì ỉ ĩ í ị as single bytes

/** VNI-Windows bytes of `text`. */
export function encodeVni(text: string): Uint8Array {
  const codes: number[] = [];
  for (const char of text.normalize("NFC")) {
    const plain = plainByte(char);
    if (plain !== undefined) {
      codes.push(plain);
      continue;
    }
    const { base, tone } = splitLetter(char);
    const upper = base !== base.toLowerCase();
    const shift = (code: number): number => (upper ? code - 0x20 : code);
    const lower = base.toLowerCase();
    if (lower === "đ") codes.push(shift(0xf1));
    else if (lower === "i" && tone >= 0) codes.push(shift(VNI_I[tone]!));
    else if (lower === "y" && tone === 4) codes.push(shift(0xee));
    else if (lower === "ơ" || lower === "ư") {
      codes.push(shift(lower === "ơ" ? 0xf4 : 0xf6));
      if (tone >= 0) codes.push(shift(VNI_TONE[tone]!));
    } else if (lower === "â" || lower === "ê" || lower === "ô") {
      codes.push(base.normalize("NFD").charCodeAt(0));
      codes.push(shift(tone >= 0 ? VNI_CIRCUMFLEX[tone]! : 0xe2));
    } else if (lower === "ă") {
      codes.push(upper ? 0x41 : 0x61);
      codes.push(shift(tone >= 0 ? VNI_BREVE[tone]! : 0xea));
    } else if ("aeiouy".includes(lower) && tone >= 0) {
      codes.push(base.charCodeAt(0));
      codes.push(shift(VNI_TONE[tone]!));
    } else throw new Error(`no VNI code for ${char}`);
  }
  return toBytes(codes);
}

// Windows-1258: letters with circumflex, breve and horn are precomposed, tones follow as
// combining marks (0xCC huyền, 0xD2 hỏi, 0xDE ngã, 0xEC sắc, 0xF2 nặng).
const CP1258_TONE = [0xcc, 0xd2, 0xde, 0xec, 0xf2];
const CP1258_BASES: Record<string, number> = {
  Ă: 0xc3,
  ă: 0xe3,
  Đ: 0xd0,
  đ: 0xf0,
  Ơ: 0xd5,
  ơ: 0xf5,
  Ư: 0xdd,
  ư: 0xfd,
  Â: 0xc2,
  â: 0xe2,
  Ê: 0xca,
  ê: 0xea,
  Ô: 0xd4,
  ô: 0xf4,
};

/** Windows-1258 bytes of `text`, every tone as a combining mark. */
export function encodeWindows1258(text: string): Uint8Array {
  const codes: number[] = [];
  for (const char of text.normalize("NFC")) {
    const plain = plainByte(char);
    if (plain !== undefined) {
      codes.push(plain);
      continue;
    }
    const { base, tone } = splitLetter(char);
    const code = base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : CP1258_BASES[base];
    if (code === undefined) throw new Error(`no Windows-1258 code for ${char}`);
    codes.push(code);
    if (tone >= 0) codes.push(CP1258_TONE[tone]!);
  }
  return toBytes(codes);
}

/** What a tool that reads every 8-bit file as Windows-1252 makes of `bytes`. */
export function readAsWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes);
}
