import type { OffsetMap } from "./OffsetMap.js";
import { SpanWriter } from "./SpanWriter.js";

// A line made only of these is a rule, a table border, a setext underline, an empty
// bullet or a pandoc "\-\-\-" divider: it carries no words.
const DECORATION = /^[\s\-*_=+|:#>~`\\]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]*\]:\s/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const QUOTE = /^ {0,3}(?:>[ \t]?)+/;
const BULLET = /^[ \t]*[*+](?=[ \t])/;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;
const MARKUP = new Uint8Array(128);
for (const char of "\\*_`![]") MARKUP[char.charCodeAt(0)] = 1;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Removes Markdown syntax and keeps the words: emphasis markers, heading hashes,
 * quote markers, escapes, link and image syntax (a link keeps its text, an image goes),
 * table borders and separator rows (cells are joined by " | "). "_" inside a word
 * ("NQ_TW") is not emphasis and stays; "*" and "+" bullets become "-".
 */
export function stripMarkdown(text: string): { text: string; map: OffsetMap } {
  const out = new SpanWriter(text);
  let inFence = false;
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let block = false;
    const line = startsWithWord(text, lineStart, lineEnd) ? "" : text.slice(lineStart, lineEnd);
    if (!inFence && line === "") {
      writeInline(out, text, lineStart, lineEnd);
    } else if (FENCE.test(line)) inFence = !inFence;
    else if (inFence) out.copy(lineStart, lineEnd);
    else if (!DECORATION.test(line) && !LINK_DEFINITION.test(line)) {
      block = writeLine(out, text, lineStart, lineEnd, line);
    }
    if (lineEnd < text.length) {
      if (block) out.replace("\n\n", lineEnd, lineEnd + 1);
      else out.copy(lineEnd, lineEnd + 1);
    }
    lineStart = lineEnd + 1;
  }
  return out.finish();
}

/** A line that opens with a letter or digit has no line-level Markdown: the common case. */
function startsWithWord(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const code = text.charCodeAt(start);
  return (
    (code >= 0x30 && code <= 0x39) ||
    ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ||
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000)
  );
}

/**
 * Writes one line without its Markdown. Returns true for a line that stands alone
 * (a heading, a line set all in bold, a table row), whose line break is then made a
 * paragraph break so that it is never joined to the next line.
 */
function writeLine(
  out: SpanWriter,
  text: string,
  lineStart: number,
  lineEnd: number,
  line: string,
): boolean {
  let start = lineStart;
  let end = lineEnd;
  const bold = isBoldLine(line.trim());
  const heading = HEADING.exec(line);
  if (heading) {
    start += heading[0].length;
    end = Math.max(start, withoutClosingHashes(text, start, end));
  } else {
    const quote = QUOTE.exec(line);
    if (quote) start += quote[0].length;
  }
  const bullet = BULLET.exec(text.slice(start, end));
  if (bullet) {
    const at = start + bullet[0].length - 1;
    out.copy(start, at);
    out.replaceAligned("-", at);
    start = at + 1;
  }
  const firstChar = text.slice(start, end).search(/\S/);
  const table = firstChar >= 0 && text[start + firstChar] === "|";
  if (table) writeCells(out, text, start + firstChar + 1, end);
  else writeInline(out, text, start, end);
  return heading !== null || bold || table;
}

/**
 * Writes the cells of a table row joined by " | ", leaving out empty cells (pandoc grid
 * tables are full of them) so that no line starts or ends with a bar.
 */
function writeCells(out: SpanWriter, text: string, start: number, end: number): void {
  let written = false;
  let cellStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && (text[i] !== "|" || text[i - 1] === "\\")) continue;
    if (/[^\s*_\\`]/.test(text.slice(cellStart, i))) {
      if (written) out.replace(" | ", cellStart - 1, cellStart);
      writeInline(out, text, cellStart, i);
      written = true;
    }
    cellStart = i + 1;
  }
}

/** The end of a heading without its closing hashes ("## Mục tiêu ##"). */
function withoutClosingHashes(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1]!)) at--;
  const hashesEnd = at;
  while (at > start && text[at - 1] === "#") at--;
  if (at === hashesEnd || (at > start && !/\s/.test(text[at - 1]!))) return end;
  while (at > start && /\s/.test(text[at - 1]!)) at--;
  return at;
}

function isBoldLine(line: string): boolean {
  const marker = line.slice(0, 2);
  return (
    (marker === "**" || marker === "__") &&
    line.length > 4 &&
    line.endsWith(marker) &&
    line[2] !== " " &&
    line[line.length - 3] !== " "
  );
}

function writeInline(out: SpanWriter, text: string, start: number, end: number): void {
  let run = start;
  let linkTextEnd = -1;
  let pairs: Map<number, number> | undefined;
  let linkEnd = -1;
  const drop = (from: number, to: number): void => {
    out.copy(run, from);
    run = to;
  };
  for (let i = start; i < end;) {
    const code = text.charCodeAt(i);
    // Only ASCII punctuation is Markdown; everything else is copied as it is.
    if (!MARKUP[code]) {
      i++;
      continue;
    }
    const char = text[i]!;
    switch (char) {
      case "\\": {
        const next = text[i + 1];
        // "Nơi nhận:\\***" is a pandoc hard break before a closing "***", not an escape.
        if (text.startsWith("***", i + 1)) {
          drop(i, i + 1);
          i++;
          continue;
        }
        if (i + 1 >= end || next === " " || ASCII_PUNCTUATION.test(next ?? "")) {
          drop(i, i + 1);
          i += 2;
          continue;
        }
        break;
      }
      case "*":
      case "_": {
        let j = i;
        while (j < end && text[j] === char) j++;
        if (isEmphasis(text, i, j, start, end)) drop(i, j);
        i = j;
        continue;
      }
      case "`":
        drop(i, i + 1);
        break;
      case "!":
        if (text[i + 1] === "[") {
          pairs ??= pairBrackets(text, start, end);
          const image = readLink(pairs, text, i + 1);
          if (image) {
            drop(i, image.end);
            i = image.end;
            continue;
          }
        }
        break;
      case "[":
        if (linkEnd < 0) {
          pairs ??= pairBrackets(text, start, end);
          const link = readLink(pairs, text, i);
          if (link) {
            drop(i, i + 1);
            linkTextEnd = link.textEnd;
            linkEnd = link.end;
          }
        }
        break;
      case "]":
        if (i === linkTextEnd) {
          drop(i, linkEnd);
          i = linkEnd;
          linkTextEnd = linkEnd = -1;
          continue;
        }
        break;
    }
    i++;
  }
  out.copy(run, end);
}

/**
 * Whether the run of "*" or "_" at [from, to) is emphasis. "**" always is; a single
 * "*" is unless it stands between spaces or digits ("2 * 3", "2*3"); "_" is unless it
 * joins two letters or digits ("NQ_TW") or stands between spaces (a blank to fill in).
 */
function isEmphasis(text: string, from: number, to: number, start: number, end: number): boolean {
  const star = text[from] === "*";
  if (star && to - from > 1) return true;
  const before = from > start ? text[from - 1]! : " ";
  const after = to < end ? text[to]! : " ";
  if (/\s/.test(before) && /\s/.test(after)) return false;
  if (star) return !(/\d/.test(before) && /\d/.test(after));
  return !(ALPHANUMERIC.test(before) && ALPHANUMERIC.test(after));
}

/**
 * Pairs the brackets and parentheses of [start, end) in one pass, so that finding
 * whether each "[" opens a link "[text](target)" is linear, not quadratic.
 */
function pairBrackets(text: string, start: number, end: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const squares: number[] = [];
  const rounds: number[] = [];
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (char === "[") squares.push(i);
    else if (char === "(") rounds.push(i);
    else if (char === "]" && squares.length > 0) pairs.set(squares.pop()!, i);
    else if (char === ")" && rounds.length > 0) pairs.set(rounds.pop()!, i);
  }
  return pairs;
}

/** "[text](target)" at `at`: where the text ends and the whole link ends. */
function readLink(
  pairs: Map<number, number>,
  text: string,
  at: number,
): { textEnd: number; end: number } | undefined {
  const textEnd = pairs.get(at);
  if (textEnd === undefined || text[textEnd + 1] !== "(") return undefined;
  const close = pairs.get(textEnd + 1);
  return close === undefined ? undefined : { textEnd, end: close + 1 };
}
