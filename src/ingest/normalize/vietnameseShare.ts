const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const SHAPES = new Set(["\u0302", "\u0306", "\u031b"]);

// A Vietnamese syllable is (onset)(vowel cluster)(coda), written with at most one
// tone mark. Checking that shape is enough to tell real text from text decoded with
// the wrong table: mojibake puts §, µ, Ö, ä… inside words, or stacks two tones.
const SYLLABLE = new RegExp(
  "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?" +
    "(?:uyê|uya|uyu|ươu|ươi|uôi|uây|oeo|oay|oai|oao|iêu|yêu|" +
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|" +
    "ưa|ưi|ưu|ươ|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)" +
    "(?:ng|nh|ch|[cmnpt])?$",
);

const toneless = new Map<string, { base: string; toned: boolean } | null>();

function splitTone(char: string): { base: string; toned: boolean } | null {
  let entry = toneless.get(char);
  if (entry !== undefined) return entry;
  const [first = "", ...marks] = char.normalize("NFD");
  let shape = "";
  let toned = false;
  entry = { base: "", toned: false };
  for (const mark of marks) {
    if (TONES.has(mark) && !toned) toned = true;
    else if (SHAPES.has(mark)) shape += mark;
    else entry = null;
  }
  if (entry !== null) entry = { base: (first + shape).normalize("NFC"), toned };
  toneless.set(char, entry);
  return entry;
}

/** True when `word` (any case) is spelled like one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const lower = word.normalize("NFC").toLowerCase();
  if (lower.length === 0 || lower.length > 8) return false;
  let tones = 0;
  let bare = "";
  for (const char of lower) {
    const split = splitTone(char);
    if (split === null) return false;
    if (split.toned) tones++;
    bare += split.base;
  }
  return tones <= 1 && SYLLABLE.test(bare);
}

// Quotes and dashes are stripped from the ends of a word; other non-ASCII signs are
// kept, because in mojibake they stand for letters (TCVN3 "x·" is "xã").
const EDGE = /^[“”‘’«»…–—]+|[“”‘’«»…–—]+$/g;
const MAX_TOKEN = 16;
const WORD_BREAK = /[\s!-@[-`{-~]+/;

export interface VietnameseShare {
  /** Words with a non-ASCII character among those read. */
  readonly words: number;
  /** How many of them are Vietnamese syllables. */
  readonly valid: number;
}

/**
 * How Vietnamese `text` reads: among its first `limit` words that contain a non-ASCII
 * character (plain ASCII words say nothing about the encoding), how many are
 * well-formed Vietnamese syllables.
 */
export function vietnameseShare(text: string, limit = 4000): VietnameseShare {
  let words = 0;
  let valid = 0;
  for (const token of text.split(WORD_BREAK)) {
    if (!/[^\0-\x7f]/.test(token)) continue;
    // No syllable is long; a long token is counted as a word that is not one.
    const word = token.length > MAX_TOKEN ? token : token.replace(EDGE, "");
    if (word.length === 0) continue;
    words++;
    if (word.length <= MAX_TOKEN && isVietnameseSyllable(word)) valid++;
    if (words >= limit) break;
  }
  return { words, valid };
}
