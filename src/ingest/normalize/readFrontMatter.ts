import { toIsoDate } from "./toIsoDate.js";

/** Front matter at the top of a source: where the body starts, and what it said. */
export interface FrontMatter {
  /** Offset of the body; 0 when there is no front matter. */
  readonly end: number;
  readonly title?: string;
  readonly publishedAt?: string;
}

const OPENING = /^---[ \t]*([A-Za-z]*)[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
const DATE_KEYS = ["publishedAt", "published_at", "published", "datePublished", "pubDate", "date"];
// Front matter is a few dozen lines; a "---" further down is a rule, not a closing fence.
const MAX_LENGTH = 64 * 1024;

/**
 * Reads YAML front matter ("---" … "---", also "---json" with JSON inside, as
 * Metalsmith sites write it) or a JSON object opening the text.
 */
export function readFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (opening) {
    CLOSING.lastIndex = opening[0].length;
    const closing = CLOSING.exec(text);
    if (closing === null || closing.index > MAX_LENGTH) return { end: 0 };
    const inner = text.slice(opening[0].length, closing.index);
    const end = closing.index + closing[0].length;
    const fields =
      opening[1]!.toLowerCase() === "json" || inner.trimStart().startsWith("{")
        ? parseJsonObject(inner.trim())
        : parseYamlTopLevel(inner);
    // A text that opens with a Markdown rule is not front matter: its "fields" are prose.
    if (fields === undefined) return { end: 0 };
    return { end, ...pickMeta(fields) };
  }
  const start = text.length - text.trimStart().length;
  if (text[start] !== "{") return { end: 0 };
  const close = matchingBrace(text, start);
  if (close < 0) return { end: 0 };
  const fields = parseJsonObject(text.slice(start, close + 1));
  if (fields === undefined) return { end: 0 };
  const newline = /^[ \t]*\r?\n/.exec(text.slice(close + 1, close + 64));
  return { end: close + 1 + (newline ? newline[0].length : 0), ...pickMeta(fields) };
}

function pickMeta(fields: Record<string, unknown>): { title?: string; publishedAt?: string } {
  const meta: { title?: string; publishedAt?: string } = {};
  const title = fields["title"] ?? fields["Title"];
  if (typeof title === "string" && title.trim() !== "") {
    meta.title = title.normalize("NFC").replace(/\s+/g, " ").trim();
  }
  for (const key of DATE_KEYS) {
    const value = fields[key];
    const date = typeof value === "string" ? toIsoDate(value) : undefined;
    if (date !== undefined) {
      meta.publishedAt = date;
      break;
    }
  }
  return meta;
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Offset of the "}" closing the "{" at `start`, skipping strings; -1 if none. */
function matchingBrace(text: string, start: number): number {
  let depth = 0;
  const limit = Math.min(text.length, start + MAX_LENGTH);
  for (let i = start; i < limit; i++) {
    const char = text[i];
    if (char === '"') {
      for (i++; i < limit && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return i;
  }
  return -1;
}

const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;

/**
 * The top-level scalar keys of simple YAML: enough for title and date. Nested maps and
 * lists are skipped; block scalars (| and >) are joined. Undefined when a top-level
 * line is not "key: value", a comment or a list item: then it is not YAML.
 */
function parseYamlTopLevel(text: string): Record<string, unknown> | undefined {
  const fields: Record<string, unknown> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const match = KEY_VALUE.exec(line);
    if (!match) {
      if (/^\s|^#|^-\s|^$/.test(line)) continue;
      return undefined;
    }
    const raw = (match[2] ?? "").trim();
    if (raw === "|" || raw === ">" || raw === "|-" || raw === ">-") {
      const block: string[] = [];
      while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]!)) block.push(lines[++i]!.trim());
      fields[match[1]!] = block.join(raw.startsWith("|") ? "\n" : " ");
    } else if (raw !== "") {
      fields[match[1]!] = yamlScalar(raw);
    }
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}

function yamlScalar(raw: string): string {
  if (raw.startsWith('"')) {
    const close = raw.lastIndexOf('"');
    const quoted = close > 0 ? raw.slice(0, close + 1) : raw + '"';
    try {
      return String(JSON.parse(quoted));
    } catch {
      return quoted.slice(1, -1);
    }
  }
  if (raw.startsWith("'")) {
    const close = raw.lastIndexOf("'");
    return (close > 0 ? raw.slice(1, close) : raw.slice(1)).replace(/''/g, "'");
  }
  const comment = raw.search(/\s#/);
  return comment < 0 ? raw : raw.slice(0, comment).trimEnd();
}
