import { isInCapitals } from "../../text/index.js";
import { KIND_WORDS } from "./documentKindWords.js";
import { capitalizeProperNames, keyOf } from "./recaseHeading.js";

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CODE_LIKE = /[\p{L}\p{M}\p{N}]+(?:[/-][\p{L}\p{M}\p{N}]+)*/gu;
// A word after one of these may be capitalised because a sentence, line or quotation
// starts there, so it says nothing about how the word is written.
const OPENS = /(?:[.!?:;\n“"(]|[–-]\s)\s*$/u;
/** How far past the title running text is read: enough for a document's opening pages. */
const READ = 60_000;

// A kind word before a number names one document, and is capitalised: "Nghị quyết số 66".
const NUMBERED_KIND = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${KIND_WORDS.map((w) => w.toLocaleLowerCase("vi")).join("|")})(?=\\s+số\\s*\\d)`,
  "gu",
);

/**
 * A title printed in capitals, in sentence case with the names the text capitalises
 * (recaseLikeText), the kind words of the documents it cites by number, and the words
 * and codes with digits as printed.
 */
export function recaseCapitals(upper: string, plain: string, from: number): string {
  const lower = upper
    .replace(/\s+/gu, " ")
    .trim()
    // A word or code with a digit is a name as printed ("5G", "H5N1", "30/2013/NQ-HĐND"),
    // but for an hour ("0H00").
    .replace(CODE_LIKE, (word) =>
      /\p{N}/u.test(word) && !/^\d{1,2}H\d*$/u.test(word) ? word : word.toLocaleLowerCase("vi"),
    )
    .replace(NUMBERED_KIND, (kind) => kind.charAt(0).toLocaleUpperCase("vi") + kind.slice(1));
  return recaseLikeText(lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1), plain, from);
}

/**
 * Gives a title that was printed in capitals and sentence-cased ("… tại khánh hòa, đắk lắk và
 * gia lai", "… lần thứ xiv của đảng", "ứng dụng tms") the case the same text prints its
 * names in mid-sentence: runs of two or more capitalised words ("Khánh Hòa", "Bộ Chính
 * trị") and words in capitals outside headings ("XIV", "TMS"), where the text prints
 * them so more often than in lower case. Single capitalised words are left alone: "Thủ"
 * of "Thủ tướng" and "Quyết" of "Quyết định số" would recase "thủ tục" and "giải quyết".
 */
export function recaseLikeText(sentenceCased: string, plain: string, from: number): string {
  const title = capitalizeProperNames(sentenceCased);
  const text = plain.slice(from, from + READ);
  const names = printedNames(text);
  if (names.size === 0) return title;
  const lowerText = keyOf(text);
  const lowerTitle = keyOf(title);
  const chars = [...title];
  if (chars.length !== title.length || lowerTitle.length !== title.length) return title;
  // Longest names first, so that "Bộ Công Thương" is not cut into "Công Thương".
  for (const [key, { form, count }] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    if (!lowerTitle.includes(key) || count <= inLowerCase(text, lowerText, key)) continue;
    for (let at = lowerTitle.indexOf(key); at >= 0; at = lowerTitle.indexOf(key, at + key.length)) {
      // Not the title's first word, which sentence case capitalises already; whole words only.
      if (at === 0 || !isBoundary(lowerTitle, at - 1) || !isBoundary(lowerTitle, at + key.length))
        continue;
      for (let i = 0; i < form.length; i++) chars[at + i] = form[i] ?? "";
    }
  }
  return chars.join("");
}

/** By key, the names running text prints with capitals, and how often. */
function printedNames(text: string): Map<string, { form: string; count: number }> {
  const names = new Map<string, { form: string; count: number }>();
  const note = (form: string) => {
    const key = keyOf(form);
    if (key.length !== form.length) return;
    const known = names.get(key);
    names.set(key, { form: known?.form ?? form, count: (known?.count ?? 0) + 1 });
  };
  let run: { start: number; end: number; words: number } | undefined;
  let previousInCapitals = false;
  let previousEnd = 0;
  const closeRun = () => {
    if (run && run.words >= 2) note(text.slice(run.start, run.end).replace(/\s+/gu, " "));
    run = undefined;
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const capitalised = /^\p{Lu}/u.test(word);
    const inCapitals = word.length >= 2 && isInCapitals(word);
    // "TTg", "IoT", "HĐND": a capital after the first letter makes a word an acronym.
    const acronym = inCapitals || /^\p{Lu}.*\p{Lu}/u.test(word);
    // Spaced from another word in capitals, it is part of a heading ("MỤC ĐÍCH"); joined
    // to it, of a number-symbol ("QĐ-UBND").
    const inHeading =
      inCapitals && previousInCapitals && /\s/u.test(text.slice(previousEnd, m.index));
    previousInCapitals = inCapitals;
    previousEnd = m.index + word.length;
    const opening = m.index === 0 || OPENS.test(text.slice(Math.max(0, m.index - 4), m.index));
    const gap = run ? text.slice(run.end, m.index) : "";
    if (!capitalised || inHeading || opening || (run && !/^ +$/u.test(gap))) closeRun();
    if (inHeading || opening || !capitalised) continue;
    if (acronym) {
      closeRun();
      // Followed by another word in capitals, it starts a heading ("BỘ TÀI CHÍNH").
      const nextInCapitals = /^\s+[\p{Lu}\p{M}\p{N}]{2,}(?![\p{Ll}])/u.test(
        text.slice(m.index + word.length, m.index + word.length + 40),
      );
      if (!inCapitals || !nextInCapitals) note(word);
      continue;
    }
    if (run) {
      run.end = m.index + word.length;
      run.words++;
    } else run = { start: m.index, end: m.index + word.length, words: 1 };
  }
  closeRun();
  return names;
}

/** How often `text` prints `key` all in lower case (`lowerText` is `text` lowered). */
function inLowerCase(text: string, lowerText: string, key: string): number {
  let count = 0;
  for (let at = lowerText.indexOf(key); at >= 0; at = lowerText.indexOf(key, at + key.length)) {
    if (!/\p{Lu}/u.test(text.slice(at, at + key.length))) count++;
  }
  return count;
}

function isBoundary(text: string, index: number): boolean {
  const ch = text[index];
  return ch === undefined || !/[\p{L}\p{M}\p{N}]/u.test(ch);
}
