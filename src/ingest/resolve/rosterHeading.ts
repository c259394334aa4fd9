import type { BodyMatch } from "../extract/index.js";
import { spanIndex } from "../extract/index.js";

const ITEM = /^[ \t]*(?:[-+•*]|$)/u;
const HEADING = /^[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)][ \t]+/u;
const LOOK_BACK = 3000;

/**
 * The body a roster's heading names, for a line of the roster at `at`: "2. Hội đồng
 * Nhân dân phường:" above "- Đồng chí … – Trưởng Ban Văn hoá – Xã hội", "6. Ban chỉ huy
 * Quân sự phường" above "- Đồng chí … – Chỉ huy trưởng BCH Quân sự". The heading is
 * the first line above that is neither an item ("- …") nor blank, and must be a number
 * and a body's name alone (a numbered line naming a person is an item of its own).
 */
export function rosterHeadingBody(
  text: string,
  bodies: readonly BodyMatch[],
  at: number,
): BodyMatch | undefined {
  let lineEnd = text.lastIndexOf("\n", at - 1);
  const floor = Math.max(0, at - LOOK_BACK);
  while (lineEnd > floor) {
    const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    if (!ITEM.test(line)) {
      const numbered = HEADING.exec(line);
      if (!numbered) return undefined;
      const first = bodies[spanIndex(bodies, lineStart, (b) => b.start)];
      const alone =
        first?.start === lineStart + numbered[0].length &&
        /^[\s:.]*$/u.test(text.slice(first.end, lineEnd));
      return first && alone && !first.generic ? first : undefined;
    }
    lineEnd = lineStart - 1;
  }
  return undefined;
}
