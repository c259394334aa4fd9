/** "2024-03-12" + 30 days → "2024-04-11". */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days from one ISO day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "2024-03-12" → "12/3/2024", as texts print it in citations. */
export function shortDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${Number(d)}/${Number(m)}/${y}`;
}

/** "2024-03-12" → "ngày 12 tháng 3 năm 2024", as a preamble prints it. */
export function longDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `ngày ${Number(d)} tháng ${Number(m)} năm ${y}`;
}
