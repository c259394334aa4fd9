import { foldVietnamese } from "../../text/index.js";
import { documentKindByName, type DocumentKind } from "../../domain.js";
import { casedAlternatives } from "./casedAlternatives.js";

// The words a text writes before a document's number, longest first. Matched in any
// case: headers print them in capitals ("NGHỊ QUYẾT"), news sometimes in lower case.
export const KIND_WORDS = [
  "Chương trình hành động",
  "Thông tư liên tịch",
  "Kế hoạch hành động",
  "Thông báo kết luận",
  "Hiến pháp",
  "Bộ luật",
  "Pháp lệnh",
  "Nghị quyết",
  "Nghị định",
  "Quyết định",
  "Thông tư",
  "Thông tri",
  "Chỉ thị",
  "Kết luận",
  "Quy định",
  "Quy chế",
  "Quy trình",
  "Thông cáo",
  "Thông báo",
  "Hướng dẫn",
  "Chương trình",
  "Kế hoạch",
  "Phương án",
  "Đề án",
  "Dự án",
  "Báo cáo",
  "Biên bản",
  "Tờ trình",
  "Hợp đồng",
  "Công điện",
  "Giấy mời",
  "Công văn",
  "Văn bản",
  "Luật",
  "Lệnh",
] as const;

/** Regex source matching one kind word, words separated by any whitespace. */
export const KIND_WORD_SOURCE = KIND_WORDS.map((word) => word.replace(/ /g, "\\s+")).join("|");

/** The kind words in the cases texts print them, for case-sensitive (fast) scans. */
export const KIND_WORD_CASED = casedAlternatives(KIND_WORDS);

const SPECIAL: Readonly<Record<string, DocumentKind>> = {
  "thong bao ket luan": "NOTICE",
  "thong tu lien tich": "JOINT_CIRCULAR",
  "ke hoach hanh dong": "PLAN",
  "chuong trinh hanh dong": "PROGRAMME",
};

/**
 * The kind a kind word names ("Nghị quyết" → RESOLUTION). "Văn bản" names none: the
 * caller falls back to the code's symbol.
 */
export function kindOfWord(word: string): DocumentKind | undefined {
  const folded = foldVietnamese(word);
  if (folded === "van ban") return undefined;
  return SPECIAL[folded] ?? documentKindByName(word.replace(/\s+/g, " "));
}
