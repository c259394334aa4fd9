import { CP1252_HIGH } from "./byteString.js";

// Latin-1 letters and signs, U+00A0–U+00FF in order: the HTML 4 set every old site used.
const LATIN1 = (
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr " +
  "deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest " +
  "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml " +
  "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig " +
  "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml " +
  "eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml"
).split(" ");

// The rest that matters in Vietnamese pages: HTML5's names for ă đ ĩ ũ, quotes and
// dashes, spaces, and the punctuation some editors escape.
// prettier-ignore
const OTHERS: Record<string, number> = {
  quot: 0x22, amp: 0x26, apos: 0x27, lt: 0x3c, gt: 0x3e,
  Abreve: 0x102, abreve: 0x103, Dstrok: 0x110, dstrok: 0x111, Itilde: 0x128, itilde: 0x129,
  Utilde: 0x168, utilde: 0x169, OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161,
  Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  hyphen: 0x2010, dash: 0x2010, ndash: 0x2013, mdash: 0x2014, horbar: 0x2015,
  lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e,
  dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030,
  prime: 0x2032, Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, oline: 0x203e, frasl: 0x2044,
  euro: 0x20ac, dong: 0x20ab, trade: 0x2122, larr: 0x2190, uarr: 0x2191, rarr: 0x2192,
  darr: 0x2193, minus: 0x2212, le: 0x2264, ge: 0x2265, ne: 0x2260, asymp: 0x2248, infin: 0x221e,
  Tab: 0x09, NewLine: 0x0a, excl: 0x21, num: 0x23, dollar: 0x24, percnt: 0x25, lpar: 0x28,
  rpar: 0x29, ast: 0x2a, plus: 0x2b, comma: 0x2c, period: 0x2e, sol: 0x2f, colon: 0x3a,
  semi: 0x3b, equals: 0x3d, quest: 0x3f, commat: 0x40, lsqb: 0x5b, bsol: 0x5c, rsqb: 0x5d,
  lowbar: 0x5f, grave: 0x60, lcub: 0x7b, verbar: 0x7c, vert: 0x7c, rcub: 0x7d,
};

const NAMED = new Map<string, string>([
  ...LATIN1.map((name, i): [string, string] => [name, String.fromCharCode(0xa0 + i)]),
  ...Object.entries(OTHERS).map(([name, code]): [string, string] => [
    name,
    String.fromCharCode(code),
  ]),
]);

// Browsers accept these without the ";" (HTML's legacy entities); others need it.
const LEGACY = new Set([...LATIN1, "quot", "amp", "lt", "gt"]);

// Numeric references to 0x80–0x9F mean Windows-1252 characters (HTML spec).

const NAME = /&([A-Za-z][A-Za-z0-9]{1,31})(;?)/y;
const NUMBER = /&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));?/y;

/**
 * Decodes the character reference starting at `text[at]` ("&ocirc;", "&#7897;",
 * "&#x1EB9;", legacy "&nbsp" without ";"). Returns the text and the offset after the
 * reference, or undefined when there is no reference there.
 */
export function decodeEntity(
  text: string,
  at: number,
): { readonly value: string; readonly end: number } | undefined {
  if (text.charCodeAt(at + 1) === 0x23) {
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(text);
    if (!match) return undefined;
    const code = match[1] !== undefined ? parseInt(match[1], 16) : Number(match[2]);
    return { value: fromCode(code), end: NUMBER.lastIndex };
  }
  NAME.lastIndex = at;
  const match = NAME.exec(text);
  if (!match) return undefined;
  const name = match[1]!;
  const value = NAMED.get(name);
  if (value === undefined) return undefined;
  if (match[2] === ";") return { value, end: NAME.lastIndex };
  // Without ";" only legacy names count, and not inside a URL query ("&copy=2").
  const next = text[NAME.lastIndex];
  if (!LEGACY.has(name) || next === "=") return undefined;
  return { value, end: NAME.lastIndex };
}

function fromCode(code: number): string {
  const mapped = code >= 0x80 && code < 0xa0 ? CP1252_HIGH[code - 0x80]! : 0;
  if (mapped !== 0) return String.fromCharCode(mapped);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(code);
}
