/** A span of the text: [start, end). */
export interface Range {
  readonly start: number;
  readonly end: number;
}

// Recipient lists ("Nơi nhận: - Bộ Chính trị; - Lưu: VT") name dozens of bodies the
// text says nothing about, and legal-database pages wrap a document in their own
// notices. Mentions read there would be noise, not facts of the text.
const RECIPIENTS_START = /^[ \t]*Nơi nhận(?![\p{L}\p{M}]).*$/gimu;
const RECIPIENTS_END = /^[ \t]*[-–]?[ \t]*Lưu(?![\p{L}\p{M}])/mu;
const ITEM_BREAK = /;[ \t]*-[ \t]/gu;
const KEEP_RECORD = /-[ \t]*Lưu(?![\p{L}\p{M}])/u;
const SITE_HEADER =
  /^[ \t]*Bản dịch này thuộc quyền sở hữu[\s\S]{0,3000}?Đang tải văn bản\.*[ \t]*$/mu;
const SITE_METADATA = /^[ \t]*Số hiệu:[\s\S]{0,1500}?Tình trạng:[^\n]*\n[^\n]*$/mu;
const SITE_FOOTER =
  /Văn bản này chưa cập nhật nội dung Tiếng Anh|^[ \t]*#*[ \t]*Văn bản liên quan[ \t]*$|^[ \t]*NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN[ \t]*$|FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN|Thưa Quý khách/mu;
const SITE_TITLE_LINE = /\n[^\n]{10,400}(?<![\p{L}\p{M}])ban hành[ \t]*\n?$/u;
const MAX_RECIPIENT_LINES = 2500;

/** Spans of a plain text (see plainText) whose mentions are not facts of the text. */
export function findBoilerplate(plain: string): Range[] {
  const ranges: Range[] = [];
  for (const m of plain.matchAll(RECIPIENTS_START)) {
    const start = m.index;
    const rest = plain.slice(start, start + MAX_RECIPIENT_LINES);
    const end = RECIPIENTS_END.exec(rest);
    const lineEnd = end ? rest.indexOf("\n", end.index) : -1;
    ranges.push({
      start,
      end: start + (end ? (lineEnd < 0 ? rest.length : lineEnd) : m[0].length),
    });
  }
  let lineStart = 0;
  while (lineStart < plain.length) {
    let lineEnd = plain.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = plain.length;
    const line = plain.slice(lineStart, lineEnd);
    if (KEEP_RECORD.test(line) && (line.match(ITEM_BREAK)?.length ?? 0) >= 3) {
      ranges.push({ start: lineStart, end: lineEnd });
    }
    lineStart = lineEnd + 1;
  }
  for (const pattern of [SITE_HEADER, SITE_METADATA]) {
    const m = pattern.exec(plain);
    if (m) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  const footer = SITE_FOOTER.exec(plain);
  if (footer) {
    let start = plain.lastIndexOf("\n", footer.index) + 1;
    const title = SITE_TITLE_LINE.exec(plain.slice(Math.max(0, start - 900), start));
    if (title) start -= plain.slice(Math.max(0, start - 900), start).length - title.index;
    ranges.push({ start, end: plain.length });
  }
  return mergeOverlapping(ranges);
}

function mergeOverlapping(ranges: Range[]): Range[] {
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges.sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
