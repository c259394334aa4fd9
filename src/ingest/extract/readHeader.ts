import type { DocumentKind } from "../../domain.js";
import { parseDocumentCode, type DocumentCode } from "../../identity/index.js";
import { kindOfWord } from "./documentKindWords.js";
import { extractBodies } from "./extractBodies.js";
import { foldSameLength } from "./foldSameLength.js";
import { bodyMatchName, type BodyMatch } from "./readBodyAt.js";
import { findDates, type DateMention } from "./readDate.js";
import { recaseHeading } from "./recaseHeading.js";
import { recaseLikeText } from "./recaseLikeText.js";

/** The document a legal text is, read from its header (quốc hiệu, số, trích yếu). */
export interface DocumentHeader {
  readonly code?: DocumentCode;
  readonly kind?: DocumentKind;
  /** The issuing body, recased from the header ("Ủy ban nhân dân tỉnh Đắk Lắk"). */
  readonly issuer?: string;
  readonly issuerBody?: BodyMatch;
  readonly date?: DateMention;
  readonly title?: string;
  /** Span of the header in the text; the preamble starts at `end`. */
  readonly start: number;
  readonly end: number;
  /** Span of the trích yếu, for relations read from it ("Sửa đổi, bổ sung … Nghị định số …"). */
  readonly titleStart?: number;
  readonly titleEnd?: number;
  /** "Người ký" from a legal database's metadata block. */
  readonly signer?: string;
}

const NUMBER_LINE =
  /(?:^|\n)[ \t]*(?:Số|SỐ:)[ \t]*:?[ \t]*(\d{1,5}[a-z]?[ \t]*(?:[-–/][ \t]*[\p{L}\d&]+)+(?:[ \t]?[-–][ \t]?[\p{L}\d&]+)*)/u;
const METADATA = {
  code: /Số hiệu:\s*([^\n]+)/u,
  kind: /Loại văn bản:\s*([^\n]+)/u,
  issuer: /Nơi ban hành:\s*([^\n]+)/u,
  signer: /Người ký:\s*([^\n]+)/u,
};
const MOTTO =
  /CỘNG\s+H[ÒO]A\s+X[ÃA]\s+HỘI\s+CHỦ\s+NGH[ĨI]A\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|[-–_=*]{3,}/giu;
const KIND_LINE =
  /(?:^|\n)[ \t]*(NGHỊ\s+QUYẾT|NGHỊ\s+ĐỊNH|QUYẾT\s+ĐỊNH|THÔNG\s+TƯ\s+LIÊN\s+TỊCH|THÔNG\s+TƯ|THÔNG\s+TRI|CHỈ\s+THỊ|KẾ\s+HOẠCH|THÔNG\s+BÁO\s+KẾT\s+LUẬN|THÔNG\s+BÁO|KẾT\s+LUẬN|HƯỚNG\s+DẪN|CÔNG\s+ĐIỆN|QUY\s+ĐỊNH|QUY\s+CHẾ|TỜ\s+TRÌNH|BÁO\s+CÁO|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|PHƯƠNG\s+ÁN|LUẬT|PHÁP\s+LỆNH|LỆNH|CÔNG\s+VĂN)(?![\p{L}\p{M}])/u;
// A line that ends the trích yếu: the preamble ("Căn cứ …", also as a list item "- Căn
// cứ …"), the opening of the text, a rule, or the enacting authority in capitals.
const AFTER_TITLE =
  /^(?:[-–+•]\s*)?(?:Căn cứ|Thực hiện|Theo|Xét|Để|Hội nghị|Tại|Ngày|Chiều|Sáng|Trên cơ sở|Sau khi|Trong|Nhằm|Qua|Năm|Thời gian|I\.|1\.|[-–_=*]{3,})/u;
const AUTHORITY =
  /^(?:ỦY|UỶ|CHÍNH PHỦ|THỦ TƯỚNG|BỘ TRƯỞNG|CHỦ TỊCH|HỘI ĐỒNG|TRƯỞNG BAN|BAN |QUỐC HỘI|TỔNG|THỐNG ĐỐC|CHÁNH|GIÁM ĐỐC|BỘ |BAN CHẤP HÀNH)/u;
/** The issuer taking the floor in mixed case: "THỦ TƯỚNG CHÍNH PHỦ điện:". */
const AUTHORITY_SPEAKS = new RegExp(
  `${AUTHORITY.source}[\\p{Lu}\\s,]*\\s(?:điện|quyết định|quyết nghị|ban hành|chỉ thị)(?![\\p{L}\\p{M}])`,
  "u",
);
const MAX_HEADER = 1500;

function isUpper(line: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

function readMetadata(text: string): { code?: string; kind?: string; signer?: string } {
  const head = text.slice(0, 6000);
  const pick = (re: RegExp) => re.exec(head)?.[1]?.trim() || undefined;
  const code = pick(METADATA.code);
  const kind = pick(METADATA.kind);
  const signer = pick(METADATA.signer);
  return { ...(code ? { code } : {}), ...(kind ? { kind } : {}), ...(signer ? { signer } : {}) };
}

function readIssuer(plain: string, numberLineStart: number): BodyMatch | undefined {
  const before = plain.slice(Math.max(0, numberLineStart - 400), numberLineStart);
  const lines = before.split("\n").slice(-14);
  const kept: string[] = [];
  for (const line of lines.reverse()) {
    const cleaned = line.replace(MOTTO, " ").replace(/\s+/gu, " ").trim();
    if (!cleaned) continue;
    if (!isUpper(cleaned) || /[:.]$/u.test(cleaned)) break;
    kept.unshift(cleaned);
  }
  if (!kept.length) return undefined;
  const heading = recaseHeading(kept.join("\n")).replace(/\n/gu, " ");
  const bodies = extractBodies(heading);
  const last = bodies[bodies.length - 1];
  if (!last) return undefined;
  const first = bodies[0];
  // "BAN CHẤP HÀNH TRUNG ƯƠNG / VĂN PHÒNG": a unit of the body printed above it.
  if (bodies.length === 1 && last.canonical === "Ban Chấp hành Trung ương") {
    const unit =
      /^\s*(Văn phòng|Ban Tuyên giáo và Dân vận|Ban Tổ chức|Ban Tuyên giáo|Ban Dân vận)\s*$/iu.exec(
        heading.slice(last.end),
      );
    if (unit) {
      const name = /^văn phòng$/iu.test(unit[1] ?? "")
        ? "Văn phòng Trung ương Đảng"
        : `${recaseUnit(unit[1] ?? "")} Trung ương`;
      return { ...last, head: name, canonical: name };
    }
  }
  if (first && first !== last && !last.place && first.place && last.kind !== "PARTY_COMMITTEE") {
    return {
      ...last,
      ...(first.levelWord ? { levelWord: first.levelWord } : {}),
      place: first.place,
    };
  }
  return last;
}

function recaseUnit(unit: string): string {
  const lower = unit.toLocaleLowerCase("vi");
  return lower
    .replace(/^ban/u, "Ban")
    .replace(
      /tổ chức|tuyên giáo|dân vận/gu,
      (m) => m.charAt(0).toLocaleUpperCase("vi") + m.slice(1),
    );
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
          (isUpper(line) && AUTHORITY.test(line)) ||
          AUTHORITY_SPEAKS.test(ahead))
      )
        break;
      // An upper-case trích yếu ends where the text goes on in lower case (a consolidated
      // text's "Thông tư số 09/2025/TT-BCT … được sửa đổi, bổ sung bởi:"), but not at a
      // year ("2025-2026") or a parenthesis ("(thực hiện khoản 1 Điều 33 Luật Thủ đô)").
      if (
        start >= 0 &&
        /\p{Ll}/u.test(line) &&
        !line.startsWith("(") &&
        isUpper(plain.slice(start, end))
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
      if (!isUpper(line) && /[.;:]$/u.test(line)) break;
    }
    pos = lineEnd + 1;
  }
  if (start < 0 || end <= start) return undefined;
  return { start, end: start + withoutEnactingAuthority(plain.slice(start, end), plain, end) };
}

// Where an enacting authority may start, the authorities themselves, and the words that
// make a body part of a title instead ("… CỦA ỦY BAN NHÂN DÂN TỈNH").
const AUTHORITY_START =
  /\s(?:CHỦ TỊCH|PHÓ CHỦ TỊCH|ỦY BAN|UỶ BAN|HỘI ĐỒNG|PHÓ THỦ TƯỚNG|THỦ TƯỚNG|CHÍNH PHỦ|BỘ TRƯỞNG|CỤC TRƯỞNG|TỔNG GIÁM ĐỐC|GIÁM ĐỐC)(?![\p{L}\p{M}])/gu;
const NAME = "(?: [\\p{Lu}\\p{M}]+)";
const ENACTING = new RegExp(
  [
    `(?:(?:PHÓ )?CHỦ TỊCH )?(?:ỦY|UỶ) BAN NHÂN DÂN(?: (?:TỈNH|THÀNH PHỐ|QUẬN|HUYỆN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU)${NAME}{0,4})?`,
    `HỘI ĐỒNG NHÂN DÂN(?: (?:TỈNH|THÀNH PHỐ)${NAME}{0,4})?`,
    "(?:PHÓ )?THỦ TƯỚNG CHÍNH PHỦ",
    "CHÍNH PHỦ",
    `BỘ TRƯỞNG BỘ${NAME}{1,6}`,
    `CỤC TRƯỞNG CỤC${NAME}{1,5}`,
    `(?:TỔNG )?GIÁM ĐỐC${NAME}{1,6}`,
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
function withoutEnactingAuthority(title: string, plain: string, end: number): number {
  if (!isUpper(title) || !AFTER_TITLE.test(plain.slice(end, end + 40).trimStart())) {
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
    if (/\p{Ll}/u.test(printed.slice(1))) return printed.replace(/\s+/gu, " ");
  }
  return undefined;
}

function sentenceCase(upper: string): string {
  const lower = upper.replace(/\s+/gu, " ").trim().toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/**
 * Reads the header of a legal, administrative or Party document: issuer lines above
 * "Số: 63/2025/QĐ-UBND", the place-and-date line, the kind line ("QUYẾT ĐỊNH") and
 * the trích yếu below it. Returns undefined for a text that has no such header.
 */
export function readHeader(plain: string): DocumentHeader | undefined {
  const metadata = readMetadata(plain);
  const number = NUMBER_LINE.exec(plain.slice(0, Math.max(20000, Math.floor(plain.length / 3))));
  const rawCode = number?.[1] ?? metadata.code;
  if (!rawCode) return undefined;
  const numberAt = number ? number.index + number[0].indexOf(number[1] ?? "") : 0;
  const window = plain.slice(numberAt, numberAt + MAX_HEADER);
  const kindLine = number ? KIND_LINE.exec(window) : null;
  const dateEnd = numberAt + Math.min(300, kindLine ? kindLine.index : 300);
  const date = number ? findDates(plain, numberAt, dateEnd)[0] : undefined;
  const code = parseDocumentCode(rawCode, date?.year);
  if (!code) return undefined;
  const kindAt = kindLine ? numberAt + kindLine.index + kindLine[0].length : numberAt;
  const kind =
    (kindLine ? kindOfWord(kindLine[1] ?? "") : undefined) ??
    (metadata.kind ? kindOfWord(metadata.kind) : undefined) ??
    code.kind;
  const issuerBody = number ? readIssuer(plain, number.index) : undefined;
  const titleSpan = kindLine ? readTitle(plain, kindAt) : undefined;
  let title: string | undefined;
  if (titleSpan) {
    const printed = plain.slice(titleSpan.start, titleSpan.end).replace(/\s+/gu, " ").trim();
    title = isUpper(printed)
      ? (printedCase(
          plain,
          foldSameLength(plain.slice(0, titleSpan.end + 30000)),
          printed,
          titleSpan.end,
        ) ?? recaseLikeText(sentenceCase(printed), plain, titleSpan.end))
      : printed;
    title = title.charAt(0).toLocaleUpperCase("vi") + title.slice(1);
  }
  return {
    code,
    ...(kind ? { kind } : {}),
    ...(issuerBody ? { issuer: bodyMatchName(issuerBody), issuerBody } : {}),
    ...(date ? { date } : {}),
    ...(title ? { title } : {}),
    start: number ? number.index : 0,
    end: titleSpan?.end ?? kindAt,
    ...(titleSpan ? { titleStart: titleSpan.start, titleEnd: titleSpan.end } : {}),
    ...(metadata.signer ? { signer: metadata.signer } : {}),
  };
}
