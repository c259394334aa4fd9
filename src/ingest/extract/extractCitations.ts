import type { DocumentKind } from "../../domain.js";
import { parseDocumentCode, type DocumentCode } from "../../identity/index.js";
import { endTopicsAtNextCitation, shareAcrossLists } from "./citationLists.js";
import { itemsBetween } from "./spanIndex.js";
import { KIND_WORD_CASED, KIND_WORD_SOURCE, kindOfWord } from "./documentKindWords.js";
import type { BodyMatch } from "./readBodyAt.js";
import { readCitationTail, type CitationTail } from "./readCitationTail.js";
import type { DateMention } from "./readDate.js";
import { readTitleSpan } from "./readTitleSpan.js";

/** A document cited in a text: by number, by short form, or by name and date. */
export interface CitationMention {
  /** From the kind word (or the number when none is printed). */
  readonly start: number;
  readonly codeStart: number;
  readonly codeEnd: number;
  /** End of the number's own parts (date, issuer): where a trích yếu would start. */
  readonly tailEnd: number;
  readonly code?: DocumentCode;
  readonly kind?: DocumentKind;
  /** True when the kind was read from a kind word, not guessed from the symbol. */
  readonly kindFromWord: boolean;
  /** "Nghị quyết 18": a number without symbol, to be matched to a full citation. */
  readonly shortNumber?: string;
  readonly date?: DateMention;
  readonly year?: number;
  readonly issuer?: BodyMatch;
  /** The issuer was printed after a later item of the same list. */
  readonly sharedIssuer?: boolean;
  readonly title?: string;
  readonly titleStart?: number;
  readonly titleEnd?: number;
  readonly asides: readonly { start: number; end: number }[];
}

// "CTTN&BĐG", "QLN& TTBĐS": units joined with "&", spaced or not.
const SYMBOL_PART = "[A-ZĐ](?:[A-Za-zĐđ\\d]|&[ \\t]?(?=[A-ZĐ])){0,14}";
const SYMBOL = `${SYMBOL_PART}(?:[ \\t]?[-–][ \\t]?${SYMBOL_PART}){0,3}`;
const PARTY_CODE = `\\d{1,5}[ \\t]*[-–][ \\t]*[A-ZĐ][A-Za-zĐđ]{0,5}[ \\t]*\\/[ \\t]*${SYMBOL}`;
const LEGAL_CODE = `\\d{1,5}[a-z]?[ \\t]*\\/[ \\t]*(?:19|20)\\d{2}[ \\t]*\\/[ \\t]*${SYMBOL}`;
const ADMIN_CODE = `\\d{1,5}[a-z]?[ \\t]*\\/[ \\t]*${SYMBOL}`;
// "Tờ trình số347/TTr-CP": the number may stick to "số".
const CODE = new RegExp(
  `(?:(?<=[Ss][ốỐ])|(?<![\\p{L}\\p{M}\\d/.\\-]))(?:${PARTY_CODE}|${LEGAL_CODE}|${ADMIN_CODE})(?![\\p{L}\\p{M}\\d/])`,
  "gu",
);
// "Nghị định số 150/2025 của Chính phủ": a legal number whose symbol the text left out.
const YEAR_ONLY = new RegExp(
  `(Nghị\\s+định|Nghị\\s+quyết)\\s+(?:số\\s*:?\\s*)?(\\d{1,4})\\s*\\/\\s*((?:19|20)\\d{2})(?![\\d/\\p{L}])`,
  "giu",
);
const KIND_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${KIND_WORD_SOURCE})(?:\\s+(?:kết\\s+luận|thẩm\\s+tra|liên\\s+tịch|hợp\\s+nhất))?\\s*(?:số\\s*:?\\s*|số(?=\\d))?$`,
  "iu",
);
// The name runs within its clause: "LUẬT" of a heading's "… PHÁP LUẬT CỦA THỦ TƯỚNG
// CHÍNH PHỦ" does not start the next line's "Căn cứ Luật Tổ chức Chính phủ".
// Nor does it take in the list's earlier laws: "Luật Đất đai năm 1993, Luật Đất đai số
// 13/2003/QH11" names 13/2003/QH11 "Luật Đất đai".
const LAW_BEFORE =
  /(?<![\p{L}\p{M}])((?:Bộ\s+luật|Luật|LUẬT|Pháp\s+lệnh))\s+(?!của\s)((?:(?!Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|được|bởi|ngày\s+\d|Căn\s+cứ|,\s*(?:và\s+)?(?:Bộ\s+luật|Luật|Pháp\s+lệnh)\s)[^;:]){2,160}?)\s+(?:số\s*:?\s*)?$/u;
const SHORT_FORM = new RegExp(
  `(?<![\\p{L}\\p{M}])(${KIND_WORD_CASED})\\s+(?:số\\s+|Số\\s+|SỐ\\s+)?(\\d{1,4})(?![\\d/.,]|\\s*[-–]\\s*[A-ZĐ]|\\s+(?:năm|tháng|ngày|điều|khoản)(?![\\p{L}\\p{M}]))`,
  "gu",
);
const LAW_BY_NAME =
  /(?<![\p{L}\p{M}])(Bộ\s+luật|Luật|Pháp\s+lệnh|Hiến\s+pháp)(\s+(?:\p{Lu}|sửa\s+đổi)[^;.\n()]{1,160}?)\s+(?=ngày\s+\d|năm\s+(?:19|20)\d\d)/gu;

function kindOf(
  word: string | undefined,
  code: DocumentCode | undefined,
): DocumentKind | undefined {
  return (word ? kindOfWord(word) : undefined) ?? code?.kind;
}

function withTail(
  base: Omit<CitationMention, "tailEnd" | "asides" | "kindFromWord">,
  kindFromWord: boolean,
  tail: CitationTail,
  text: string,
): CitationMention {
  const title = readTitleSpan(text, tail.end);
  return {
    ...base,
    kindFromWord,
    tailEnd: tail.end,
    ...(tail.date ? { date: tail.date } : {}),
    ...(tail.year !== undefined ? { year: tail.year } : {}),
    ...(tail.issuer ? { issuer: tail.issuer } : {}),
    ...(title ? { title: title.text, titleStart: title.start, titleEnd: title.end } : {}),
    asides: tail.asides,
  };
}

function codedCitations(text: string, start: number, end: number): CitationMention[] {
  const out: CitationMention[] = [];
  const window = text.slice(start, end);
  for (const m of window.matchAll(CODE)) {
    const codeStart = start + m.index;
    const codeEnd = codeStart + m[0].length;
    const before = text.slice(Math.max(0, codeStart - 200), codeStart);
    const law = LAW_BEFORE.exec(before);
    const kindWord = KIND_BEFORE.exec(before);
    const tail = readCitationTail(text, codeEnd);
    const yearHint = tail.date?.year ?? tail.year;
    const code = parseDocumentCode(m[0], yearHint);
    if (!code) continue;
    // "dự án Luật tại Tờ trình số 1039/TTr-CP": the kind word before the number wins.
    const otherKind = kindWord && !/^(?:bộ\s+)?luật|^pháp\s+lệnh/iu.test(kindWord[1] ?? "");
    // "Luật số 03/2022/QH15" names no law: "số" is not a name.
    const lawTitle = law && !otherKind && !/\d\/|ngày\s+\d|^số$/u.test(law[2] ?? "") ? law : null;
    const wordStart = lawTitle
      ? codeStart - before.length + lawTitle.index
      : kindWord
        ? codeStart - kindWord[0].length
        : codeStart;
    const kind = lawTitle ? kindOfWord(lawTitle[1] ?? "") : kindOf(kindWord?.[1], code);
    const fromWord = Boolean(lawTitle || (kindWord && kindOfWord(kindWord[1] ?? "")));
    const citation = withTail(
      { start: wordStart, codeStart, codeEnd, code, ...(kind ? { kind } : {}) },
      fromWord,
      tail,
      text,
    );
    const named = lawTitle ? `${lawTitle[1]} ${lawTitle[2]}`.replace(/\s+/gu, " ") : undefined;
    out.push(named && !citation.title ? { ...citation, title: named } : citation);
  }
  for (const m of window.matchAll(YEAR_ONLY)) {
    const codeStart = start + m.index + m[0].indexOf(m[2] ?? "");
    const codeEnd = start + m.index + m[0].length;
    const tail = readCitationTail(text, codeEnd);
    const issuer = tail.issuer?.head;
    const decree = /định/iu.test(m[1] ?? "");
    const year = Number(m[3]);
    const symbol = decree
      ? "NĐ-CP"
      : issuer === "Chính phủ"
        ? "NQ-CP"
        : issuer === "Quốc hội"
          ? `QH${Math.floor((year - 1946) / 5)}`
          : undefined;
    const code = symbol ? parseDocumentCode(`${m[2]}/${year}/${symbol}`) : undefined;
    if (!code) continue;
    const kind = kindOfWord(m[1] ?? "");
    out.push(
      withTail(
        { start: start + m.index, codeStart, codeEnd, code, ...(kind ? { kind } : {}) },
        true,
        tail,
        text,
      ),
    );
  }
  return out;
}

// `spans` are sorted by start; a citation never starts more than 400 characters before
// its number (the law-name form is the longest).
function overlaps(spans: readonly CitationMention[], from: number, to: number): boolean {
  return itemsBetween(spans, from - 400, to, (s) => s.start).some((s) => from < s.codeEnd);
}

function shortForms(
  text: string,
  start: number,
  end: number,
  coded: readonly CitationMention[],
): CitationMention[] {
  const out: CitationMention[] = [];
  for (const m of text.slice(start, end).matchAll(SHORT_FORM)) {
    const from = start + m.index;
    const to = from + m[0].length;
    if (overlaps(coded, from, to)) continue;
    const kind = kindOfWord(m[1] ?? "");
    if (!kind) continue;
    const tail = readCitationTail(text, to);
    out.push(
      withTail(
        {
          start: from,
          codeStart: to - (m[2] ?? "").length,
          codeEnd: to,
          kind,
          shortNumber: m[2] ?? "",
        },
        true,
        tail,
        text,
      ),
    );
  }
  return out;
}

// "… khoản 1 Điều 118 của Luật Đất đai đã sử dụng đất ở ổn định trước ngày 01 tháng 7
// năm 2014": the date is the clause's, not the law's.
const CLAUSE_BEFORE_DATE =
  /\s(?:đã|đang|được(?!\s+(?:sửa\s+đổi|Quốc\s+hội|thông\s+qua))|thì|mà)\s|\s(?:trước|sau|từ|đến|vào|tại)$/u;
// "Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung năm 2025", "Luật Bảo
// vệ dữ liệu cá nhân được Quốc hội khóa XV thông qua …": the name ends before "được".
const SAID_OF_LAW = /\s+được\s+(?:sửa\s+đổi|Quốc\s+hội|thông\s+qua).*$/su;

function lawsByName(
  text: string,
  start: number,
  end: number,
  coded: readonly CitationMention[],
): CitationMention[] {
  const out: CitationMention[] = [];
  for (const m of text.slice(start, end).matchAll(LAW_BY_NAME)) {
    const from = start + m.index;
    const nameEnd = from + m[0].length;
    if (overlaps(coded, from, nameEnd) || /\s(?:số|ngày)\s/u.test(m[2] ?? "")) continue;
    if (CLAUSE_BEFORE_DATE.test(m[2] ?? "")) continue;
    const tail = readCitationTail(text, nameEnd);
    if (!tail.date && tail.year === undefined) continue;
    const kind = kindOfWord(m[1] ?? "");
    // "Luật Tổ chức chính quyền địa phương năm\nngày 16/6/2025": a year the text left out.
    const name = `${m[1]}${(m[2] ?? "").replace(SAID_OF_LAW, "")}`
      .replace(/\s+/gu, " ")
      .trim()
      .replace(/\s+năm$/u, "");
    out.push({
      ...withTail(
        { start: from, codeStart: from, codeEnd: nameEnd, ...(kind ? { kind } : {}) },
        true,
        tail,
        text,
      ),
      title: name,
    });
  }
  return out;
}

/**
 * Every document cited in text[start, end): by number-symbol in the three numbering
 * systems, with kind, date, year and issuer read around it; legal numbers printed
 * without symbol ("Nghị định số 150/2025"); short forms ("Nghị quyết 18"); laws cited
 * by name and date ("Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015").
 */
export function extractCitations(text: string, start = 0, end = text.length): CitationMention[] {
  const coded = codedCitations(text, start, end).sort((a, b) => a.start - b.start);
  const all = [
    ...coded,
    ...shortForms(text, start, end, coded),
    ...lawsByName(text, start, end, coded),
  ];
  return endTopicsAtNextCitation(
    text,
    shareAcrossLists(
      text,
      all.sort((a, b) => a.codeStart - b.codeStart),
    ),
  );
}
