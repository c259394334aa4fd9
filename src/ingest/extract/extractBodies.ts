import { casedAlternatives } from "./casedAlternatives.js";
import { isProvinceName } from "../../identity/index.js";
import { levelOfWord, readLevelAt } from "./placeNames.js";
import { readBodyAt, type BodyMatch } from "./readBodyAt.js";

// Words a body's name can start with; a cheap scan finds where to try the grammar.
const HEAD_START = new RegExp(
  `(?<![\\p{L}\\p{M}\\d/-])(?:${casedAlternatives(
    "Ban BCH Bộ Văn Ủy Uỷ Quân Đảng Tỉnh Thành Huyện Quận Thị UB MTTQ Mặt Thường Hội HĐND Thủ Thanh Chính Quốc Ngân Kiểm Tòa Toà Viện Bảo Công Sở Phòng Đoàn Liên Vụ Cục Trung Thuế".split(
      " ",
    ),
  )})`,
  "gu",
);

/** Every body name in text[start, end), in order, without overlaps. */
export function extractBodies(text: string, start = 0, end = text.length): BodyMatch[] {
  const out: BodyMatch[] = [];
  HEAD_START.lastIndex = start;
  for (let m = HEAD_START.exec(text); m && m.index < end; m = HEAD_START.exec(text)) {
    const body = readBodyAt(text, m.index);
    if (!body || body.end > end) continue;
    const apposition = readProvinceApposition(text, body.end);
    out.push(apposition ? { ...body, ...apposition } : body);
    HEAD_START.lastIndex = body.end;
  }
  return shareJoinedPlaces(text, out);
}

const JOINED = /^[ \t]*(?:[-–,]|và)[ \t]*$/u;

/**
 * "Trụ sở HĐND - UBND phường Tương Mai", "giữa UBND, UBMTTQ Việt Nam phường Gia Thụy":
 * a bare name joined to the next body shares its level and place.
 */
function shareJoinedPlaces(text: string, bodies: BodyMatch[]): BodyMatch[] {
  for (let i = bodies.length - 2; i >= 0; i--) {
    const a = bodies[i];
    const b = bodies[i + 1];
    if (!a || !b || !b.levelWord || !b.place || b.parent || b.generic) continue;
    const bare = !a.levelWord && !a.place && !a.parent && !a.canonical && !a.complete && !a.generic;
    if (
      !bare ||
      a.impliedLevelWord ||
      a.ofUnnamedCouncil ||
      !JOINED.test(text.slice(a.end, b.start))
    )
      continue;
    bodies[i] = { ...a, levelWord: b.levelWord, place: b.place };
  }
  return bodies;
}

// What opens an apposition after a body's name (", tỉnh …", " (tỉnh …"), what may
// join a district to its province, and what closes a bracketed one.
const OPEN = /[ \t]*[,(][ \t]*/uy;
const COMMA = /[ \t]*,[ \t]*/uy;
const CLOSE = /[ \t]*\)/uy;

/**
 * The province an apposition right after a body's name gives it, through at most one
 * district: "UBND xã Tân Thành, tỉnh Tây Ninh", "UBND huyện Châu Thành, tỉnh Tiền
 * Giang", "UBND xã An Bình (huyện Phú Giáo, tỉnh Bình Dương)".
 */
export function readProvinceApposition(
  text: string,
  at: number,
): { province: string; placeEnd: number } | undefined {
  OPEN.lastIndex = at;
  if (!OPEN.exec(text)) return undefined;
  let from = OPEN.lastIndex;
  for (let step = 0; step < 2; step++) {
    // readLevelAt reads " tỉnh …": give it the blank it expects before the level word.
    const level = readLevelAt(` ${text.slice(from, from + 120)}`, 0);
    if (!level?.levelWord || !level.place) return undefined;
    const levelEnd = from + level.end - 1;
    const rank = levelOfWord(level.levelWord);
    if (rank === "DISTRICT") {
      COMMA.lastIndex = levelEnd;
      if (!COMMA.exec(text)) return undefined;
      from = COMMA.lastIndex;
      continue;
    }
    if (rank !== "PROVINCE" || !isProvinceName(level.place)) return undefined;
    CLOSE.lastIndex = levelEnd;
    const word = /^t[iỉ]/iu.test(level.levelWord) ? "tỉnh" : "thành phố";
    return {
      province: `${word} ${level.place}`,
      placeEnd: CLOSE.exec(text) ? CLOSE.lastIndex : levelEnd,
    };
  }
  return undefined;
}
