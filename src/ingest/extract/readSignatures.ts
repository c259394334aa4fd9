import { isInCapitals } from "../../text/index.js";
import { readNameAt } from "./personNames.js";
import { recaseHeading } from "./recaseHeading.js";
import { readBodyAt, type BodyMatch } from "./readBodyAt.js";
import { readTitleAt } from "./readTitleAt.js";

/** A signature block: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Trương Công Thái". */
export interface Signature {
  /** Span of the signer's name. */
  readonly start: number;
  readonly end: number;
  /** Where the block starts ("KT. CHỦ TỊCH"): the block to its name is the evidence. */
  readonly blockStart: number;
  readonly name: string;
  /** The signer's own title ("Phó Chủ tịch"); absent under "T/M BỘ CHÍNH TRỊ" alone. */
  readonly title?: string;
  /** The body signed for ("TM. CHÍNH PHỦ"), recased; absent when only titles are printed. */
  readonly signedFor?: string;
  /** The body the title names by itself ("Phó Thủ tướng" → Chính phủ). */
  readonly impliedBody?: string;
  /**
   * The unit a title above the signer's names, which the signer serves in: "TL. BỘ
   * TRƯỞNG / KT. CỤC TRƯỞNG CỤC HẢI QUAN / PHÓ CỤC TRƯỞNG" signs for Cục Hải quan.
   * Read from the recased block, so its offsets are not the text's.
   */
  readonly unit?: BodyMatch;
}

// "KT. CHỦ TỊCH", and as pages print it "KT.BỘ TRƯỞNG" or "KT." alone above "CHỦ TỊCH".
const ANCHOR =
  /(?:^|\n)[ \t|]*(?:TM|T\/M|KT|K\/T|TL|T\/L|Q)(?:\.?[ \t]+|\.[ \t]*\n?[ \t|]*)\p{Lu}/gu;
const SIGNER_TITLE =
  "(?:PHÓ[ \\t]+)?(?:CHỦ[ \\t]+TỊCH|BÍ[ \\t]+THƯ|THỦ[ \\t]+TƯỚNG|BỘ[ \\t]+TRƯỞNG|THỨ[ \\t]+TRƯỞNG|TỔNG[ \\t]+CỤC[ \\t]+TRƯỞNG|CỤC[ \\t]+TRƯỞNG|VỤ[ \\t]+TRƯỞNG|CHỦ[ \\t]+NHIỆM|TRƯỞNG[ \\t]+BAN|GIÁM[ \\t]+ĐỐC|CHÁNH[ \\t]+VĂN[ \\t]+PHÒNG)(?:[ \\t]+THƯỜNG[ \\t]+TRỰC)?";
const BARE_TITLE = new RegExp(`(?:^|\\n)[ \\t|]*(${SIGNER_TITLE})[ \\t|]*\\n`, "gu");
// A table cell flattened into one line: "TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Hồ
// Đức Phớc": the signer's title is the one right before "(Đã ký)".
const TITLE_BEFORE_SIGNED = new RegExp(`(${SIGNER_TITLE})[ \\t]*$`, "u");
const NEXT_BLOCK = /^[ \t|*]*(?:TM|T\/M|KT|K\/T|TL|T\/L|Q)(?:\.?[ \t]+|\.[ \t]*)\p{Lu}/u;
// An officer signs with their rank before the name: "Thượng tướng Lê Huy Vịnh".
const MILITARY_RANK =
  /^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|(?:Phó\s+)?Đô\s+đốc|Chuẩn\s+Đô\s+đốc)\s+(?=\p{Lu})/u;
const SIGNED = /\(\s*Đã\s+ký\s*\)\s*/gu;
// A marker glued to the title after it: "KT.BỘ TRƯỞNG".
const GLUED_MARKER = /(^|\s)(TM|T\/M|KT|K\/T|TL|T\/L|Q)\.(?=\p{Lu})/gu;
const MARKER = /(?:^|\s)(?:TM|T\/M|KT|K\/T|TL|T\/L|Q)\.?(?=\s)/gu;

function cells(line: string): string {
  const parts = line
    .replace(/[*\\_`]/gu, " ")
    .split("|")
    .map((part) => part.trim())
    .filter(Boolean);
  return parts[parts.length - 1] ?? "";
}

/** Reads the signer's title and the body signed for from the block's capital lines. */
function readBlock(upper: string): Pick<Signature, "title" | "signedFor" | "impliedBody" | "unit"> {
  const segments = upper
    .split(MARKER)
    .map((s) => s.trim())
    .filter(Boolean);
  const hasFor = /(?:^|\s)(?:TM|T\/M)\.?\s/u.test(upper);
  let signedFor: string | undefined;
  const titles: { title: string; impliedBody?: string; body?: BodyMatch }[] = [];
  segments.forEach((segment, i) => {
    const text = recaseHeading(segment).replace(/\s+/gu, " ");
    let at = 0;
    if (hasFor && i === 0) {
      const body = readBodyAt(text, 0);
      // "T/M BAN THƯỜNG VỤ / BÍ THƯ": without a known body, the body signed for ends
      // where the signer's title starts.
      const titleAt = body ? body.end : firstTitle(text);
      signedFor = text.slice(0, titleAt).trim();
      at = titleAt;
      while (text[at] === " ") at++;
    }
    while (at < text.length) {
      const title = readTitleAt(text, at);
      if (!title) {
        // A unit's name between two titles ("KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ / PHÓ
        // TRƯỞNG BAN"): the signer's own title comes after it.
        at = firstTitle(text, at);
        continue;
      }
      titles.push({
        title: title.title,
        ...(title.impliedBody ? { impliedBody: title.impliedBody } : {}),
        ...(title.body ? { body: title.body } : {}),
      });
      at = title.end;
      while (text[at] === " " || text[at] === ",") at++;
    }
  });
  const signer = titles[titles.length - 1];
  const unit = titles.findLast((t) => t.body)?.body;
  // "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM": the minister who chairs an office is the
  // Government Office's; a committee of ministerial rank names itself ("… CHỦ NHIỆM ỦY
  // BAN DÂN TỘC").
  const minister = titles.findIndex((t) => t.title === "Bộ trưởng");
  const officeHead = minister >= 0 && titles[minister + 1]?.title === "Chủ nhiệm" && !unit;
  const impliedBody =
    signer?.impliedBody ?? (officeHead && !signedFor ? "Văn phòng Chính phủ" : undefined);
  return {
    ...(signer ? { title: signer.title } : {}),
    ...(signedFor ? { signedFor } : {}),
    ...(impliedBody ? { impliedBody } : {}),
    ...(unit ? { unit } : {}),
  };
}

/** Where the next title starts after `from`, or the end of `text`. */
function firstTitle(text: string, from = 0): number {
  for (const m of text.slice(from).matchAll(/ (?=\p{L})/gu)) {
    if (readTitleAt(text, from + m.index + 1)) return from + m.index + 1;
  }
  return text.length;
}

function nameAfter(
  text: string,
  from: number,
  maxLines: number,
): { start: number; end: number; name: string } | undefined {
  let pos = from;
  let afterBlank = false;
  for (let i = 0; i < maxLines && pos < text.length; i++) {
    let lineEnd = text.indexOf("\n", pos);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(pos, lineEnd);
    const cell = cells(line)
      .replace(/^\(\s*Đã\s+ký\s*\)\s*/u, "")
      .replace(MILITARY_RANK, "");
    if (cell.length > 80) return undefined;
    // The next block ("\n\nT/M BỘ CHÍNH TRỊ"): this one's name was not read, and its
    // title is no one else's.
    if (i > 0 && afterBlank && NEXT_BLOCK.test(line)) return undefined;
    afterBlank = cell === "";
    if (cell && !isInCapitals(cell) && !/^[-+•]|[;:]$/u.test(cell)) {
      const at = text.indexOf(cell, pos);
      const name = at >= 0 ? readNameAt(text, at, false) : undefined;
      if (name && name.name.length >= cell.replace(/[.;,]$/u, "").trim().length - 1) return name;
    }
    pos = lineEnd + 1;
  }
  return undefined;
}

/**
 * Reads signature blocks: "TM. / KT. / TL." (state) and "T/M / K/T / T/L" (Party)
 * lines, the signer's title in capitals, then the name; also "CHỦ TỊCH / name" and
 * "(Đã ký) name". Reads table layouts cell by cell, right column last.
 */
export function readSignatures(text: string): Signature[] {
  const out: Signature[] = [];
  const seen = new Set<number>();
  const push = (signature: Signature): void => {
    if (seen.has(signature.start)) return;
    seen.add(signature.start);
    out.push(signature);
  };
  for (const m of text.matchAll(ANCHOR)) {
    const from = m.index + (m[0].startsWith("\n") ? 1 : 0);
    const name = nameAfter(text, from, 40);
    if (!name) continue;
    const upper = text
      .slice(from, name.start)
      .split("\n")
      .map(cells)
      .filter(isInCapitals)
      .join(" ")
      .replace(GLUED_MARKER, "$1$2. ");
    push({ ...name, blockStart: from, ...readBlock(upper) });
  }
  for (const m of text.matchAll(BARE_TITLE)) {
    const name = nameAfter(text, m.index + m[0].length, 2);
    if (!name || out.some((s) => s.start === name.start)) continue;
    const blockStart = m.index + (m[0].startsWith("\n") ? 1 : 0);
    push({ ...name, blockStart, ...readBlock(m[1] ?? "") });
  }
  for (const m of text.matchAll(SIGNED)) {
    const name = readNameAt(text, m.index + m[0].length, false);
    if (!name) continue;
    const windowStart = Math.max(0, m.index - 80);
    const title = TITLE_BEFORE_SIGNED.exec(text.slice(windowStart, m.index));
    push({
      ...name,
      blockStart: title ? windowStart + title.index : m.index,
      ...(title ? readBlock(title[1] ?? "") : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
