import { casedAlternatives } from "./casedAlternatives.js";
import { readBodyAt, type BodyMatch } from "./readBodyAt.js";

// Words a body's name can start with; a cheap scan finds where to try the grammar.
const HEAD_START = new RegExp(
  `(?<![\\p{L}\\p{M}\\d/-])(?:${casedAlternatives(
    "Ban BCH Bộ Văn Ủy Uỷ Quân Đảng Tỉnh Thành Huyện Quận Thị UB MTTQ Mặt Thường Hội HĐND Thủ Thanh Chính Quốc Ngân Kiểm Tòa Toà Viện Bảo Công Sở Phòng Đoàn Liên Vụ Cục".split(
      " ",
    ),
  )})`,
  "gu",
);

/** Every body name in text[start, end), in order, without overlaps. */
export function extractBodies(text: string, start = 0, end = text.length): BodyMatch[] {
  const out: BodyMatch[] = [];
  HEAD_START.lastIndex = start;
  for (let m = HEAD_START.exec(text); m && m.index < end; m = HEAD_START.exec(text)) {
    const body = readBodyAt(text, m.index);
    if (!body || body.end > end) continue;
    out.push(body);
    HEAD_START.lastIndex = body.end;
  }
  return out;
}
