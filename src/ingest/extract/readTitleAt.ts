import { foldVietnamese } from "../../text/index.js";
import { readBodyAt, type BodyMatch } from "./readBodyAt.js";

/** A position's title (chức vụ) and the body it is held in, as read. */
export interface TitleMatch {
  readonly start: number;
  readonly end: number;
  /** "Phó Bí thư thường trực", "Chủ tịch", "Tỉnh ủy viên". */
  readonly title: string;
  readonly body?: BodyMatch;
  /** The body a title names by itself: "Thủ tướng" is of "Chính phủ". */
  readonly impliedBody?: string;
  /** "TUV": member of the Party committee of the text's tỉnh. */
  readonly memberOf?: string;
  /** Printed after "nguyên": a post held before the text's day, no longer. */
  readonly former?: boolean;
}

interface TitleForm {
  readonly pattern: RegExp;
  /** Display form, or undefined to keep the printed words. */
  readonly title?: string;
  readonly impliedBody?: string;
  readonly memberOf?: string;
  /** The body must follow ("Trưởng" + "Ban Tổ chức …" reads as "Trưởng ban"). */
  readonly needsBody?: boolean;
}

const PHO = "(?:Phó\\s+)?";
// "thương trực" is a frequent misspelling of "thường trực".
const STANDING = "(?:\\s+(?:Thường|thường|thương)\\s+trực)?";

function form(source: string, extra: Omit<TitleForm, "pattern"> = {}): TitleForm {
  return { pattern: new RegExp(`(?:${source})(?![\\p{L}\\p{M}])`, "iuy"), ...extra };
}

// Longest first: the first form that matches at a position wins.
const FORMS: readonly TitleForm[] = [
  form(`(?:Phó\\s+Bí\\s+thư|PBT|Phó\\s+BT)${STANDING}`),
  // The Party's head leads its Central Committee; a Secretariat member is "Bí thư Trung
  // ương Đảng". Named without a body, both are still one person across texts.
  form("Tổng\\s+Bí\\s+thư", { impliedBody: "Ban Chấp hành Trung ương" }),
  form("Thường\\s+trực\\s+Ban\\s+Bí\\s+thư", { title: "Thường trực", impliedBody: "Ban Bí thư" }),
  form("Bí\\s+thư\\s+Trung\\s+ương\\s+Đảng", { impliedBody: "Ban Bí thư" }),
  form("Bí\\s+thư"),
  form(`(?:Phó\\s+Chủ\\s+tịch|PCT|Phó\\s+CT)${STANDING}`),
  form("Chủ\\s+tịch\\s+nước"),
  form("Chủ\\s+tịch(?!\\s+Hồ)"),
  form("(?:Ủy|Uỷ)\\s+viên\\s+(?:Ban\\s+Thường\\s+vụ|BTV|Thường\\s+vụ)", {
    title: "Ủy viên Ban Thường vụ",
  }),
  // An alternate member (dự khuyết) sits on the Committee without a vote.
  form(
    "(?:Ủy|Uỷ)\\s+viên\\s+dự\\s+khuyết\\s+(?:Trung\\s+ương\\s+Đảng|BCH\\s+Trung\\s+ương(?:\\s+Đảng)?|Ban\\s+Chấp\\s+hành\\s+Trung\\s+ương(?:\\s+Đảng)?)",
    { title: "Ủy viên dự khuyết", impliedBody: "Ban Chấp hành Trung ương" },
  ),
  form(
    "(?:Ủy|Uỷ)\\s+viên\\s+(?:Trung\\s+ương\\s+Đảng|BCH\\s+Trung\\s+ương(?:\\s+Đảng)?|Ban\\s+Chấp\\s+hành\\s+Trung\\s+ương(?:\\s+Đảng)?)",
    { title: "Ủy viên", impliedBody: "Ban Chấp hành Trung ương" },
  ),
  form("(?:Ủy|Uỷ)\\s+viên"),
  // A member of a Party committee is "Ủy viên" of it: TUV of the Tỉnh ủy, HUV of the
  // Huyện ủy (the body is the text's province or district, see resolvePeople).
  form("TUV|Tỉnh\\s+(?:ủy|uỷ)\\s+viên", { title: "Ủy viên", memberOf: "tỉnh" }),
  form("Thành\\s+(?:ủy|uỷ)\\s+viên", { title: "Ủy viên", memberOf: "thành phố" }),
  form("HUV|Huyện\\s+(?:ủy|uỷ)\\s+viên", { title: "Ủy viên", memberOf: "huyện" }),
  form(`Phó\\s+Thủ\\s+tướng${STANDING}`, { impliedBody: "Chính phủ" }),
  form("Thủ\\s+tướng", { impliedBody: "Chính phủ" }),
  form("Bộ\\s+trưởng"),
  form(`Thứ\\s+trưởng${STANDING}`),
  // Since 2025 a province's and a district's tax offices are "Thuế tỉnh …", "Thuế cơ sở
  // …": their head is "Trưởng" of the body that follows ("Trưởng Thuế tỉnh Đắk Lắk").
  form(`${PHO}Trưởng(?=\\s+Thuế\\s+(?:tỉnh|thành\\s+phố|cơ\\s+sở)(?![\\p{L}\\p{M}]))`, {
    title: "Trưởng",
  }),
  form(`${PHO}Trưởng(?=\\s+Ban\\s)`, { title: "Trưởng ban", needsBody: true }),
  form(`${PHO}Trưởng\\s+ban${STANDING}`),
  form(`${PHO}Trưởng(?=\\s+Phòng\\s)`, { title: "Trưởng phòng", needsBody: true }),
  form(`${PHO}Trưởng\\s+phòng`),
  form(`${PHO}Chánh(?=\\s+Văn\\s+phòng\\s)`, { title: "Chánh Văn phòng", needsBody: true }),
  form(`${PHO}Chánh\\s+Văn\\s+phòng${STANDING}`),
  form(`${PHO}Chủ\\s+nhiệm`),
  form("Tổng\\s+Thư\\s+ký"),
  form(`${PHO}Tổng\\s+giám\\s+đốc|${PHO}Giám\\s+đốc`),
  form(`${PHO}Chỉ\\s+huy\\s+trưởng|Chính\\s+trị\\s+viên(?:\\s+phó)?`),
  form(`${PHO}Thống\\s+đốc|${PHO}Chánh\\s+án|${PHO}Viện\\s+trưởng|${PHO}Tổng\\s+Kiểm\\s+toán`),
  form(`${PHO}(?:Vụ|Cục|Tổng\\s+cục)\\s+trưởng`),
  form(`${PHO}Trưởng\\s+Đoàn(?:\\s+đại\\s+biểu\\s+Quốc\\s+hội)?`),
];

// Display spelling of titles, by their folded words; others keep the printed words.
const DISPLAY = new Map(
  [
    "Phó Bí thư",
    "Phó Bí thư thường trực",
    "Tổng Bí thư",
    "Thường trực Ban Bí thư",
    "Bí thư",
    "Bí thư Trung ương Đảng",
    "Phó Chủ tịch",
    "Phó Chủ tịch Thường trực",
    "Chủ tịch nước",
    "Chủ tịch",
    "Ủy viên",
    "Phó Thủ tướng",
    "Phó Thủ tướng Thường trực",
    "Thủ tướng",
    "Bộ trưởng",
    "Thứ trưởng",
    "Thứ trưởng Thường trực",
    "Trưởng ban",
    "Phó Trưởng ban",
    "Trưởng phòng",
    "Phó Trưởng phòng",
    "Chánh Văn phòng",
    "Phó Chánh Văn phòng",
    "Phó Chánh Văn phòng Thường trực",
    "Chủ nhiệm",
    "Phó Chủ nhiệm",
    "Tổng Thư ký",
    "Giám đốc",
    "Phó Giám đốc",
    "Tổng giám đốc",
    "Chỉ huy trưởng",
    "Phó Chỉ huy trưởng",
    "Chính trị viên",
    "Thống đốc",
    "Chánh án",
    "Viện trưởng",
    "Cục trưởng",
    "Phó Cục trưởng",
    "Vụ trưởng",
    "Phó Vụ trưởng",
    "Tổng cục trưởng",
    "Phó Tổng cục trưởng",
  ].map((title) => [foldVietnamese(title), title]),
);
// "PBT thường trực" is "Phó Bí thư thường trực".
const ABBREVIATED = [
  [/^(?:pbt|pho bt)(?= |$)/u, "pho bi thu"],
  [/^(?:pct|pho ct)(?= |$)/u, "pho chu tich"],
] as const;

function display(printed: string): string {
  const tidy = printed.replace(/\s+/gu, " ");
  const folded = ABBREVIATED.reduce(
    (words, [short, long]) => words.replace(short, long),
    foldVietnamese(tidy),
  );
  const known = DISPLAY.get(folded);
  if (known) return known;
  const lower = tidy.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

// "Quyền Trưởng phòng": one acting in a post holds it until it is filled.
const ACTING = /Quyền[ \t]+/uy;

/**
 * Reads a title ("Bí thư", "Phó Chủ tịch Thường trực", "Quyền Giám đốc") and the body
 * after it, at `index`.
 */
export function readTitleAt(text: string, index: number): TitleMatch | undefined {
  ACTING.lastIndex = index;
  const acting = ACTING.exec(text);
  if (acting) {
    const held = readPlainTitleAt(text, index + acting[0].length);
    return held && { ...held, start: index, title: `Quyền ${held.title}` };
  }
  return readPlainTitleAt(text, index);
}

function readPlainTitleAt(text: string, index: number): TitleMatch | undefined {
  for (const f of FORMS) {
    f.pattern.lastIndex = index;
    const m = f.pattern.exec(text);
    if (!m) continue;
    let end = f.pattern.lastIndex;
    const gap = /^[ \t]*\n?[ \t]*/u.exec(text.slice(end, end + 8))?.[0].length ?? 0;
    const body = gap > 0 ? readBodyAt(text, end + gap) : undefined;
    if (f.needsBody && !body) continue;
    if (body && !body.generic) end = body.end;
    const deputy = /^Phó/iu.test(m[0]) && f.title !== undefined && !/^Phó/u.test(f.title);
    const title = f.title ? (deputy ? `Phó ${f.title}` : f.title) : display(m[0]);
    return {
      start: index,
      end,
      title,
      ...(body && !body.generic ? { body } : {}),
      ...(f.impliedBody ? { impliedBody: f.impliedBody } : {}),
      ...(f.memberOf ? { memberOf: f.memberOf } : {}),
    };
  }
  return undefined;
}
