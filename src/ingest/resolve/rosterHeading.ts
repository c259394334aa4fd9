import type { BodyMatch } from "../extract/index.js";
import { readLevelAt, spanIndex } from "../extract/index.js";

/** What a roster's heading says about the officials listed under it. */
export interface RosterHeading {
  /** "2. Hội đồng Nhân dân phường:": the body every title below is held in. */
  readonly body?: BodyMatch;
  /** "Lãnh đạo phường Tương Mai:": the place of every body named below without one. */
  readonly levelWord?: string;
  readonly place?: string;
}

const BLANK = /^[ \t]*$/u;
const INDENT = /^[ \t]*/u;
const MARK = /^[ \t]*(?:[-+•*][ \t]*)?/u;
const NUMBERED = /^[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)][ \t]+/u;
const LEAD_IN = /:[ \t*]*$/u;
const LEVEL_START =
  /(?<![\p{L}\p{M}])(?=(?:xã|phường|thị trấn|quận|huyện|thị xã|tỉnh|thành phố)\s)/giu;
const LOOK_BACK = 3000;

/**
 * The heading of the roster line at `at`: the first line above, less indented or not a
 * list item, that is numbered ("2. Hội đồng Nhân dân phường:", "6. Ban chỉ huy Quân
 * sự phường") or leads in with a colon ("* **Lãnh đạo phường Tương Mai**:"). A numbered
 * line is a heading only when it is a body's name alone: "1. Đồng chí Tô Lâm, …" is an
 * item of its own.
 */
export function rosterHeading(
  text: string,
  bodies: readonly BodyMatch[],
  at: number,
): RosterHeading | undefined {
  const ownStart = text.lastIndexOf("\n", at - 1) + 1;
  const ownIndent = INDENT.exec(text.slice(ownStart, at))?.[0].length ?? 0;
  const floor = Math.max(0, at - LOOK_BACK);
  let lineEnd = ownStart - 1;
  while (lineEnd > floor) {
    const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    lineEnd = lineStart - 1;
    if (BLANK.test(line)) continue;
    const indent = INDENT.exec(line)?.[0].length ?? 0;
    const item = /^[ \t]*[-+•*]/u.test(line);
    if (item && indent >= ownIndent && !LEAD_IN.test(line)) continue;
    const numbered = NUMBERED.exec(line);
    if (numbered)
      return numberedHeading(text, bodies, lineStart, lineStart + line.length, numbered[0].length);
    return LEAD_IN.test(line) ? placeHeading(line) : undefined;
  }
  return undefined;
}

function numberedHeading(
  text: string,
  bodies: readonly BodyMatch[],
  lineStart: number,
  lineEnd: number,
  prefix: number,
): RosterHeading | undefined {
  const first = bodies[spanIndex(bodies, lineStart, (b) => b.start)];
  const alone =
    first?.start === lineStart + prefix && /^[\s:.]*$/u.test(text.slice(first.end, lineEnd));
  return first && alone && !first.generic ? { body: first } : undefined;
}

function placeHeading(line: string): RosterHeading | undefined {
  const words = line.slice(MARK.exec(line)?.[0].length ?? 0).replace(/\*+/gu, "");
  for (const m of words.matchAll(LEVEL_START)) {
    const level = readLevelAt(` ${words.slice(m.index)}`, 0);
    if (level?.levelWord && level.place) return { levelWord: level.levelWord, place: level.place };
  }
  return undefined;
}
