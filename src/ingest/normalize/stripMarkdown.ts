import type { OffsetMap } from "./OffsetMap.js";
import { SpanWriter } from "./SpanWriter.js";

// A line made only of these is a rule, a table border, a setext underline, an empty
// bullet or a pandoc "\-\-\-" divider: it carries no words.
const DECORATION = /^[\s\-*_=+|:#>~`\\]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]*\]:\s/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const QUOTE = /^ {0,3}(?:>[ \t]?)+/;
const BULLET = /^[ \t]*[*+](?=[ \t])/;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;
const MARKUP = new Uint8Array(128);
for (const char of "\\*_`![]|") MARKUP[char.charCodeAt(0)] = 1;
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
      writeInline(out, text, lineStart, lineEnd, false);
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
    const closing = CLOSING_HASHES.exec(line);
    if (closing && lineStart + closing.index >= start) end = lineStart + closing.index;
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
  let table = false;
  const rest = text.slice(start, end);
  const firstPipe = rest.search(/\S/);
  if (firstPipe >= 0 && rest[firstPipe] === "|") {
    table = true;
    start += firstPipe + 1;
    const trimmedEnd = start + text.slice(start, end).trimEnd().length;
    if (text[trimmedEnd - 1] === "|" && text[trimmedEnd - 2] !== "\\") end = trimmedEnd - 1;
  }
  writeInline(out, text, start, end, table);
  return heading !== null || bold || table;
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

function writeInline(
  out: SpanWriter,
  text: string,
  start: number,
  end: number,
  table: boolean,
): void {
  let run = start;
  let linkTextEnd = -1;
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
          const image = readLink(text, i + 1, end);
          if (image) {
            drop(i, image.end);
            i = image.end;
            continue;
          }
        }
        break;
      case "[":
        if (linkEnd < 0) {
          const link = readLink(text, i, end);
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
      case "|":
        if (table) {
          out.copy(run, i);
          out.replace(" | ", i, i + 1);
          run = i + 1;
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

/** "[text](target)" at `at`: where the text ends and the whole link ends, on this line. */
function readLink(
  text: string,
  at: number,
  end: number,
): { textEnd: number; end: number } | undefined {
  let depth = 0;
  let i = at;
  for (; i < end; i++) {
    if (text[i] === "[") depth++;
    else if (text[i] === "]" && --depth === 0) break;
  }
  if (i >= end || text[i + 1] !== "(") return undefined;
  const textEnd = i;
  depth = 0;
  for (i = textEnd + 1; i < end; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return { textEnd, end: i + 1 };
  }
  return undefined;
}
