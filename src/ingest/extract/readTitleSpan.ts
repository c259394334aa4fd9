import { isInCapitals } from "../../text/index.js";
import { withoutEnactingAuthority } from "./readTrichYeu.js";
import { recaseCapitals } from "./recaseLikeText.js";

/** A trích yếu as printed after a citation. */
export interface TitleSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Words a trích yếu starts with: "về …", "V/v …", "quy định …", "sửa đổi, bổ sung …".
const CUE =
  /(?:V\/v|về|quy\s+định|hướng\s+dẫn|ban\s+hành|sửa\s+đổi|bãi\s+bỏ|bổ\s+sung|phê\s+duyệt|thông\s+qua|thực\s+hiện|tổ\s+chức|triển\s+khai|kết\s+luận|thành\s+lập|công\s+bố|phân\s+cấp|điều\s+chỉnh|tiếp\s+tục|cho\s+phép|sắp\s+xếp|chỉ\s+đạo)(?![\p{L}\p{M}])/iuy;
const LEAD = /[ \t\n,:]*(?:[-–][ \t]*)?/uy;
const OPENING = /[“"‘][ \t\n]*/uy;
const CLOSING = /[”"’]/u;
// Long enough for the longest trích yếu the corpus cites (62/2024/NĐ-CP's, 480 characters):
// a title that reaches it found no end of its own and is shown cut, with an ellipsis.
const MAX_TITLE = 600;
// A body taking the floor after a comma starts the sentence's main clause: "Thực hiện Kế
// hoạch số 24/KH-UBND … trong kỷ nguyên mới, UBND tỉnh ban hành Kế hoạch …"; so does an
// official giving an opinion ("Xét đề nghị … tại Tờ trình số 226/TTr-BKHCN … về thành lập
// …, Phó Thủ tướng Chính phủ Nguyễn Chí Dũng có ý kiến như sau"), where an official named
// after a comma may otherwise be the title's own apposition ("Kết luận của đồng chí Nguyễn
// Tri Thức, Thứ trưởng Bộ Y tế tại cuộc họp về triển khai …"). So does a purpose clause
// (", để chủ động chuẩn bị …").
const NEW_CLAUSE = new RegExp(
  "^\\s+(?:(?:Ủy ban|UBND|HĐND|Hội đồng|Ban|Bộ|Sở|Đảng ủy|Tỉnh ủy|Thành ủy|Huyện ủy|Chính phủ|Thủ tướng|Quốc hội)(?:\\s+[\\p{L}\\p{M}.]+){0,8}?\\s+(?:quyết định|ban hành|xây dựng|thống nhất|chỉ đạo|yêu cầu|đề nghị|hướng dẫn|triển khai)" +
    "|(?:Phó Thủ tướng|Thủ tướng|Bộ trưởng|Thứ trưởng|Phó Chủ tịch|Chủ tịch)(?:\\s+[\\p{L}\\p{M}.]+){0,8}?\\s+(?:có ý kiến|đồng ý)" +
    "|để)(?![\\p{L}\\p{M}])",
  "u",
);
const LEAD_IN = /^\s+\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,2}\s*:/u;
const BLOCK_START = /^\s*(?:[-+•]\s|\d+[.)]\s|Điều\s+\d|[IVX]+\.\s)/u;
// What a citation goes on to say of the cited text is not part of its name: what amended
// it since ("… khi Nhà nước thu hồi đất được sửa đổi, bổ sung bởi Nghị định số
// 226/2025/NĐ-CP"), when it took or loses effect (", có hiệu lực kể từ ngày 01 tháng 8
// năm 2024", "hết hiệu lực kể từ ngày Quyết định này có hiệu lực"). "công bố thủ tục
// hành chính được sửa đổi, bổ sung trong lĩnh vực …" names no amending text and stays. Nor
// is the short name the text will use for it ("(sau đây viết tắt là Nghị định số
// 267/2025/NĐ-CP)", "(sau đây gọi tắt là Nghị quyết 347)").
const IN_EFFECT = "hiệu\\s+lực(?:\\s+thi\\s+hành)?\\s+(?:kể\\s+)?từ\\s+ngày";
const SAID_OF_IT = new RegExp(
  `[\\s,]*\\(?(?:đã\\s+)?được\\s+(?:sửa\\s+đổi,?\\s*bổ\\s+sung(?:\\s+cập\\s+nhật)?|sửa\\s+đổi|bổ\\s+sung|thay\\s+thế)(?:\\s+một\\s+số\\s+điều)?(?:\\s+năm\\s+\\d{4})?\\s+(?:bởi|tại|theo)(?![\\p{L}\\p{M}])` +
    `|\\s+hết\\s+${IN_EFFECT}|\\s*(?:,|\\s+và)\\s+có\\s+${IN_EFFECT}` +
    `|[\\s,]*\\(?\\s*sau\\s+đây\\s+(?:được\\s+)?(?:gọi|viết)(?:\\s+(?:tắt|gọn|chung))?\\s+là(?![\\p{L}\\p{M}])`,
  "u",
);

/**
 * Where a trích yếu that opened without a quote ends: at the end of its clause, or at a
 * closing quote or parenthesis it did not open, which closes a quotation or an aside
 * around the citation itself (“về tổ chức thực hiện …; Kế hoạch số 100/KH-UBND … về thí
 * điểm …”, "(Quyết định số 923/QĐ-TTg ban hành Kế hoạch …)").
 */
function plainEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_TITLE);
  let curlyOpen = 0;
  let straightOpen = false;
  let parenthesesOpen = 0;
  for (let i = start; i < limit; i++) {
    const ch = text[i];
    if (ch === "(") parenthesesOpen++;
    else if (ch === ")") {
      if (parenthesesOpen === 0) return i;
      parenthesesOpen--;
    }
    if (ch === "“") curlyOpen++;
    else if (ch === "”") {
      if (curlyOpen === 0) return i;
      curlyOpen--;
    } else if (ch === '"') {
      // A straight quote after a space opens a quotation; right after a word it closes one.
      if (straightOpen) straightOpen = false;
      else if (i > start && !/\s/u.test(text[i - 1] ?? "")) return i;
      else straightOpen = true;
    }
    if (ch === ";" || (ch === "," && NEW_CLAUSE.test(text.slice(i + 1, i + 120)))) return i;
    // ", Kết luận:" opens what the text goes on to quote.
    if (ch === "," && LEAD_IN.test(text.slice(i + 1, i + 40))) return i;
    if (ch === "\n" && (text[i + 1] === "\n" || BLOCK_START.test(text.slice(i + 1, i + 12))))
      return i;
    if (
      (ch === "." || ch === "!" || ch === "?") &&
      /^\s+["“(]?\p{Lu}|^\s*$|^\s+[a-zđ]\)|^\s+\(\d+\)/u.test(text.slice(i + 1, i + 6))
    )
      return i;
  }
  return limit;
}

/**
 * The length of a title printed in capitals (a heading naming the text it carries out),
 * which ends where the text goes on in mixed case: "THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW
 * Ngày 28 tháng 11 năm 2025, tại …". A code's lower case ("1899/QĐ-TTg") is no such end.
 */
function capitalsLength(span: string): number {
  const words = [...span.matchAll(/\S+/gu)];
  const opening = words.slice(0, 2).map((w) => w[0]);
  if (opening.length < 2 || !opening.every((w) => isInCapitals(w))) return span.length;
  const mixed = words.find((w) => /\p{Ll}/u.test(w[0]) && !/[\d/]/u.test(w[0]));
  return mixed ? (mixed.index ?? span.length) : span.length;
}

/**
 * Reads the trích yếu that follows a citation at `index`, if one does: quoted
 * (“về tổ chức thực hiện …”) or opened by a cue word ("về", "quy định", "sửa đổi,
 * bổ sung", …) and running to the closing quote or the end of the clause.
 */
export function readTitleSpan(text: string, index: number): TitleSpan | undefined {
  LEAD.lastIndex = index;
  const lead = LEAD.exec(text);
  let start = index + (lead?.[0].length ?? 0);
  OPENING.lastIndex = start;
  const quote = OPENING.exec(text);
  let end: number;
  if (quote) {
    start += quote[0].length;
    const close = text.slice(start, start + MAX_TITLE * 2).search(CLOSING);
    end = close < 0 ? plainEnd(text, start) : start + close;
  } else {
    CUE.lastIndex = start;
    if (!CUE.exec(text)) return undefined;
    end = plainEnd(text, start);
  }
  return printedTitle(text, start, end, end === start + MAX_TITLE);
}

/**
 * The trích yếu printed in text[start, end) as a title: one line, capitals recased, the
 * sentence's own punctuation, "như sau" and what is said of the text (SAID_OF_IT) left
 * out, the first letter a capital. Undefined when what is left names nothing.
 */
export function printedTitle(
  text: string,
  start: number,
  end: number,
  endless = false,
): TitleSpan | undefined {
  const capitals = capitalsLength(text.slice(start, end));
  // A heading's title in capitals may run on into the enacting authority's line.
  const cut =
    start + withoutEnactingAuthority(text.slice(start, start + capitals), text, start + capitals);
  // The sentence's own full stop or colon is not part of the title, nor its "như sau"
  // ("… về các chức danh được tổ chức Lễ Quốc tang như sau:").
  const span = text.slice(start, cut);
  const said = span.search(SAID_OF_IT);
  // A span that found no end of its own stops at a whole word, and says it was cut.
  const unended = endless && said < 0 && cut === end;
  const kept = said >= 0 ? span.slice(0, said) : unended ? span.replace(/\s*\S*$/u, "") : span;
  const printed = kept
    .replace(/\s+/gu, " ")
    .replace(/[\s.,:;]+$/u, "")
    .replace(/\s+như sau$/u, "")
    .trim();
  // "Về vấn đề này, Chính phủ đã …" after a citation refers back; it is no title.
  if (printed.length < 3 || /^về (?:vấn đề|việc) (?:này|đó|trên)$/iu.test(printed))
    return undefined;
  const recased = isInCapitals(printed) ? recaseCapitals(printed, text, cut) : printed;
  const title = unended ? `${recased} …` : recased;
  return { start, end: cut, text: title.charAt(0).toLocaleUpperCase("vi") + title.slice(1) };
}
