import { CP1252_HIGH } from "./byteString.js";

const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const GRAVE = "\u0300";
const ACUTE = "\u0301";
const TILDE = "\u0303";
const HOOK = "\u0309";
const DOT = "\u0323";

// VNI-Windows writes a base letter followed by a byte for its marks: "Vieät" is
// V-i-e-ä-t, ä meaning circumflex + dot below. Lower-case and capital forms of each
// mark byte carry the same marks (the capital goes after a capital letter).
const MARKS = new Map<number, string>();
for (const [lower, upper, marks] of [
  [0xf9, 0xd9, ACUTE], // ù
  [0xf8, 0xd8, GRAVE], // ø
  [0xfb, 0xdb, HOOK], // û
  [0xf5, 0xd5, TILDE], // õ
  [0xef, 0xcf, DOT], // ï
  [0xe2, 0xc2, CIRCUMFLEX], // â
  [0xe1, 0xc1, CIRCUMFLEX + ACUTE], // á
  [0xe0, 0xc0, CIRCUMFLEX + GRAVE], // à
  [0xe5, 0xc5, CIRCUMFLEX + HOOK], // å
  [0xe3, 0xc3, CIRCUMFLEX + TILDE], // ã
  [0xe4, 0xc4, CIRCUMFLEX + DOT], // ä
  [0xea, 0xca, BREVE], // ê
  [0xe9, 0xc9, BREVE + ACUTE], // é
  [0xe8, 0xc8, BREVE + GRAVE], // è
  [0xfa, 0xda, BREVE + HOOK], // ú
  [0xfc, 0xdc, BREVE + TILDE], // ü
  [0xeb, 0xcb, BREVE + DOT], // ë
] as const) {
  MARKS.set(lower, marks);
  MARKS.set(upper, marks);
}

// Letters VNI stores in one byte: đ, ơ, ư and i/y with some tones.
const LETTERS = new Map<number, string>([
  [0xf1, "đ"],
  [0xd1, "Đ"],
  [0xf4, "ơ"],
  [0xd4, "Ơ"],
  [0xf6, "ư"],
  [0xd6, "Ư"],
  [0xe6, "ỉ"],
  [0xc6, "Ỉ"],
  [0xf3, "ĩ"],
  [0xd3, "Ĩ"],
  [0xf2, "ị"],
  [0xd2, "Ị"],
  [0xee, "ỵ"],
  [0xce, "Ỵ"],
]);

// VNI fonts were Windows fonts: 0x80–0x9F hold Word's curly quotes and dashes.
const WINDOWS_1252 = CP1252_HIGH.map((code, i) =>
  String.fromCharCode(code === 0 ? 0x80 + i : code),
);

const TONE_BASES = new Set([..."aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"]);
const SHAPE_BASES: Record<string, string> = {
  [CIRCUMFLEX]: "aeoAEO",
  [BREVE]: "aA",
};

/** Decodes a byte string (one char per byte) from VNI-Windows to precomposed Unicode. */
export function decodeVni(bytes: string): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const code = bytes.charCodeAt(i);
    if (code < 0x80) {
      out.push(bytes[i]!);
      continue;
    }
    const marks = MARKS.get(code);
    const previous = out[out.length - 1];
    if (marks !== undefined && previous !== undefined && canTake(previous, marks)) {
      out[out.length - 1] = compose(previous, marks);
      continue;
    }
    out.push(LETTERS.get(code) ?? (code < 0xa0 ? WINDOWS_1252[code - 0x80]! : bytes[i]!));
  }
  return out.join("");
}

const composed = new Map<string, string>();

function compose(base: string, marks: string): string {
  const key = base + marks;
  let letter = composed.get(key);
  if (letter === undefined) {
    letter = key.normalize("NFC");
    composed.set(key, letter);
  }
  return letter;
}

function canTake(base: string, marks: string): boolean {
  const shape = marks[0] === CIRCUMFLEX || marks[0] === BREVE ? marks[0] : undefined;
  if (shape !== undefined) return SHAPE_BASES[shape]!.includes(base);
  return TONE_BASES.has(base);
}
