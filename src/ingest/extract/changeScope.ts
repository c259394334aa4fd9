import type { ChangeScope } from "../../domain.js";

// The words that name part of a document: its articles, clauses, points, sections,
// annexes, chapters, some of its content or procedures ("khoản 1 Điều 3", "một số
// điều", "Mục I Phần I Phụ lục II", "Quy trình nội bộ có số thứ tự 12").
const PART_OF =
  /(?<![\p{L}\p{M}])(?:Điều|điều|khoản|Khoản|điểm|Điểm|Mục|mục|Phần|Phụ\s+lục|phụ\s+lục|Chương|chương|một\s+phần|một\s+số|nội\s+dung|Quy\s+trình|quy\s+trình|thủ\s+tục|Thủ\s+tục|danh\s+mục|Danh\s+mục|tiết|Tiết)(?![\p{L}\p{M}])/u;

/**
 * How much of a document a repeal or replacement takes, from the words between its cue
 * and the citation ("Bãi bỏ [khoản 1 Điều 3] Nghị quyết số …"): some of its parts when
 * they name one ("toàn bộ nội dung" names all), else all of it.
 */
export function changeScope(between: string): ChangeScope {
  // "Bãi bỏ toàn bộ nội dung Quyết định số …" takes all of it.
  return PART_OF.test(between.replace(WHOLE_CONTENT, " ")) ? "PART" : "WHOLE";
}

const WHOLE_CONTENT = /toàn\s+bộ(?:\s+(?:nội\s+dung|văn\s+bản))?(?:\s+của)?/giu;
