import type { AttendanceRole } from "../../domain.js";
import type { CitationMention } from "./extractCitations.js";
import type { PersonMention } from "./extractOfficials.js";
import type { BodyMatch } from "./readBodyAt.js";
import { casedAlternatives } from "./casedAlternatives.js";
import { findDates, type DateMention } from "./readDate.js";
import { itemsBetween } from "./spanIndex.js";
import type { Sentence } from "./splitSentences.js";

/** A meeting a text reports (hội nghị, kỳ họp, buổi làm việc…), with who took part. */
export interface MeetingMention {
  /** Span of the meeting's name where it is first reported. */
  readonly start: number;
  readonly end: number;
  readonly title: string;
  /** The meeting noun as printed: "Hội nghị", "Kỳ họp", "buổi làm việc". */
  readonly kind: string;
  readonly date?: DateMention;
  readonly venue?: string;
  readonly organizer?: BodyMatch;
  /** Citations inside the name ("Hội nghị sơ kết … Thông tri số 03-TT/QU"). */
  readonly reviews: readonly CitationMention[];
  readonly attendees: readonly { readonly person: PersonMention; readonly role: AttendanceRole }[];
  /** Sentences that report this meeting. */
  readonly sentences: readonly number[];
}

const MEETING = new RegExp(
  `(?<![\\p{L}\\p{M}])(${casedAlternatives([
    "Hội nghị",
    "Kỳ họp",
    "Hội thảo",
    "Đại hội",
    "Lễ khởi công",
    "Lễ công bố",
    "Lễ kỷ niệm",
    "Lễ phát động",
    "Lễ ra mắt",
    "Lễ khánh thành",
    "Phiên họp",
    "Cuộc họp",
    "Buổi làm việc",
    "Tọa đàm",
  ])})(?![\\p{L}\\p{M}])`,
  "gu",
);
const ORGANIZES =
  /^\s*(?:lâm\s+thời\s+)?(?:kh(?:óa|oá|oa)\s+[\p{L}\d]+\s*,?\s*)?(?:nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4}\s*)?(?:đã\s+|vừa\s+|chính\s+thức\s+|long\s+trọng\s+)?(?:phối\s+hợp(?:\s+với)?\s+[^,;.]{0,60}?\s+)?(?:tổ\s+chức|có)\s+$/u;
// The body a meeting's name gives right after its noun organizes it: "Phiên họp
// UBND thành phố", "Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng", "Cuộc họp
// Thường trực Ban Chỉ đạo …", "Kỳ họp thứ nhất HĐND phường Tương Mai".
const NAMES_ITS_BODY =
  /^\s+(?:(?:lần\s+)?thứ\s+[\p{L}\d]+\s+|thường\s+kỳ\s+|chuyên\s+đề\s+|toàn\s+thể\s+)?(?:của\s+)?(?:Thường\s+trực\s+)?$/iu;
// A session's body is the subject of the clause its sentence opens with it: "Tại phiên
// họp ngày 28/11/2025, sau khi nghe …, Bộ Chính trị, Ban Bí thư kết luận", "tại kỳ họp
// thứ hai, …, HĐND thành phố Hà Nội thông qua …", "Tại kỳ họp thứ 10, Quốc hội khoá XV,".
const SESSION = /^(?:Phiên|Kỳ)\s+họp/iu;
const CLAUSE_OPENS = /^[^.;]*,\s*$/u;
const IN_SESSION =
  /^\s*(?:kh(?:óa|oá|oa)\s+[\p{L}\d]+\s*,|(?:,\s*Ban\s+Bí\s+thư\s+)?(?:đã\s+)?(?:kết\s+luận|thông\s+qua|xem\s+xét|thảo\s+luận|cho\s+ý\s+kiến|quyết\s+định|biểu\s+quyết|có\s+ý\s+kiến|đồng\s+ý|nhất\s+trí|thống\s+nhất)(?![\p{L}\p{M}]))/u;
// "Luật Bảo vệ dữ liệu cá nhân được Quốc hội khóa XV thông qua tại kỳ họp thứ 9 ngày 26
// tháng 6 năm 2025" says when a law was passed, and reports no meeting either.
const ADOPTION =
  /(?:này|Nghị\s+quyết|Luật|Bộ\s+luật)(?:\s+[^.;]{1,80}?)?\s+(?:đã\s+)?được\s+[^.;]{0,240}?thông\s+qua\s+(?:tại\s+[^.;]{1,40}?\s+)?ngày/iu;
const TITLE_STOP =
  /[;.:(“"]|\s(?:tại|do|với\s+sự|nhằm|vào|trong|từ)\s|\sngày\s+(?=\d)|,\s*(?:\p{Lu}|đồng\s+chí|với|có|đã|sáng|chiều|tối|trưa|yêu\s+cầu)|\s(?:đã|chính\s+thức|diễn\s+ra|khai\s+mạc)\s|\s(?:được\s+tổ\s+chức|thông\s+qua)(?=\s|$)/u;
// What a name may end on where a verb follows it: "… khóa XIII họp", "… năm 2025 tổ
// chức", "… HĐND TP Hà Nội và" (thông qua …).
const TRAILING = /(?:\s+(?:họp|tổ\s+chức|và)|\s*,)$/u;
const VENUE =
  /(?<![\p{L}\p{M}])[Tt]ại\s+(?!(?:Hội\s+nghị|hội\s+nghị|[Kk]ỳ\s+họp|[Pp]hiên\s+họp|buổi|đây|địa\s+bàn|các|những)(?![\p{L}\p{M}]))([^,;.]{3,90}?)(?=\s*[,;.]|\s+(?:đã|đồng\s+chí|ông|bà)\s|$)/u;
const ATTENDANCE =
  /^\s*(?:[-+•]\s*)?(?:Dự|Tham\s+dự|Cùng\s+dự|Về\s+dự|Đến\s+dự|Dự\s+và\s+chỉ\s+đạo|Đại\s+diện)(?![\p{L}\p{M}])|có\s+sự\s+tham\s+dự\s+của|Gồm\s+các\s+đồng\s+chí|tại\s+(?:kỳ\s+họp|hội\s+nghị|buổi\s+làm\s+việc|phiên\s+họp|lễ(?:\s+\p{L}+){0,2})\s*\.?\s*$/iu;
// "… theo chỉ đạo của Phó Thủ tướng … tại Hội nghị trực tuyến ngày …".
const DIRECTS_AT = /(?:chỉ\s+đạo|kết\s+luận|ý\s+kiến)\s+của\s+$/iu;
const AT_MEETING =
  /^[\s,]*(?:đã\s+)?(?:phát\s+biểu\s+)?tại\s+(?:Hội\s+nghị|hội\s+nghị|[Kk]ỳ\s+họp|[Pp]hiên\s+họp|[Bb]uổi\s+làm\s+việc|Lễ)/u;
const CHAIRS = /^[\s,]*(?:đã\s+)?(?:chủ\s+trì|điều\s+hành)/iu;
const PRESENTS = /^[^.;]{0,60}?(?:trình\s+bày|báo\s+cáo\s+tóm\s+tắt)/iu;
const SPEAKS_AFTER = /^[\s,]*(?:đã\s+)?(?:phát\s+biểu|kết\s+luận|chỉ\s+đạo)/iu;
const SPEAKS_BEFORE = /^\s*(?:[-+•]\s*)?(?:Phát\s+biểu|Kết\s+luận)[^,.;]{0,80},\s*$/iu;
const MAX_DATE_DISTANCE = 220;
const FOOTNOTE = /\[(\d{1,2})\]/gu;

interface Inputs {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly citations: readonly CitationMention[];
  readonly bodies: readonly BodyMatch[];
  readonly people: readonly PersonMention[];
  readonly sentenceAt: (offset: number) => number;
  readonly isBoilerplate: (offset: number) => boolean;
}

function inCitation(citations: readonly CitationMention[], at: number): boolean {
  return itemsBetween(citations, at - 600, at + 1, (c) => c.codeStart).some(
    (c) => at >= c.start && at < Math.max(c.tailEnd, c.codeEnd),
  );
}

/** The meeting's name from its noun, text[start, start + nounEnd), to `end` at most. */
function readMeetingTitle(
  text: string,
  start: number,
  nounEnd: number,
  end: number,
  citations: readonly CitationMention[],
) {
  const window = text.slice(start, Math.min(end, start + 220));
  const stop = window.slice(nounEnd).search(TITLE_STOP);
  let titleEnd = start + (stop < 0 ? window.length : nounEnd + stop);
  const inside = itemsBetween(citations, start, titleEnd, (c) => c.codeStart);
  const first = inside[0];
  if (first) titleEnd = first.codeEnd;
  const printed = text.slice(start, titleEnd).replace(FOOTNOTE, "").replace(/\s+/gu, " ").trim();
  const trailing = TRAILING.exec(printed);
  return {
    end: titleEnd,
    // Not the noun's own "họp" ("Phiên họp").
    title: trailing && trailing.index >= nounEnd ? printed.slice(0, trailing.index) : printed,
    reviews: first ? [first] : [],
  };
}

function roleIn(
  text: string,
  sentence: Sentence,
  person: PersonMention,
): AttendanceRole | undefined {
  const before = text.slice(sentence.start, person.spanStart);
  const after = text.slice(person.spanEnd, sentence.end);
  if (CHAIRS.test(after)) return "CHAIR";
  if (SPEAKS_BEFORE.test(before) || SPEAKS_AFTER.test(after)) return "SPEAKER";
  if (DIRECTS_AT.test(before.slice(-40)) && AT_MEETING.test(after)) return "SPEAKER";
  if (PRESENTS.test(after)) return "PRESENTER";
  if (ATTENDANCE.test(text.slice(sentence.start, sentence.end)) || AT_MEETING.test(after)) {
    return "ATTENDEE";
  }
  return undefined;
}

/**
 * Meetings a text reports: a meeting noun with its own date in the same sentence
 * ("chiều ngày 30/6/2022, … tổ chức Hội nghị sơ kết …"), its organizer (the body
 * that "tổ chức"), venue ("Tại Hội trường …") and participants by role: chủ trì →
 * CHAIR, trình bày → PRESENTER, phát biểu / kết luận → SPEAKER, dự → ATTENDEE.
 */
export function extractMeetings(input: Inputs): MeetingMention[] {
  const { text, sentences, citations, bodies, people } = input;
  const meetings: {
    start: number;
    end: number;
    title: string;
    kind: string;
    date?: DateMention;
    venue?: string;
    organizer?: BodyMatch;
    reviews: CitationMention[];
    attendees: { person: PersonMention; role: AttendanceRole }[];
    sentences: number[];
  }[] = [];
  const refs = new Map<number, number>();
  for (const m of text.matchAll(MEETING)) {
    if (input.isBoilerplate(m.index)) continue;
    const index = input.sentenceAt(m.index);
    const sentence = sentences[index];
    if (!sentence) continue;
    const kind = (m[1] ?? "").replace(/\s+/gu, " ");
    const dates = findDates(text, sentence.start, sentence.end).filter(
      (d) => !inCitation(citations, d.start) && Math.abs(d.start - m.index) <= MAX_DATE_DISTANCE,
    );
    // "các hội nghị" is no one meeting, "sau hội nghị" points back at one, and "… được
    // Hội đồng nhân dân … Kỳ họp thứ 28 thông qua ngày …" is a resolution's adoption formula.
    const before = text.slice(Math.max(sentence.start, m.index - 14), m.index);
    const reference = /(?:các|những|sau|trước)\s+$/iu.test(before);
    const adoption = ADOPTION.test(text.slice(sentence.start, sentence.end));
    const date = reference || adoption ? undefined : dates[0];
    const known = meetings.findIndex(
      (x) =>
        (date && x.date && x.date.day === date.day && x.date.month === date.month) ||
        (!date && x.kind.toLowerCase() === kind.toLowerCase()),
    );
    if (known >= 0 || !date) {
      const target = known >= 0 ? known : meetings.length === 1 ? 0 : -1;
      if (target >= 0 && !refs.has(index)) refs.set(index, target);
      continue;
    }
    const nounEnd = m.index + m[0].length;
    const { end, title, reviews } = readMeetingTitle(
      text,
      m.index,
      m[0].length,
      sentence.end,
      citations,
    );
    const organizer =
      [...bodies]
        .reverse()
        .find(
          (b) =>
            b.end <= m.index &&
            b.start >= sentence.start &&
            ORGANIZES.test(text.slice(b.end, m.index)),
        ) ??
      bodies.find(
        (b) =>
          b.start >= nounEnd &&
          b.end <= end &&
          !b.generic &&
          NAMES_ITS_BODY.test(text.slice(nounEnd, b.start)),
      ) ??
      (SESSION.test(kind)
        ? bodies.find(
            (b) =>
              b.start >= end &&
              b.end <= sentence.end &&
              !b.generic &&
              CLAUSE_OPENS.test(text.slice(end, b.start)) &&
              IN_SESSION.test(text.slice(b.end, b.end + 40)),
          )
        : undefined);
    const venue = VENUE.exec(text.slice(sentence.start, sentence.end))?.[1];
    meetings.push({
      start: m.index,
      end,
      title: title.charAt(0).toLocaleUpperCase("vi") + title.slice(1),
      kind,
      date,
      ...(venue ? { venue: venue.charAt(0).toLocaleUpperCase("vi") + venue.slice(1) } : {}),
      ...(organizer ? { organizer } : {}),
      reviews: /(?:sơ|tổng)\s+kết/iu.test(title) ? reviews : [],
      attendees: [],
      sentences: [index],
    });
    refs.set(index, meetings.length - 1);
  }
  // Footnotes: "…và địa phương[1]" in a meeting's sentence, "[1] Gồm các đồng chí: …";
  // everyone the note lists, to the end of its paragraph, took part.
  const guests = new Set<number>();
  for (const [index, meeting] of [...refs]) {
    const sentence = sentences[index];
    if (!sentence) continue;
    for (const f of text.slice(sentence.start, sentence.end).matchAll(FOOTNOTE)) {
      const note = text.indexOf(`[${f[1]}]`, sentence.end);
      if (note < 0) continue;
      const paragraphEnd = text.indexOf("\n\n", note);
      const end = paragraphEnd < 0 ? text.length : paragraphEnd;
      for (let i = input.sentenceAt(note); (sentences[i]?.start ?? end) < end; i++) {
        refs.set(i, meeting);
        guests.add(i);
      }
    }
  }
  for (const person of people) {
    const index = input.sentenceAt(person.start);
    const sentence = sentences[index];
    if (!sentence) continue;
    let meeting = refs.get(index);
    const role = roleIn(text, sentence, person) ?? (guests.has(index) ? "ATTENDEE" : undefined);
    // A caption or a list of guests without the meeting's noun is about the meeting
    // last reported before it ("Tham dự về phía Trung ương có các đồng chí: …").
    if (meeting === undefined && role) {
      const before = meetings.findLastIndex((m) => m.start <= person.start);
      meeting = before >= 0 ? before : meetings.length === 1 ? 0 : undefined;
    }
    const target = meeting === undefined ? undefined : meetings[meeting];
    if (!target || !role) continue;
    if (!target.sentences.includes(index)) target.sentences.push(index);
    target.attendees.push({ person, role });
  }
  return meetings;
}
