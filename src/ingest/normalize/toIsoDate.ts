const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;

// Vietnam keeps UTC+7 all year. A timestamp with a zone ("2020-02-02T23:55:00.000Z",
// as static-site generators store it) names the Vietnamese day it was published on
// (3 February), which is the date the article itself would print.
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/**
 * "2025-07-01 00:00:01", "2020-02-02T23:55:00Z", "13-09-2016", "02/07/2022" →
 * "yyyy-mm-dd". Numeric dates that do not put the year first are day-first, as
 * Vietnamese writes them. Undefined for anything else or an impossible date.
 */
export function toIsoDate(value: string): string | undefined {
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (zone !== undefined && hh !== undefined) {
      const local = Date.UTC(+y!, +m! - 1, +d!, +hh, +mm!, +(ss ?? 0));
      if (!isRealDate(+y!, +m!, +d!)) return undefined;
      const shifted = new Date(local + (VIETNAM_OFFSET_MINUTES - zoneMinutes(zone)) * 60_000);
      return shifted.toISOString().slice(0, 10);
    }
    return formatDate(+y!, +m!, +d!);
  }
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return formatDate(+yearFirst[1]!, +yearFirst[2]!, +yearFirst[3]!);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return formatDate(+dayFirst[3]!, +dayFirst[2]!, +dayFirst[1]!);
  return undefined;
}

function zoneMinutes(zone: string): number {
  if (zone === "Z") return 0;
  const sign = zone[0] === "-" ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

function formatDate(year: number, month: number, day: number): string | undefined {
  if (!isRealDate(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
