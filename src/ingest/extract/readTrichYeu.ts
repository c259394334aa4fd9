import { isInCapitals } from "../../text/index.js";
import { foldSameLength } from "./foldSameLength.js";
import { recaseCapitals } from "./recaseLikeText.js";

// A line that ends the trích yếu: the preamble ("Căn cứ …", also as a list item "- Căn
// cứ …"), the opening of the text, a rule, or the enacting authority in capitals.
const AFTER_TITLE =
  /^(?:[-–+•]\s*)?(?:Căn cứ|Thực hiện|Theo|Xét|Để|Hội nghị|Tại|Ngày|Chiều|Sáng|Trên cơ sở|Sau khi|Trong|Nhằm|Qua|Năm|Thời gian|I\.|1\.|[-–_=*]{3,})/u;
const AUTHORITY =
  /^(?:ỦY|UỶ|CHÍNH PHỦ|THỦ TƯỚNG|BỘ TRƯỞNG|CHỦ TỊCH|HỘI ĐỒNG|TRƯỞNG BAN|BAN |QUỐC HỘI|TỔNG|THỐNG ĐỐC|CHÁNH|GIÁM ĐỐC|BỘ |BAN CHẤP HÀNH)/u;
const SPEAKS = "(?:điện|quyết định|quyết nghị|ban hành|chỉ thị)(?![\\p{L}\\p{M}])";
/** The issuer taking the floor in mixed case: "THỦ TƯỚNG CHÍNH PHỦ điện:". */
const AUTHORITY_SPEAKS = new RegExp(`${AUTHORITY.source}[\\p{Lu}\\s,]*\\s${SPEAKS}`, "u");
const SPEAKING = new RegExp(`^${SPEAKS}`, "u");

/**
 * Reads the trích yếu below a header's kind line ("QUYẾT ĐỊNH" / "Về việc …"), from
 * `from` to the preamble, the opening of the text or the enacting authority. A trích yếu
 * printed in capitals is given the case the text prints it in, or else sentence case
 * with the names and acronyms the text capitalises.
 */
export function readTrichYeu(
  plain: string,
  from: number,
): { start: number; end: number; title: string } | undefined {
  const span = readTitle(plain, from);
  if (!span) return undefined;
  const printed = plain.slice(span.start, span.end).replace(/\s+/gu, " ").trim();
  // A note in mixed case may follow the capitals: "QUY ĐỊNH … HÀ NỘI (Thực hiện điểm a
  // khoản 2 Điều 28 Luật Thủ đô …)". The capitals are recased all the same.
  const note = /\s*\([^()]*\)$/u.exec(printed);
  const head = note && /\p{Ll}/u.test(note[0]) ? printed.slice(0, note.index) : printed;
  const title = isInCapitals(head)
    ? (printedCase(plain, foldSameLength(plain.slice(0, span.end + 30000)), head, span.end) ??
        recaseCapitals(head, plain, span.end)) + printed.slice(head.length)
    : printed;
  return { ...span, title: title.charAt(0).toLocaleUpperCase("vi") + title.slice(1) };
}

function readTitle(plain: string, from: number): { start: number; end: number } | undefined {
  let pos = from;
  let start = -1;
  let end = from;
  const limit = Math.min(plain.length, from + 900);
  while (pos < limit) {
    let lineEnd = plain.indexOf("\n", pos);
    if (lineEnd < 0) lineEnd = plain.length;
    const line = plain.slice(pos, lineEnd).trim();
    if (line) {
      // The authority may be broken across lines ("THỦ\nTƯỚNG CHÍNH PHỦ điện:").
      const ahead = plain.slice(pos, lineEnd + 80).replace(/\s+/gu, " ");
      if (
        start >= 0 &&
        (AFTER_TITLE.test(line) ||
          (isInCapitals(line) && AUTHORITY.test(line)) ||
          AUTHORITY_SPEAKS.test(ahead))
      )
        break;
      // A source's layout may have run the title's last line into the preamble or the
      // authority's words: "… NHỮNG NĂM TIẾP THEO Căn cứ Luật …", "… TIẾP THEO THỦ TƯỚNG
      // CHÍNH PHỦ điện:".
      const runIn = capitalsRunInto(line);
      if (runIn !== undefined && (start < 0 || isInCapitals(plain.slice(start, end)))) {
        const lineStart = pos + plain.slice(pos, lineEnd).indexOf(line);
        if (start < 0) start = lineStart;
        end = lineStart + runIn;
        break;
      }
      // An upper-case trích yếu ends where the text goes on in lower case (a consolidated
      // text's "Thông tư số 09/2025/TT-BCT … được sửa đổi, bổ sung bởi:"), but not at a
      // year ("2025-2026") or a parenthesis ("(thực hiện khoản 1 Điều 33 Luật Thủ đô)").
      if (
        start >= 0 &&
        /\p{Ll}/u.test(line) &&
        !line.startsWith("(") &&
        isInCapitals(plain.slice(start, end))
      ) {
        // A year the line starts with still closes the title ("NĂM HỌC\n2025-2026 Căn cứ …").
        const year = /^\d[\d\s–-]*\d(?=\s)/u.exec(line);
        if (year) end = plain.indexOf(year[0], pos) + year[0].length;
        break;
      }
      if (start < 0 && AFTER_TITLE.test(line) && !/^(?:Về|V\/v)/iu.test(line)) break;
      if (start < 0)
        start =
          pos + (plain.slice(pos, lineEnd).length - plain.slice(pos, lineEnd).trimStart().length);
      end = pos + plain.slice(pos, lineEnd).trimEnd().length;
      if (!isInCapitals(line) && /[.;:]$/u.test(line)) break;
    }
    pos = lineEnd + 1;
  }
  if (start < 0 || end <= start) return undefined;
  return { start, end: start + withoutEnactingAuthority(plain.slice(start, end), plain, end) };
}

// Where an enacting authority may start, the authorities themselves, and the words that
// make a body part of a title instead ("… CỦA ỦY BAN NHÂN DÂN TỈNH").
// The words of one may be on two lines ("… TRUNG BỘ THỦ\nTƯỚNG CHÍNH PHỦ điện:").
const AUTHORITY_START = new RegExp(
  `\\s(?:${[
    "CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "ỦY BAN",
    "UỶ BAN",
    "HỘI ĐỒNG",
    "PHÓ THỦ TƯỚNG",
    "THỦ TƯỚNG",
    "CHÍNH PHỦ",
    "BỘ TRƯỞNG",
    "CỤC TRƯỞNG",
    "TỔNG GIÁM ĐỐC",
    "GIÁM ĐỐC",
  ]
    .map((words) => words.replace(/ /gu, "\\s+"))
    .join("|")})(?![\\p{L}\\p{M}])`,
  "gu",
);
const NAME = "(?: [\\p{Lu}\\p{M}]+)";
const ENACTING = new RegExp(
  [
    `(?:(?:PHÓ )?CHỦ TỊCH )?(?:ỦY|UỶ) BAN NHÂN DÂN(?: (?:TỈNH|THÀNH PHỐ|QUẬN|HUYỆN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU)${NAME}{0,4})?`,
    `HỘI ĐỒNG NHÂN DÂN(?: (?:TỈNH|THÀNH PHỐ)${NAME}{0,4})?`,
    "(?:PHÓ )?THỦ TƯỚNG CHÍNH PHỦ",
    "CHÍNH PHỦ",
    `BỘ TRƯỞNG BỘ${NAME}{1,6}`,
    `CỤC TRƯỞNG CỤC${NAME}{1,5}`,
    `(?:TỔNG )?GIÁM ĐỐC${NAME}{1,12}`,
  ]
    .map((form) => `^${form}$`)
    .join("|"),
  "u",
);
const TIES = /(?:CỦA|CHO|THUỘC|VỚI|TẠI|GIỮA|VÀ|ĐỐI VỚI|TRỰC THUỘC|GỬI|PHÓ|THỦ TƯỚNG)$/u;

/**
 * The length of an upper-case trích yếu without the enacting authority printed on its
 * last line ("… (ĐỢT 3 NĂM 2025) CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH", then "Căn cứ …"),
 * unless a word ties the body to the title ("… CỦA ỦY BAN NHÂN DÂN TỈNH", "… CỦA THỦ
 * TƯỚNG CHÍNH PHỦ").
 */
export function withoutEnactingAuthority(title: string, plain: string, end: number): number {
  const next = plain.slice(end, end + 40).trimStart();
  if (!isInCapitals(title) || !(AFTER_TITLE.test(next) || SPEAKING.test(next))) {
    return title.length;
  }
  for (const m of title.matchAll(AUTHORITY_START)) {
    const before = title.slice(0, m.index).trimEnd();
    if (!ENACTING.test(title.slice(m.index).replace(/\s+/gu, " ").trim()) || TIES.test(before)) {
      continue;
    }
    return before.length;
  }
  return title.length;
}

/**
 * The length of the capitals a line opens with when it goes on with the preamble or the
 * authority's words ("… TIẾP THEO Căn cứ …", "… CHÍNH PHỦ điện:"), outside parentheses
 * and past codes ("1899/QĐ-TTg"). Undefined for any other line.
 */
function capitalsRunInto(line: string): number | undefined {
  const words = [...line.matchAll(/\S+/gu)];
  if (words.length < 3 || !words.slice(0, 2).every((w) => isInCapitals(w[0]))) return undefined;
  let depth = 0;
  for (const word of words) {
    const text = word[0];
    if (depth === 0 && !text.startsWith("(") && /\p{Ll}/u.test(text) && !/[\d/]/u.test(text)) {
      const rest = line.slice(word.index);
      return AFTER_TITLE.test(rest) || SPEAKING.test(rest)
        ? line.slice(0, word.index).trimEnd().length
        : undefined;
    }
    depth = Math.max(
      0,
      depth + (text.match(/\(/gu)?.length ?? 0) - (text.match(/\)/gu)?.length ?? 0),
    );
  }
  return undefined;
}

/** Finds `phrase` printed in mixed case later in the text ("Chính phủ ban hành Nghị quyết về …"). */
function printedCase(
  plain: string,
  folded: string,
  phrase: string,
  after: number,
): string | undefined {
  const key = foldSameLength(phrase).replace(/\s+/gu, " ").trim();
  if (key.length < 8) return undefined;
  const pattern = new RegExp(key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"), "g");
  pattern.lastIndex = after;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    const printed = plain.slice(m.index, m.index + m[0].length);
    // In mixed case, not the capitals again with an acronym's lower case ("5G, IoT").
    const lower = printed.match(/\p{Ll}/gu)?.length ?? 0;
    const upper = printed.match(/\p{Lu}/gu)?.length ?? 0;
    if (lower > upper) return printed.replace(/\s+/gu, " ");
  }
  return undefined;
}
