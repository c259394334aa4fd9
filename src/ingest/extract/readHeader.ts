import type { DocumentKind } from "../../domain.js";
import { parseDocumentCode, type DocumentCode } from "../../identity/index.js";
import { isInCapitals } from "../../text/index.js";
import { kindOfWord } from "./documentKindWords.js";
import { extractBodies } from "./extractBodies.js";
import { bodyMatchName, type BodyMatch } from "./readBodyAt.js";
import { findDates, type DateMention } from "./readDate.js";
import { recaseHeading } from "./recaseHeading.js";
import { readTrichYeu } from "./readTrichYeu.js";

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
  /** Span of that "Người ký: …" line, the evidence of the signer it names. */
  readonly signerSpan?: { readonly start: number; readonly end: number };
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
const MAX_HEADER = 1500;
const LETTER_SUBJECT = /^\S+\s*\n?\s*V\/v\s/u;

/**
 * A trích yếu that goes on from the kind line ("KẾT LUẬN / CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ
 * về …", "THÔNG BÁO KẾT LUẬN / CỦA THỦ TƯỚNG …") takes the kind's words back:
 * "Kết luận của Bộ Chính trị, Ban Bí thư về …", not "Của Bộ Chính trị …".
 */
function withKindWords(kindLine: string, title: string): string {
  if (!/^của\s/iu.test(title)) return title;
  const words = kindLine.replace(/\s+/gu, " ").replace(/^THÔNG BÁO (?=\S)/u, "");
  const kind = words.charAt(0) + words.slice(1).toLocaleLowerCase("vi");
  return `${kind} c${title.slice(1)}`;
}

function readMetadata(text: string): {
  code?: string;
  kind?: string;
  signer?: string;
  signerSpan?: { start: number; end: number };
} {
  const head = text.slice(0, 6000);
  const pick = (re: RegExp) => re.exec(head)?.[1]?.trim() || undefined;
  const code = pick(METADATA.code);
  const kind = pick(METADATA.kind);
  const signed = METADATA.signer.exec(head);
  const signer = signed?.[1]?.trim() || undefined;
  return {
    ...(code ? { code } : {}),
    ...(kind ? { kind } : {}),
    ...(signer && signed
      ? { signer, signerSpan: { start: signed.index, end: signed.index + signed[0].length } }
      : {}),
  };
}

function readIssuer(plain: string, numberLineStart: number): BodyMatch | undefined {
  const before = plain.slice(Math.max(0, numberLineStart - 400), numberLineStart);
  const lines = before.split("\n").slice(-14);
  const kept: string[] = [];
  for (const line of lines.reverse()) {
    const cleaned = line.replace(MOTTO, " ").replace(/\s+/gu, " ").trim();
    if (!cleaned) continue;
    if (!isInCapitals(cleaned) || /[:.]$/u.test(cleaned)) break;
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
  // A letter prints its subject ("V/v …") under its number and no kind line; its
  // symbol names the issuer, not a kind ("5680/CT-CS": Cục Thuế, not a chỉ thị).
  const letter = !kindLine && number && LETTER_SUBJECT.test(plain.slice(numberAt, numberAt + 200));
  const kind =
    (kindLine ? kindOfWord(kindLine[1] ?? "") : undefined) ??
    (metadata.kind ? kindOfWord(metadata.kind) : undefined) ??
    (letter ? "OFFICIAL_LETTER" : code.kind);
  const issuerBody = number ? readIssuer(plain, number.index) : undefined;
  const trichYeu = kindLine ? readTrichYeu(plain, kindAt) : undefined;
  return {
    code,
    ...(kind ? { kind } : {}),
    ...(issuerBody ? { issuer: bodyMatchName(issuerBody), issuerBody } : {}),
    ...(date ? { date } : {}),
    ...(trichYeu ? { title: withKindWords(kindLine?.[1] ?? "", trichYeu.title) } : {}),
    start: number ? number.index : 0,
    end: trichYeu?.end ?? kindAt,
    ...(trichYeu ? { titleStart: trichYeu.start, titleEnd: trichYeu.end } : {}),
    ...(metadata.signer ? { signer: metadata.signer } : {}),
    ...(metadata.signerSpan ? { signerSpan: metadata.signerSpan } : {}),
  };
}
