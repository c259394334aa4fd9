import type { DocumentRelationType, ImplementationKind } from "../../domain.js";

/** A phrase that relates the document it follows (or opens) to the documents after it. */
export interface CuePhrase {
  readonly type: DocumentRelationType;
  readonly implementationKind?: ImplementationKind;
  readonly pattern: RegExp;
  /** Words allowed between the cue and its first target ("một số điều của", "thi hành"). */
  readonly gap: RegExp;
  /** Whether later targets joined by ",", "và", ";" share the cue. */
  readonly lists: boolean;
}

const CUE_FLAGS = "iuy";
// Between a cue and its object: "một số điều (và biện pháp thi hành) của", "khoản 1
// Điều 1 của", "… ban hành kèm theo" — never another clause.
const DETAIL_GAP = new RegExp(
  "^(?:\\s+(?:về\\s+[^;.]{0,80}?\\s+và\\s+)?(?:" +
    [
      "một\\s+số\\s+(?:điều|nội\\s+dung)",
      "và\\s+biện\\s+pháp(?:\\s+để)?(?:\\s+tổ\\s+chức,?)?(?:\\s+hướng\\s+dẫn)?\\s+thi\\s+hành",
      "biện\\s+pháp\\s+thi\\s+hành",
      "và\\s+hướng\\s+dẫn\\s+thi\\s+hành",
      "thi\\s+hành",
      "của",
      "các",
      "việc",
      "khoản\\s+\\d+",
      "điểm\\s+\\p{L}",
      "Điều\\s+\\d+\\p{L}?",
    ].join("|") +
    "),?){0,8}\\s*$",
  "iu",
);
const SHORT_GAP =
  /^(?:\s+(?:việc|các|toàn\s+bộ|nội\s+dung|một\s+số\s+nội\s+dung\s+của|của))*\s*$/iu;
const AMEND_GAP =
  /^(?:\s+(?:một\s+số\s+(?:điều|nội\s+dung)|toàn\s+bộ|nội\s+dung|điều|phụ\s+lục|khoản\s+\d+\p{L}?|điểm\s+\p{L}|Điều\s+\d+\p{L}?|của|các|và|tại|bảng|danh\s+mục|mẫu|biểu|kỹ\s+thuật)|,|[^;.]{0,160}?\s+ban\s+hành(?:\s+kèm)?\s+theo){0,10}\s*$/iu;

function cue(
  source: string,
  type: DocumentRelationType,
  gap: RegExp,
  lists: boolean,
  implementationKind?: ImplementationKind,
): CuePhrase {
  return {
    type,
    pattern: new RegExp(`(?:${source})(?![\\p{L}\\p{M}])`, CUE_FLAGS),
    gap,
    lists,
    ...(implementationKind ? { implementationKind } : {}),
  };
}

/**
 * Trích yếu openings that make the cited document carry out, detail, guide, amend,
 * replace or repeal the documents they name ("về tổ chức thực hiện Nghị định số …",
 * "quy định chi tiết … thi hành Nghị quyết số …", "sửa đổi, bổ sung … Nghị định số …").
 */
export const TITLE_CUES: readonly CuePhrase[] = [
  cue("quy\\s+định\\s+chi\\s+tiết", "IMPLEMENTS", DETAIL_GAP, false, "DETAILS"),
  cue(
    "hướng\\s+dẫn(?:\\s+(?:thi\\s+hành|thực\\s+hiện))?",
    "IMPLEMENTS",
    DETAIL_GAP,
    false,
    "GUIDES",
  ),
  cue(
    "(?:về\\s+)?(?:việc\\s+)?(?:tiếp\\s+tục\\s+)?(?:tổ\\s+chức\\s+|triển\\s+khai\\s+)?(?:thực\\s+hiện|thi\\s+hành)|(?:về\\s+)?(?:việc\\s+)?triển\\s+khai(?:\\s+thực\\s+hiện)?",
    "IMPLEMENTS",
    SHORT_GAP,
    true,
    "IMPLEMENTS",
  ),
  // "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW",
  // "Sửa đổi, bổ sung, cập nhật Kế hoạch … triển khai …": the document issuing or
  // updating a plan is the plan, so it carries out what the plan does; a plan to
  // inspect, supervise or review an implementation does not.
  cue(
    "(?:về\\s+(?:việc\\s+)?)?(?:(?:phê\\s+duyệt\\s+(?:và\\s+)?)?ban\\s+hành|phê\\s+duyệt|sửa\\s+đổi,?\\s+bổ\\s+sung,?\\s+cập\\s+nhật)\\s+" +
      "(?:Kế\\s+hoạch|Chương\\s+trình|Đề\\s+án|Phương\\s+án)" +
      '(?:\\s+(?!kiểm\\s+tra|giám\\s+sát|sơ\\s+kết|tổng\\s+kết|đánh\\s+giá)[^\\s,;.:“”"]+){0,14}?' +
      "\\s+(?:tổ\\s+chức\\s+|triển\\s+khai\\s+)?(?:thực\\s+hiện|triển\\s+khai|thi\\s+hành)",
    "IMPLEMENTS",
    SHORT_GAP,
    true,
    "IMPLEMENTS",
  ),
  cue(
    "(?:về\\s+(?:việc\\s+)?)?sửa\\s+đổi(?:,?\\s+bổ\\s+sung)?(?!,?\\s+bãi\\s+bỏ)",
    "AMENDS",
    AMEND_GAP,
    false,
  ),
  cue("(?:về\\s+(?:việc\\s+)?)?bãi\\s+bỏ", "REPEALS", AMEND_GAP, true),
  cue("(?:về\\s+(?:việc\\s+)?)?thay\\s+thế", "REPLACES", SHORT_GAP, true),
];

/** Sentence openings whose objects the sentence's product implements or is based on. */
export const OPENING_CUE =
  /^\s*(?:[-+•]\s*)?(?:\d{1,2}[.)]\s*)?(Thực\s+hiện|Triển\s+khai(?:\s+thực\s+hiện)?|Để\s+(?:triển\s+khai|thực\s+hiện|cụ\s+thể\s+hóa)(?:\s+thực\s+hiện)?|Tiếp\s+tục\s+(?:thực\s+hiện|triển\s+khai)|Căn\s+cứ(?:\s+vào)?|Trên\s+cơ\s+sở)\s+/iu;

/** "… được sửa đổi, bổ sung bởi Luật số …": the following documents amend the one before. */
export const PASSIVE_CHANGE =
  /(?:đã\s+)?được\s+(sửa\s+đổi,?\s*bổ\s+sung|sửa\s+đổi|bổ\s+sung|thay\s+thế)(?:\s+một\s+số\s+điều)?(?:\s+năm\s+\d{4})?\s+(?:bởi|tại|theo)\s+/giu;

/** Joins list items sharing a cue: ", ", " và ", "; " and "; Các Công điện: số …". */
export const LIST_JOINER =
  /^[\s”"’)*]*(?:(?:,|;|và|,\s*và)\s*)?(?:(?:các|Các)\s+[\p{L}\s]{2,30}:\s*)?(?:số\s*)?$/u;
