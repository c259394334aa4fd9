import type { BodyKind } from "../../domain.js";
import { isInCapitals } from "../../text/index.js";
import { BODY_HEADS, type BodyHead } from "./bodyLexicon.js";
import { DEPARTMENT_NAMES, DEPARTMENT_SPELLINGS, MINISTRY_NAMES } from "./unitNames.js";
import { recaseHeading } from "./recaseHeading.js";
import { foldSameLength } from "./foldSameLength.js";
import { levelOfWord, readLevelAt, readPlaceAt } from "./placeNames.js";

/** A body's name as read in a text: "UBND phường Gia Thụy", "Quận ủy", "Bộ Tư pháp". */
export interface BodyMatch {
  readonly start: number;
  readonly end: number;
  /** The name without level and place: "UBND", "Quận ủy", "Bộ Tư pháp", "Ban Tuyên giáo". */
  readonly head: string;
  readonly kind: BodyKind;
  /** The one name of a body that exists once ("Ban Bí thư"). */
  readonly canonical?: string;
  /** "phường", "Thành phố", "TP." as printed. */
  readonly levelWord?: string;
  /** The level word a committee's head implies: "huyện" for "Huyện ủy". */
  readonly impliedLevelWord?: string;
  readonly place?: string;
  /** The body a sub-unit belongs to ("Huyện ủy Đắk Song" of "Ban Tuyên giáo …"). */
  readonly parent?: BodyMatch;
  /**
   * A People's Council's committee named without its council ("Báo cáo thẩm tra số
   * 117/BC-BPC … của Ban Pháp chế;"), as the council's own resolutions name it.
   */
  readonly ofUnnamedCouncil?: boolean;
  /** "UBND các xã", "Ủy ban nhân dân tỉnh, thành phố …": a kind of body, not one body. */
  readonly generic: boolean;
  /** Printed in lower case ("huyện ủy"), as texts do when they mean "the" committee. */
  readonly lowercase: boolean;
  /** The head is a whole name ("Bộ Tư pháp", "Đảng ủy Chính phủ"): no place to add. */
  readonly complete: boolean;
  /** The province an apposition after the name gives: "…, tỉnh Tây Ninh", "(tỉnh Tây Ninh)". */
  readonly province?: string;
  /** Where that apposition ends: a verb after it still has the body as its subject. */
  readonly placeEnd?: number;
}

interface CompiledHead extends BodyHead {
  readonly pattern: RegExp;
  /** Lower-case letters the head can start with ("*": any). */
  readonly firsts: ReadonlySet<string>;
}

// The letters each alternative of a head's source starts with, so that a position is
// only tried against the heads that can start there.
function firstLetters(source: string): Set<string> {
  const out = new Set<string>();
  const body = source.replace(/^\(\?<![^)]*\)\)?/u, "");
  let depth = 0;
  let start = true;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? "";
    if (ch === "\\") {
      i++;
      continue;
    }
    if (start && depth <= 1) {
      if (ch === "(") {
        if (body.startsWith("(?:", i)) i += 2;
        depth++;
        continue;
      }
      out.add(/\p{L}/u.test(ch) ? ch.toLocaleLowerCase("vi") : "*");
      if (ch === "[") out.add("*");
      start = false;
    }
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth <= 1) start = true;
  }
  return out;
}

const HEADS: readonly CompiledHead[] = BODY_HEADS.map((head) => ({
  ...head,
  pattern: new RegExp(`(?:${head.source})(?![\\p{L}\\p{M}\\d])`, head.caseSensitive ? "uy" : "iuy"),
  firsts: firstLetters(head.source),
}));

function lexiconPatterns(names: readonly string[]): { name: string; pattern: RegExp }[] {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => {
      const words = foldSameLength(name)
        .split(/[\s,\-–]+/u)
        .filter(Boolean);
      return { name, pattern: new RegExp(`\\s+${words.join("[\\s,\\-–]+")}(?![a-z0-9])`, "y") };
    });
}

const LEXICONS = {
  ministry: lexiconPatterns(MINISTRY_NAMES),
  department: lexiconPatterns(DEPARTMENT_NAMES),
};

const GENERIC_BEFORE = /(?:^|\s)(?:các|những|mỗi|từng|cả)\s+$/iu;
const GENERIC_AFTER =
  /^\s*(?:các\s|cấp\s|trực thuộc|,\s*(?:thành phố|tỉnh|huyện|quận|thị|xã|phường)(?![\p{L}\p{M}]))/iu;

// "đại biểu Quốc hội", "Đoàn ĐBQH": the deputies, not the Assembly as a body.
const DELEGATES_BEFORE = /(?:đại\s+biểu|Đoàn\s+đại\s+biểu|cuộc\s+bầu\s+cử)\s+$/iu;
// A level word followed by one capital letter: "tỉnh A" in a form, not "huyện V/v".
const PLACEHOLDER = /^[ \t]+\p{Lu}(?![\p{L}\p{M}/])/u;

function tidy(text: string): string {
  const spaced = text.replace(/\s+/gu, " ").trim();
  return /[-–]/u.test(spaced)
    ? spaced.replace(/\s+[-–]\s*|\s*[-–]\s+|(?<=\p{Ll})[-–](?=\p{Lu})/gu, " - ")
    : spaced;
}

function readLexicon(
  text: string,
  index: number,
  lexicon: "ministry" | "department",
): { end: number; printed: string } | undefined {
  const window = foldSameLength(text.slice(index, index + 90));
  for (const { name, pattern } of LEXICONS[lexicon]) {
    pattern.lastIndex = 0;
    const m = pattern.exec(window);
    if (!m) continue;
    const printed = tidy(text.slice(index, index + m[0].length));
    if (!/^\p{Lu}/u.test(printed)) return undefined;
    // A heading's capitals ("BỘ TÀI CHÍNH") are not the name's spelling, nor is a
    // shortened one ("Phòng Kinh tế, hạ tầng đô thị").
    const full = DEPARTMENT_SPELLINGS.get(name);
    return {
      end: index + m[0].length,
      printed: full ?? (isInCapitals(printed) ? name : printed),
    };
  }
  return undefined;
}

// A council's committee without its council, ending its clause or line: "của Ban Pháp
// chế;", "- Đồng chí … – Trưởng Ban Văn hoá – Xã hội".
const UNNAMED_COUNCIL = /^[ \t]*(?:[;,.)]|\r?\n|$)/u;

function parentFits(head: CompiledHead, parent: BodyMatch): boolean {
  switch (head.parent) {
    case "committee":
      return parent.kind === "PARTY_COMMITTEE" && !parent.canonical && !parent.parent;
    case "office":
      if (parent.kind === "PARTY_COMMITTEE") return !parent.canonical && !parent.parent;
      return parent.kind === "PEOPLES_COMMITTEE" || parent.kind === "PEOPLES_COUNCIL";
    case "council":
      return parent.kind === "PEOPLES_COUNCIL";
    case "ministry":
      return parent.kind === "MINISTRY";
    case undefined:
      return true;
    default: {
      const unhandled: never = head.parent;
      return unhandled;
    }
  }
}

function readHead(
  text: string,
  index: number,
  head: CompiledHead,
  depth: number,
): BodyMatch | undefined {
  head.pattern.lastIndex = index;
  const m = head.pattern.exec(text);
  if (!m) return undefined;
  let end = head.pattern.lastIndex;
  let printed = tidy(m[0]).replace(/\s*\([^)]*\)/gu, "");
  // A heading's capitals ("ỦY BAN NHÂN DÂN", "BỘ" before a ministry's name), not an
  // acronym ("UBND", "HĐND").
  if (isInCapitals(printed) && (/\s/u.test(printed) || head.lexicon)) {
    printed = recaseHeading(printed);
  }
  if (head.lexicon) {
    const name = readLexicon(text, end, head.lexicon);
    if (!name) return undefined;
    end = name.end;
    printed = `${printed} ${name.printed}`;
  }
  let parent: BodyMatch | undefined;
  let ofUnnamedCouncil = false;
  if (head.parent) {
    if (depth > 1) return undefined;
    const at = end + (/^\s+/u.exec(text.slice(end, end + 8))?.[0].length ?? 0);
    parent = at === end ? undefined : readBodyAt(text, at, depth + 1);
    if (parent && parentFits(head, parent)) {
      end = parent.end;
    } else {
      // Not "Ban Dân tộc", which before 2025 was also a province's own agency ("Ban Dân
      // tộc tỉnh Sơn La").
      ofUnnamedCouncil =
        head.parent === "council" &&
        !/^Ban\s+Dân\s/u.test(printed) &&
        UNNAMED_COUNCIL.test(text.slice(end, end + 8));
      if (!ofUnnamedCouncil) return undefined;
      parent = undefined;
    }
  }
  let levelWord: string | undefined;
  let place: string | undefined;
  if (head.intrinsicLevel) {
    // The level may be printed again before the place: "Thành ủy Thành phố Hồ Chí Minh".
    const again = readLevelAt(text, end);
    const found = again?.place
      ? { end: again.end, place: again.place }
      : readPlaceAt(text, end, levelOfWord(head.intrinsicLevel) === "PROVINCE");
    if (found) ({ end, place } = found);
  } else if (head.place !== "none") {
    const found = readLevelAt(text, end);
    if (found) {
      ({ end, levelWord, place } = found);
    } else if (head.lexicon === "department") {
      // Without a level word only a province's name places a department ("Sở Xây dựng Hà Nội").
      const province = readPlaceAt(text, end, true, true);
      if (province) ({ end, place } = province);
    }
    if (head.place === "required" && !levelWord) return undefined;
  }
  // "Tỉnh ủy A", "Sở Tài chính tỉnh A": a form's placeholder; no place has a one-letter name.
  if (
    (place && /^\p{Lu}$/u.test(place)) ||
    (levelWord && !place && PLACEHOLDER.test(text.slice(end, end + 4)))
  ) {
    return undefined;
  }
  const before = text.slice(Math.max(0, index - 12), index);
  const generic =
    GENERIC_BEFORE.test(before) ||
    (head.canonical === "Quốc hội" && DELEGATES_BEFORE.test(before)) ||
    (!place && GENERIC_AFTER.test(text.slice(end, end + 24)));
  return {
    start: index,
    end,
    // "Trưởng ban Kinh tế - Ngân sách" names the unit "Ban Kinh tế - Ngân sách".
    head:
      head.canonical && !levelWord
        ? head.canonical
        : head.parent
          ? printed.charAt(0).toLocaleUpperCase("vi") + printed.slice(1)
          : printed,
    kind: head.kind,
    ...(head.canonical ? { canonical: head.canonical } : {}),
    ...(levelWord ? { levelWord } : {}),
    ...(head.intrinsicLevel ? { impliedLevelWord: head.intrinsicLevel } : {}),
    ...(place ? { place } : {}),
    ...(parent ? { parent } : {}),
    ...(ofUnnamedCouncil ? { ofUnnamedCouncil } : {}),
    generic,
    lowercase: /^\p{Ll}/u.test(printed),
    complete:
      head.place === "none" &&
      (!head.lexicon || head.lexicon === "ministry") &&
      !parent &&
      !ofUnnamedCouncil &&
      // "Ban Chỉ đạo", "Ban Chỉ đạo Trung ương" without its "về …" is a short form.
      !/^Ban chỉ đạo(?: (?:Nhà nước|Trung ương|quốc gia))?$/iu.test(printed),
  };
}

/** Reads the name of a body (cơ quan, tổ chức) starting exactly at `index`. */
export function readBodyAt(text: string, index: number, depth = 0): BodyMatch | undefined {
  const first = (text[index] ?? "").toLocaleLowerCase("vi");
  const folded = first === "ủ" || first === "u" ? "ủ" : first;
  for (const head of HEADS) {
    if (!head.firsts.has("*") && !head.firsts.has(first) && !head.firsts.has(folded)) continue;
    const match = readHead(text, index, head, depth);
    if (match) return match;
  }
  return undefined;
}

/** The display name of a body as read: head, level word and place, then its parent. */
export function bodyMatchName(match: BodyMatch): string {
  const own = [match.head, match.levelWord, match.place].filter(Boolean).join(" ");
  return match.parent ? `${own} ${bodyMatchName(match.parent)}` : own;
}
