/** A run of an excerpt; `marked` runs name one end of the relation. */
export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

interface Match {
  start: number;
  end: number;
}

function findAll(sentence: string, term: string): Match[] {
  const matches: Match[] = [];
  if (!term) return matches;
  const haystack = sentence.toLocaleLowerCase("vi");
  const needle = term.toLocaleLowerCase("vi");
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    matches.push({ start: at, end: at + needle.length });
  }
  return matches;
}

/** Moves a cut to the nearest space inside the window, so no word is split. */
function snap(sentence: string, at: number, direction: 1 | -1): number {
  if (at <= 0 || at >= sentence.length) return Math.min(Math.max(at, 0), sentence.length);
  for (let i = at, steps = 0; i > 0 && i < sentence.length && steps < 24; i += direction, steps++) {
    if (sentence[i] === " ") return direction === 1 ? i + 1 : i;
  }
  return at;
}

/**
 * The part of a long evidence sentence that matters: a window of about `maxLength`
 * characters around the first term found (terms in order of preference), widened to the
 * other terms when they fit, cut at spaces with "…", and every term occurrence marked.
 * Sentences from news items run to a paragraph; the tooltip shows this, the panel all.
 */
export function excerptAround(
  sentence: string,
  terms: readonly string[],
  maxLength = 240,
): Segment[] {
  const matches = terms.flatMap((term) => findAll(sentence, term));
  let from = 0;
  let to = sentence.length;
  if (sentence.length > maxLength) {
    const anchor = matches[0] ?? { start: 0, end: 0 };
    let low = anchor.start;
    let high = anchor.end;
    for (const match of matches) {
      const lo = Math.min(low, match.start);
      const hi = Math.max(high, match.end);
      if (hi - lo <= maxLength) {
        low = lo;
        high = hi;
      }
    }
    const slack = Math.max(0, maxLength - (high - low));
    from = Math.max(0, low - Math.floor(slack / 2));
    to = Math.min(sentence.length, from + Math.max(maxLength, high - low));
    from = Math.max(0, to - maxLength);
    from = snap(sentence, from, 1);
    to = snap(sentence, to, -1);
  }
  const inside = matches
    .filter((match) => match.start >= from && match.end <= to)
    .sort((a, b) => a.start - b.start)
    .filter((match, index, all) => index === 0 || match.start >= (all[index - 1]?.end ?? 0));
  const segments: Segment[] = [];
  let at = from;
  for (const match of inside) {
    if (match.start > at) segments.push({ text: sentence.slice(at, match.start), marked: false });
    segments.push({ text: sentence.slice(match.start, match.end), marked: true });
    at = match.end;
  }
  if (to > at) segments.push({ text: sentence.slice(at, to), marked: false });
  if (from > 0) segments.unshift({ text: "…", marked: false });
  if (to < sentence.length) segments.push({ text: "…", marked: false });
  return segments;
}
