import { decodeEntity } from "./decodeEntity.js";
import type { OffsetMap } from "./OffsetMap.js";
import { SpanWriter } from "./SpanWriter.js";

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(" "));
}

// Tags that start a new paragraph, and tags that start a new line.
const PARAGRAPH = words(
  "p h1 h2 h3 h4 h5 h6 table ul ol dl blockquote pre section article header footer figure " +
    "address hr main nav aside form",
);
const LINE = words("br div li tr dt dd caption figcaption option center");
const CELL = words("td th");
// Their content is not text the page shows.
const DROPPED = words("script style noscript template iframe object svg title");
const INLINE = words(
  "html head body meta link span a img b i u s em strong small big sup sub font code abbr " +
    "cite q mark del ins time label input button select textarea tbody thead tfoot",
);
const KNOWN = new Set([...PARAGRAPH, ...LINE, ...CELL, ...DROPPED, ...INLINE]);

const TAG_START = /<\/?([A-Za-z][A-Za-z0-9]*)(?=[\s/>])/g;
const TAG_NAME = /\/?([A-Za-z][A-Za-z0-9:-]*)/y;
// A "<!…" longer than this is a stray "<!" in prose, not a declaration.
const MAX_DECLARATION_LENGTH = 4000;

/**
 * How much HTML a text holds: "none"; "inline" (Markdown with a few tags, whose line
 * breaks still mean something); "document" (HTML, where a line break in the source is
 * just a space and tags make the lines).
 */
export type HtmlMode = "none" | "inline" | "document";

export function detectHtml(text: string): HtmlMode {
  let known = 0;
  let blocks = 0;
  TAG_START.lastIndex = 0;
  for (let match = TAG_START.exec(text); match; match = TAG_START.exec(text)) {
    const name = match[1]!.toLowerCase();
    if (!KNOWN.has(name)) continue;
    known++;
    if (PARAGRAPH.has(name) || LINE.has(name)) blocks++;
    if (blocks >= 3) return "document";
  }
  if (known === 0) return "none";
  return text.trimStart().startsWith("<") ? "document" : "inline";
}

/**
 * Removes HTML tags and decodes character references. Entities are decoded in every
 * mode, since plain and Markdown text carry them too ("Ngh&#7883; &#273;&#7883;nh").
 * Scripts and styles are dropped, block tags become line breaks, table cells are
 * separated by " | ". Malformed markup is tolerated: a "<" that does not open a tag is
 * text; an unclosed script or style runs to the end of the text.
 */
export function stripHtml(
  text: string,
  mode: HtmlMode,
): { text: string; map: OffsetMap; title?: string } {
  const out = new SpanWriter(text);
  const collapseSpace = mode === "document";
  const readTag = tagReader(text, mode === "document");
  let title: string | undefined;
  let run = 0;
  let inPre = false;
  let cells = 0;
  // Consecutive block tags ("</li><li>", "</p>\n<p>") make one break, the strongest
  // of them, written before the next text.
  let pending = 0;
  let pendingFrom = 0;
  let pendingTo = 0;
  const breakBefore = (at: number): void => {
    if (pending === 0) return;
    out.replace(pending === 2 ? "\n\n" : "\n", pendingFrom, pendingTo);
    pending = 0;
    run = Math.max(run, at);
  };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const space = code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
    if (pending > 0 && space && (collapseSpace || code === 0x20)) {
      pendingTo = run = i + 1;
      i++;
      continue;
    }
    if (code === 0x3c && mode !== "none") {
      const tag = readTag(i);
      if (tag !== undefined) {
        out.copy(run, i);
        let end = tag.end;
        let level = 0;
        if (tag.kind === "tag") {
          if (!tag.closing && DROPPED.has(tag.name)) {
            const close = findClosingTag(text, tag.end, tag.name);
            if (tag.name === "title" && title === undefined) {
              title = plainTitle(text.slice(tag.end, close.start));
            }
            end = close.end;
          }
          if (tag.name === "pre") inPre = !tag.closing;
          if (tag.name === "tr") cells = 0;
          if (PARAGRAPH.has(tag.name)) level = 2;
          else if (LINE.has(tag.name)) level = 1;
          else if (CELL.has(tag.name) && !tag.closing && cells++ > 0) {
            breakBefore(i);
            out.replace(" | ", i, end);
          }
        }
        if (level > 0) {
          if (pending === 0) pendingFrom = i;
          pending = Math.max(pending, level);
          pendingTo = end;
        }
        i = run = end;
        continue;
      }
    }
    breakBefore(i);
    if (code === 0x26) {
      const entity = decodeEntity(text, i);
      if (entity !== undefined) {
        out.copy(run, i);
        out.replace(entity.value, i, entity.end);
        i = run = entity.end;
        continue;
      }
    } else if (collapseSpace && !inPre && space && code !== 0x20) {
      out.copy(run, i);
      out.replaceAligned(" ", i);
      run = i + 1;
    }
    i++;
  }
  out.copy(run, text.length);
  return { ...out.finish(), ...(title !== undefined && title !== "" ? { title } : {}) };
}

interface Tag {
  readonly kind: "tag" | "comment" | "declaration";
  readonly name: string;
  readonly closing: boolean;
  readonly end: number;
}

/**
 * Reads tags out of one text. Every read stops at the next "<" at the latest, and the
 * positions of the next ">" and of a missing "-->" are remembered, so reading all the
 * tags of a text is linear even when it is full of stray "<".
 */
function tagReader(text: string, anyName: boolean): (at: number) => Tag | undefined {
  let nextGreater = -2;
  let unclosedComment = false;
  const greaterFrom = (from: number): number => {
    if (nextGreater === -1 || nextGreater >= from) return nextGreater;
    nextGreater = text.indexOf(">", from);
    return nextGreater;
  };
  return (at) => {
    const next = text[at + 1];
    if (next === "!" && text.startsWith("<!--", at)) {
      const close = unclosedComment ? -1 : text.indexOf("-->", at + 4);
      unclosedComment = close < 0;
      return close < 0 ? undefined : { kind: "comment", name: "", closing: false, end: close + 3 };
    }
    if (next === "!" || next === "?") {
      const close = greaterFrom(at);
      if (close < 0 || close - at > MAX_DECLARATION_LENGTH) return undefined;
      return { kind: "declaration", name: "", closing: false, end: close + 1 };
    }
    TAG_NAME.lastIndex = at + 1;
    const match = TAG_NAME.exec(text);
    if (!match) return undefined;
    const name = match[1]!.toLowerCase();
    if (!anyName && !KNOWN.has(name)) return undefined;
    const after = text[TAG_NAME.lastIndex];
    if (after !== undefined && after !== ">" && after !== "/" && !/\s/.test(after))
      return undefined;
    const closing = match[0].startsWith("/");
    let quote = "";
    for (let i = TAG_NAME.lastIndex; i < text.length; i++) {
      const char = text[i]!;
      if (char === "<") {
        // Malformed: the tag ends at its first ">" if a quote hid one, else before this "<".
        const close = greaterFrom(at);
        return { kind: "tag", name, closing, end: close >= 0 && close < i ? close + 1 : i };
      }
      if (quote !== "") {
        if (char === quote) quote = "";
      } else if (char === '"' || char === "'") quote = char;
      else if (char === ">") return { kind: "tag", name, closing, end: i + 1 };
    }
    return undefined;
  };
}

/** The closing tag of a dropped element; an unclosed one runs to the end of the text. */
function findClosingTag(text: string, from: number, name: string): { start: number; end: number } {
  const pattern = new RegExp(`</${name}\\s*>`, "ig");
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match
    ? { start: match.index, end: match.index + match[0].length }
    : { start: text.length, end: text.length };
}

function plainTitle(html: string): string {
  let title = "";
  for (let i = 0; i < html.length;) {
    const entity = html[i] === "&" ? decodeEntity(html, i) : undefined;
    title += entity?.value ?? html[i];
    i = entity?.end ?? i + 1;
  }
  return title.normalize("NFC").replace(/\s+/g, " ").trim();
}
