/** A date as a text writes it, read at a known position. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly day: number;
  readonly month: number;
  /** Absent when the text leaves it to the reader ("chiều ngày 30/6"). */
  readonly year?: number;
}

const PART_OF_DAY = "(?:(?:sáng|chiều|tối|trưa|đêm|cuối chiều)\\s+)?";
const NUMERIC = new RegExp(
  `${PART_OF_DAY}(?:(?:ngày|hôm)\\s+)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{4}))?(?![\\d/.-]*\\d)`,
  "iuy",
);
const WORDED = new RegExp(
  `${PART_OF_DAY}(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:,\\s*)?năm\\s+(\\d{4}))?`,
  "iuy",
);
// Where a date may start in running text: "ngày …", "sáng …", or a full d/m/yyyy.
const DATE_START =
  /(?<![\p{L}\d])(?:(?:sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?|ngày\s+|hôm\s+)?\d{1,2}(?=\s*[/.-]\s*\d{1,2}|\s+tháng\s+\d)/giu;
const CUE = /^(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)/iu;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar day ("31/2/2021" is not one). */
export function isCalendarDate(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year ?? 2000, month);
}

/**
 * Reads a date starting exactly at `index`: "ngày 22/4/2021", "22-4-2021",
 * "ngày 22 tháng 4 năm 2021", "chiều ngày 30/6". Returns undefined for anything else,
 * including impossible days ("ngày 31/2/2021").
 */
export function readDateAt(text: string, index: number): DateMention | undefined {
  for (const pattern of [WORDED, NUMERIC]) {
    pattern.lastIndex = index;
    const m = pattern.exec(text);
    if (!m) continue;
    const day = Number(m[1]);
    const month = Number(pattern === WORDED ? m[2] : m[3]);
    const yearText = pattern === WORDED ? m[3] : m[4];
    const year = yearText ? Number(yearText) : undefined;
    if (year !== undefined && (year < 1900 || year > 2100)) return undefined;
    if (!isCalendarDate(year, month, day)) return undefined;
    // A bare "30/6" is a date only after "ngày"/"sáng…"; otherwise it is a ratio.
    if (year === undefined && !CUE.test(m[0])) return undefined;
    return { start: index, end: index + m[0].length, day, month, year };
  }
  return undefined;
}

/** Every date mention in text[start, end). */
export function findDates(text: string, start = 0, end = text.length): DateMention[] {
  const out: DateMention[] = [];
  const window = text.slice(start, end);
  for (const m of window.matchAll(DATE_START)) {
    const date = readDateAt(text, start + m.index);
    if (date && date.end <= end) out.push(date);
  }
  return out;
}

/** "2021-04-22"; a date without year takes the publication's, or the year before. */
export function isoDate(date: DateMention, publishedAt?: string): string | undefined {
  let year = date.year;
  if (year === undefined) {
    const published = publishedAt?.match(/^(\d{4})-(\d{2})-(\d{2})/);
    if (!published) return undefined;
    year = Number(published[1]);
    const later =
      date.month > Number(published[2]) + 0 ||
      (date.month === Number(published[2]) && date.day > Number(published[3]) + 7);
    if (later) year -= 1;
    if (!isCalendarDate(year, date.month, date.day)) return undefined;
  }
  return `${year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}
