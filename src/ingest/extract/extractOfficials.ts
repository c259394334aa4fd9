import { readNameAt } from "./personNames.js";
import { readTitleAt, type TitleMatch } from "./readTitleAt.js";

/** A person named in a text, with the titles printed beside the name. */
export interface PersonMention {
  /** Span of the name. */
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** Titles in the order printed ("TUV, Bí thư Huyện ủy" → two). */
  readonly titles: readonly TitleMatch[];
  /** Span of the whole mention, titles included. */
  readonly spanStart: number;
  readonly spanEnd: number;
}

const CUE = /(?<![\p{L}\p{M}])(?:các\s+)?(?:đồng\s+chí|đ\s*\/\s*c|ông|bà)\s*:?\s+/giu;
const AFTER_NAME = /[ \t]*(?:[-–—,:(]|\n)[ \t]*|\s*\(\s*/uy;
const BETWEEN_TITLES = /\s*(?:,|;?\s*kiêm|[-–—])\s*|\s+kiêm\s+/uy;
// Words that can open a title printed before a name ("Chủ tịch UBND phường … Đào Thị
// Thu Hằng"); titles in running text are capitalised when they precede a name.
const TITLE_START =
  /(?<![\p{L}\p{M}])(?:Phó|Tổng|Thường|Bí|Chủ|Ủy|Uỷ|TUV|HUV|PBT|PCT|Tỉnh|Thành|Huyện|Thủ|Bộ|Thứ|Trưởng|Chánh|Giám|Chỉ|Chính|Thống|Viện|Vụ|Cục)(?![\p{L}\p{M}])/gu;

function readTitles(text: string, index: number): { titles: TitleMatch[]; end: number } {
  const titles: TitleMatch[] = [];
  let at = index;
  let end = index;
  for (;;) {
    const title = readTitleAt(text, at);
    if (!title) break;
    titles.push(title);
    end = title.end;
    BETWEEN_TITLES.lastIndex = end;
    const sep = BETWEEN_TITLES.exec(text);
    if (!sep) break;
    at = BETWEEN_TITLES.lastIndex;
  }
  return { titles, end };
}

function cuedPeople(text: string, start: number, end: number): PersonMention[] {
  const out: PersonMention[] = [];
  CUE.lastIndex = start;
  for (let m = CUE.exec(text); m && m.index < end; m = CUE.exec(text)) {
    const nameAt = m.index + m[0].length;
    const name = readNameAt(text, nameAt, false);
    if (!name) continue;
    AFTER_NAME.lastIndex = name.end;
    const sep = AFTER_NAME.exec(text);
    const { titles, end: titlesEnd } = sep
      ? readTitles(text, AFTER_NAME.lastIndex)
      : { titles: [], end: name.end };
    out.push({
      start: name.start,
      end: name.end,
      name: name.name,
      titles,
      spanStart: m.index,
      spanEnd: titles.length ? titlesEnd : name.end,
    });
    CUE.lastIndex = Math.max(name.end, titles.length ? titlesEnd : name.end);
  }
  return out;
}

function titledPeople(text: string, start: number, end: number): PersonMention[] {
  const out: PersonMention[] = [];
  TITLE_START.lastIndex = start;
  for (let m = TITLE_START.exec(text); m && m.index < end; m = TITLE_START.exec(text)) {
    const { titles, end: titlesEnd } = readTitles(text, m.index);
    if (!titles.length) continue;
    const gap = /^[ \t]*\n?[ \t]*/u.exec(text.slice(titlesEnd, titlesEnd + 8))?.[0].length ?? 0;
    const name = gap > 0 ? readNameAt(text, titlesEnd + gap, true) : undefined;
    if (!name) continue;
    out.push({
      start: name.start,
      end: name.end,
      name: name.name,
      titles,
      spanStart: m.index,
      spanEnd: name.end,
    });
    TITLE_START.lastIndex = name.end;
  }
  return out;
}

/**
 * People named in text[start, end) with their titles: after "đồng chí / Đ/c / ông / bà"
 * ("đồng chí Phan Việt Hưng - Bí thư Đảng ủy phường", "Đ/c K Thanh – TUV, Bí thư Huyện
 * ủy") and after a title ("Chủ tịch UBND phường Tương Mai Đào Thị Thu Hằng").
 */
export function extractOfficials(text: string, start = 0, end = text.length): PersonMention[] {
  const cued = cuedPeople(text, start, end);
  const titled = titledPeople(text, start, end).filter(
    (p) => !cued.some((c) => c.start === p.start),
  );
  return [...cued, ...titled].sort((a, b) => a.start - b.start);
}
