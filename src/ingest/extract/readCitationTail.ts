import { readBodyAt, type BodyMatch } from "./readBodyAt.js";
import { readDateAt, type DateMention } from "./readDate.js";
import { readTitleAt } from "./readTitleAt.js";

/** What a text writes right after a document's number: date, issuer, asides. */
export interface CitationTail {
  /** Where the trích yếu may start. */
  readonly end: number;
  readonly date?: DateMention;
  /** "năm 2025" after the number, when no full date is given. */
  readonly year?: number;
  /** "của Quận ủy Long Biên", or a Party body right after the number. */
  readonly issuer?: BodyMatch;
  /** Parenthesised asides: "(được sửa đổi, bổ sung … tại Nghị định số …)". */
  readonly asides: readonly { start: number; end: number }[];
}

const SEPARATOR = /[ \t\n,]*/uy;
const OF = /của[ \t\n]+/iuy;
const YEAR = /năm[ \t\n]+((?:19|20)\d{2})(?!\d)/iuy;
const TERM = /[ \t\n]*\(?[ \t\n]*kh(?:óa|oá)[ \t\n]+[IVXLC]+[ \t\n]*\)?/iuy;
const OPEN_DATED = /\([ \t\n]*(?=(?:ban hành )?ngày[ \t\n]+\d)/iuy;
const PARTY_CENTRAL = /^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương)$/u;

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Reads the issuer after "của": a body, or titles then a body ("Bộ trưởng Bộ Tư pháp"). */
function readIssuer(text: string, at: number): BodyMatch | undefined {
  const body = readBodyAt(text, at);
  if (body) return body;
  let pos = at;
  for (let i = 0; i < 3; i++) {
    const title = readTitleAt(text, pos);
    if (!title) return undefined;
    if (title.body) return title.body;
    const sep = /^[ \t\n]*,?[ \t\n]*/u.exec(text.slice(title.end, title.end + 6));
    pos = title.end + (sep?.[0].length ?? 0);
  }
  return undefined;
}

function closingParenthesis(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + 400);
  for (let i = open; i < limit; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i + 1;
    else if (ch === "\n" && text[i + 1] === "\n") return -1;
  }
  return -1;
}

/**
 * Reads the parts after a number-symbol, in any order: date ("ngày 22/4/2021",
 * "ngày 22 tháng 4 năm 2021"), year ("năm 2025"), issuer ("của Quận ủy Long Biên",
 * "(khóa XII)"), and parenthesised asides, stopping where the trích yếu would start.
 */
export function readCitationTail(text: string, start: number): CitationTail {
  let pos = start;
  let date: DateMention | undefined;
  let year: number | undefined;
  let issuer: BodyMatch | undefined;
  let inParenthesis = false;
  const asides: { start: number; end: number }[] = [];
  for (let step = 0; step < 8; step++) {
    const sep = sticky(SEPARATOR, text, pos);
    const at = pos + (sep?.[0].length ?? 0);
    const dated = date ? undefined : readDateAt(text, at);
    if (dated && /^(?:ngày|\d)/iu.test(text.slice(at, at + 5))) {
      date = dated;
      pos = dated.end;
      continue;
    }
    const yearMatch = !date && year === undefined ? sticky(YEAR, text, at) : null;
    if (yearMatch) {
      year = Number(yearMatch[1]);
      pos = at + yearMatch[0].length;
      continue;
    }
    const of = issuer ? null : sticky(OF, text, at);
    if (of) {
      const body = readIssuer(text, at + of[0].length);
      if (!body) break;
      issuer = body;
      pos = body.end;
      const term = sticky(TERM, text, pos);
      if (term) pos += term[0].length;
      continue;
    }
    if (!issuer) {
      const adjacent = readBodyAt(text, at);
      if (adjacent && PARTY_CENTRAL.test(adjacent.head)) {
        issuer = adjacent;
        pos = adjacent.end;
        continue;
      }
    }
    const open = !date && !inParenthesis ? sticky(OPEN_DATED, text, at) : null;
    if (open) {
      inParenthesis = true;
      pos = at + open[0].length;
      continue;
    }
    if (text[at] === "(") {
      const close = closingParenthesis(text, at);
      if (close < 0) break;
      asides.push({ start: at, end: close });
      pos = close;
      continue;
    }
    break;
  }
  return {
    end: pos,
    ...(date ? { date } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(issuer ? { issuer } : {}),
    asides,
  };
}
