import { toIsoDate } from "./toIsoDate.js";

// "Ngày đăng 02/07/2022 | 09:20 | Lượt xem: 52" under the title of a news item, as
// ward and district portals print it.
const DATE_LINE =
  /^(?:Ngày đăng|Đăng ngày|Ngày xuất bản|Ngày đăng tin)\s*:?\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/iu;
// The header sits in the first lines: category, title, date.
const HEADER_LINES = 12;

/** The title and publication date a news item prints above its text, if it does. */
export function readNewsHeader(text: string): { title?: string; publishedAt?: string } {
  const lines = text.slice(0, 4000).split("\n").slice(0, HEADER_LINES);
  for (let i = 0; i < lines.length; i++) {
    const match = DATE_LINE.exec(lines[i]!);
    if (!match) continue;
    const publishedAt = toIsoDate(match[1]!);
    const title = lines
      .slice(0, i)
      .reverse()
      .find((line) => line.trim() !== "");
    return {
      ...(title !== undefined ? { title: title.trim() } : {}),
      ...(publishedAt !== undefined ? { publishedAt } : {}),
    };
  }
  return {};
}
