import { readNameAt } from "./personNames.js";
import { readTitleAt, type TitleMatch } from "./readTitleAt.js";

/** A person named in a text, with the titles printed beside the name. */
export interface PersonMention {
  /** Span of the name. */
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** Titles in the order printed ("TUV, Bí thư Huyện ủy" → two). */
  readonly titles: readonly TitleMatch[];
  /** Span of the whole mention, titles included. */
  readonly spanStart: number;
  readonly spanEnd: number;
}

const CUE = /(?<![\p{L}\p{M}])(?:các\s+)?(?:đồng\s+chí|đ\s*\/\s*c|ông|bà)\s*:?\s+/giu;
const AFTER_NAME = /[ \t]*(?:[-–—,:(]|\n)[ \t]*|\s*\(\s*/uy;
const BETWEEN_TITLES = /\s*(?:,|;?\s*kiêm|[-–—])\s*|\s+kiêm\s+/uy;
// "nguyên Ủy viên Bộ Chính trị": a post held once ("nguyên" before a title is "former").
const FORMER = /nguyên\s+/uy;
// Words that can open a title printed before a name ("Chủ tịch UBND phường … Đào Thị
// Thu Hằng"); titles in running text are capitalised when they precede a name.
const TITLE_START =
  /(?<![\p{L}\p{M}])(?:Phó|Tổng|Thường|Bí|Chủ|Ủy|Uỷ|TUV|HUV|PBT|PCT|Tỉnh|Thành|Huyện|Thủ|Bộ|Thứ|Trưởng|Chánh|Giám|Chỉ|Chính|Thống|Viện|Vụ|Cục)(?![\p{L}\p{M}])/gu;

function readTitles(text: string, index: number): { titles: TitleMatch[]; end: number } {
  const titles: TitleMatch[] = [];
  let at = index;
  let end = index;
  for (;;) {
    FORMER.lastIndex = at;
    const former = FORMER.exec(text) !== null;
    const read = readTitleAt(text, former ? FORMER.lastIndex : at);
    if (!read) break;
    const title = former ? { ...read, former } : read;
    titles.push(title);
    end = title.end;
    BETWEEN_TITLES.lastIndex = end;
    const sep = BETWEEN_TITLES.exec(text);
    if (!sep) break;
    at = BETWEEN_TITLES.lastIndex;
  }
  return { titles, end };
}

// govgraph's people are officials. "Ông / Bà" with no title whom a letter is addressed
// to ("Kính gửi: Bà Đặng Phương Hà My (Địa chỉ: …; Số ĐT: …)"), whose petition it answers
// ("đơn phản ánh kiến nghị … của ông …"), or who is said to live somewhere or speak for a
// family ("ông Nguyễn Xuân Hồi, trú tại tổ 10") is a private person: neither the name nor
// the sentence around it, often with an address, goes into the graph.
const ADDRESSED =
  /(?:Kính\s+gửi\s*:?|(?:đơn|câu\s+hỏi|kiến\s+nghị|thư)(?:[^.;:]|\.(?=\d)){0,80}của)\s*$/iu;
const PRIVATE_AFTER =
  /^\s*(?:\(\s*(?:Địa\s+chỉ|ĐC|SĐT|Số\s+ĐT)|,?\s*(?:trú\s+tại|cư\s+trú|ở\s+(?:tổ|thôn|ấp|số\s+nhà)|đại\s+diện\s+gia\s+đình|người\s+dân|độc\s+giả))/iu;

function isPrivatePerson(text: string, cue: RegExpExecArray, nameEnd: number): boolean {
  if (!/^(?:ông|bà)(?![\p{L}\p{M}])/iu.test(cue[0].replace(/^các\s+/iu, ""))) return false;
  return (
    ADDRESSED.test(text.slice(Math.max(0, cue.index - 120), cue.index)) ||
    PRIVATE_AFTER.test(text.slice(nameEnd, nameEnd + 40))
  );
}

// "Bà A, Chủ tịch UBND phường (cũ) và - Bà B, Trưởng phòng Tư pháp quận (cũ) giữ chức
// vụ Phó Chủ tịch UBND phường": both take the post named after the last.
const SHARED_APPOINTMENT = /^[ \t]*(?:\([^)]{1,12}\)[ \t]*)?(?:,|và)\s*(?:[-–+•][ \t]*)?$/u;

function cuedPeople(text: string, start: number, end: number): PersonMention[] {
  const out: PersonMention[] = [];
  const appointedTo: TitleMatch[][] = [];
  CUE.lastIndex = start;
  for (let m = CUE.exec(text); m && m.index < end; m = CUE.exec(text)) {
    const nameAt = m.index + m[0].length;
    const name = readNameAt(text, nameAt, false);
    if (!name) continue;
    AFTER_NAME.lastIndex = name.end;
    const sep = AFTER_NAME.exec(text);
    const { titles, end: titlesEnd } = sep
      ? readTitles(text, AFTER_NAME.lastIndex)
      : { titles: [], end: name.end };
    const spanEnd = titles.length ? titlesEnd : name.end;
    const appointed = appointmentAt(text, spanEnd);
    if (titles.length + appointed.titles.length === 0 && isPrivatePerson(text, m, name.end)) {
      CUE.lastIndex = name.end;
      continue;
    }
    out.push({
      start: name.start,
      end: name.end,
      name: name.name,
      titles: [...titles, ...appointed.titles],
      spanStart: m.index,
      spanEnd,
    });
    appointedTo.push(appointed.titles);
    CUE.lastIndex = Math.max(spanEnd, appointed.end);
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const person = out[i];
    const next = out[i + 1];
    const post = appointedTo[i + 1] ?? [];
    if (!person || !next || appointedTo[i]?.length || post.length === 0) continue;
    if (!SHARED_APPOINTMENT.test(text.slice(person.spanEnd, next.spanStart))) continue;
    out[i] = { ...person, titles: [...person.titles, ...post] };
    appointedTo[i] = post;
  }
  return out;
}

// "… được chỉ định giữ chức vụ Chủ tịch HĐND phường", "… được bầu giữ chức Chủ tịch",
// "… vào chức danh Chủ tịch UBND huyện", "… đảm nhận chức vụ mới là Trưởng Ban Dân vận":
// the titles a person takes.
const APPOINTED =
  /[ \t]*(?:\([^)]{1,12}\)[ \t]*)?(?:[-–,][ \t]*)?(?:(?:đã\s+)?được\s+(?:chỉ\s+định|bầu(?:\s+giữ)?|bổ\s+nhiệm|phân\s+công|điều\s+động|giao)\s+)?(?:giữ|vào|làm|đảm\s+nhận|đảm\s+nhiệm)\s+(?:chức(?:\s+(?:vụ|danh))?\s+)?(?:mới\s+)?(?:là\s+)?/uy;
// "bầu bổ sung chức danh Ủy viên UBND đối với đồng chí Phạm Đức Bảy".
const ELECTS = /(?<![\p{L}\p{M}])bầu\s+(?:bổ\s+sung\s+)?(?:chức\s+(?:vụ|danh)\s+)?(?=\p{Lu})/gu;
const FOR_PERSON = /\s+(?:đối\s+với|cho)\s+(?:đồng\s+chí|ông|bà|đ\/c)\s+/iuy;

function appointmentAt(text: string, at: number): { titles: TitleMatch[]; end: number } {
  APPOINTED.lastIndex = at;
  const m = APPOINTED.exec(text);
  if (!m || !/(?:giữ|vào|làm|đảm)/u.test(m[0])) return { titles: [], end: at };
  return readTitles(text, at + m[0].length);
}

function electedPeople(text: string, start: number, end: number): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of text.slice(start, end).matchAll(ELECTS)) {
    const at = start + m.index + m[0].length;
    const { titles, end: titlesEnd } = readTitles(text, at);
    if (!titles.length) continue;
    FOR_PERSON.lastIndex = titlesEnd;
    const cue = FOR_PERSON.exec(text);
    const name = cue ? readNameAt(text, FOR_PERSON.lastIndex, false) : undefined;
    if (!name) continue;
    out.push({
      start: name.start,
      end: name.end,
      name: name.name,
      titles,
      spanStart: at,
      spanEnd: name.end,
    });
  }
  return out;
}

// "các đồng chí Ủy viên Trung ương Đảng: Phạm Gia Túc, Chánh Văn phòng …; Nguyễn Đắc
// Vinh, Chủ nhiệm …": the titles before the colon are every listed person's.
const SHARED_LIST = /(?<![\p{L}\p{M}])các\s+đồng\s+chí\s+(?=\p{Lu})/gu;
const ITEM_START = /\s*[;:]\s*/uy;
const NAME_THEN_TITLES = /\s*,\s*/uy;

function listedPeople(
  text: string,
  start: number,
  end: number,
  known: readonly PersonMention[],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of text.slice(start, end).matchAll(SHARED_LIST)) {
    const at = start + m.index + m[0].length;
    const shared = readTitles(text, at);
    if (!shared.titles.length || text[shared.end] !== ":") continue;
    let pos = shared.end;
    const stop = text.indexOf("\n\n", pos) < 0 ? end : Math.min(end, text.indexOf("\n\n", pos));
    for (let items = 0; items < 30 && pos < stop; items++) {
      ITEM_START.lastIndex = pos;
      const sep = ITEM_START.exec(text);
      if (!sep) break;
      const itemAt = ITEM_START.lastIndex;
      const next = text.indexOf(";", itemAt);
      const itemEnd = next < 0 || next > stop ? stop : next;
      const inside = known.find((p) => p.start >= itemAt && p.start < itemEnd);
      const name = inside ? undefined : readNameAt(text, itemAt, true);
      let own: TitleMatch[] = inside ? [...inside.titles] : [];
      if (name) {
        NAME_THEN_TITLES.lastIndex = name.end;
        if (NAME_THEN_TITLES.exec(text)) own = readTitles(text, NAME_THEN_TITLES.lastIndex).titles;
      }
      const person = inside ?? name;
      if (!person) break;
      out.push({
        start: person.start,
        end: person.end,
        name: "name" in person ? person.name : "",
        titles: [...shared.titles, ...own],
        spanStart: itemAt,
        spanEnd: itemEnd,
      });
      pos = itemEnd;
    }
  }
  return out;
}

function titledPeople(text: string, start: number, end: number): PersonMention[] {
  const out: PersonMention[] = [];
  TITLE_START.lastIndex = start;
  for (let m = TITLE_START.exec(text); m && m.index < end; m = TITLE_START.exec(text)) {
    const { titles, end: titlesEnd } = readTitles(text, m.index);
    if (!titles.length) continue;
    const gap = /^[ \t]*\n?[ \t]*/u.exec(text.slice(titlesEnd, titlesEnd + 8))?.[0].length ?? 0;
    const name = gap > 0 ? readNameAt(text, titlesEnd + gap, true) : undefined;
    if (!name) continue;
    out.push({
      start: name.start,
      end: name.end,
      name: name.name,
      titles,
      spanStart: m.index,
      spanEnd: name.end,
    });
    TITLE_START.lastIndex = name.end;
  }
  return out;
}

/**
 * People named in text[start, end) with their titles: after "đồng chí / Đ/c / ông / bà"
 * ("đồng chí Phan Việt Hưng - Bí thư Đảng ủy phường", "Đ/c K Thanh – TUV, Bí thư Huyện
 * ủy") and after a title ("Chủ tịch UBND phường Tương Mai Đào Thị Thu Hằng").
 */
export function extractOfficials(text: string, start = 0, end = text.length): PersonMention[] {
  const cued = cuedPeople(text, start, end);
  const titled = titledPeople(text, start, end).filter(
    (p) => !cued.some((c) => c.start === p.start),
  );
  const found = [...cued, ...titled];
  const listed = listedPeople(text, start, end, found);
  const kept = found.filter((p) => !listed.some((l) => l.start === p.start));
  return [...kept, ...listed, ...electedPeople(text, start, end)].sort((a, b) => a.start - b.start);
}
