import type { ChangeScope } from "../../domain.js";

// The words that name part of a document: its articles, clauses, points, sections,
// annexes, chapters, some of its content or procedures ("khoản 1 Điều 3", "một số
// điều", "Mục I Phần I Phụ lục II", "Quy trình nội bộ có số thứ tự 12").
const PART_OF =
  /(?<![\p{L}\p{M}])(?:điều|khoản|điểm|mục|phụ\s+lục|chương|(?<!chi\s)tiết|một\s+(?:số|phần)|nội\s+dung|quy\s+trình|thủ\s+tục|danh\s+mục)(?![\p{L}\p{M}])/iu;
// A document's part ("Mục I Phần I"), capitalised: "tỷ lệ phần trăm" in a title is none.
const PART_HEADING = /(?<![\p{L}\p{M}])Phần(?![\p{L}\p{M}])/u;
// "Bãi bỏ toàn bộ nội dung Quyết định số …" takes all of it.
const WHOLE_CONTENT = /toàn\s+bộ(?:\s+(?:nội\s+dung|văn\s+bản))?(?:\s+của)?/giu;

/**
 * How much of a document a repeal or replacement takes, from the words between its cue
 * and the citation ("Bãi bỏ [khoản 1 Điều 3] Nghị quyết số …"): some of its parts when
 * they name one ("toàn bộ nội dung" names all), else all of it.
 */
export function changeScope(between: string): ChangeScope {
  const words = between.replace(WHOLE_CONTENT, " ");
  return PART_OF.test(words) || PART_HEADING.test(words) ? "PART" : "WHOLE";
}
