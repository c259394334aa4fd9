import { foldVietnamese } from "../../text/index.js";
import type { Mentions } from "../extract/index.js";
import { levelOfWord, readLevelAt, type BodyMatch } from "../extract/index.js";
import type { BodyLevel } from "../../domain.js";

/** The places a text is about, one per level word ("phường" → "Gia Thụy"). */
export interface PlaceContext {
  /** The place a bare level word refers to: "UBND phường" → "Gia Thụy". */
  home(levelWord: string): string | undefined;
  /** The province or centrally-run city the text is about, with its level word. */
  province(): { readonly levelWord: string; readonly place: string } | undefined;
}

const RANK: Readonly<Record<BodyLevel, number>> = {
  CENTRAL: 0,
  PROVINCE: 1,
  DISTRICT: 2,
  COMMUNE: 3,
};

function levelOf(body: BodyMatch): BodyLevel {
  const word = body.levelWord ?? body.impliedLevelWord;
  if (word) return levelOfWord(word);
  return body.parent ? levelOf(body.parent) : "CENTRAL";
}

const LEVEL_WORDS =
  /(?<![\p{L}\p{M}])(?:thành phố|Thành phố|TP\.?|Tp\.?|tỉnh|Tỉnh|huyện|Huyện|quận|Quận|thị xã|Thị xã|thị trấn|xã|Xã|phường|Phường)(?![\p{L}\p{M}])/gu;

/** "TP.", "Thành phố" and "thành phố" name the same level. */
export function levelKey(levelWord: string): string {
  const folded = foldVietnamese(levelWord).replace(/\.$/, "");
  return folded === "tp" ? "thanh pho" : folded;
}

/**
 * Reads which ward, district, province… a text is about: each place named after a
 * level word counts once, in the title three times, in the document's header five
 * times, the publisher's own place half; the most counted place of each level is "the"
 * phường, quận, tỉnh of the text.
 */
export function readPlaceContext(
  mentions: Mentions,
  title?: string,
  publisher: readonly { readonly levelWord: string; readonly place: string }[] = [],
): PlaceContext {
  const counts = new Map<string, Map<string, { count: number; first: number }>>();
  const add = (levelWord: string, place: string, weight: number, at: number): void => {
    const key = levelKey(levelWord);
    const places = counts.get(key) ?? new Map<string, { count: number; first: number }>();
    const name = place.replace(/\s+/gu, " ").trim();
    const entry = places.get(name) ?? { count: 0, first: at };
    entry.count += weight;
    places.set(name, entry);
    counts.set(key, places);
  };
  const scan = (text: string, weight: number, skip?: (at: number) => boolean): void => {
    for (const m of text.matchAll(LEVEL_WORDS)) {
      if (skip?.(m.index)) continue;
      const found =
        m.index === 0 ? readLevelAt(` ${text.slice(0, 200)}`, 0) : readLevelAt(text, m.index - 1);
      if (found?.levelWord && found.place) add(found.levelWord, found.place, weight, m.index);
    }
  };
  const { view, header } = mentions;
  scan(view.plain, 1, view.isBoilerplate);
  for (const body of mentions.bodies) addImplied(body, add, 1);
  if (title) scan(` ${title}`, 3);
  // The publisher's place counts least and last: any place of that level the text names
  // outweighs it.
  for (const { levelWord, place } of publisher) add(levelWord, place, 0.5, Number.MAX_SAFE_INTEGER);
  if (header?.issuerBody) {
    const issuer = header.issuerBody;
    if (issuer.levelWord && issuer.place) add(issuer.levelWord, issuer.place, 5, -1);
    addImplied(issuer, add, 5);
  }
  const homes = new Map<string, { place: string; count: number }>();
  for (const [key, places] of counts) {
    const best = [...places].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)[0];
    if (best) homes.set(key, { place: best[0], count: best[1].count });
  }
  const issuer = header?.issuerBody;
  const issuerLevel = issuer?.levelWord ?? issuer?.impliedLevelWord;
  // In a document of a province or the centre, "UBND xã" is any commune's, not one of
  // the communes it happens to name: places below the issuer's level are not "the" ones.
  const issuerRank = issuer ? RANK[levelOf(issuer)] : undefined;
  return {
    home: (levelWord) =>
      issuerRank !== undefined && RANK[levelOfWord(levelWord)] > issuerRank
        ? undefined
        : homes.get(levelKey(levelWord))?.place,
    province() {
      // A provincial document's own province first; else the one the text names most.
      if (issuer?.place && issuerLevel && ["tinh", "thanh pho"].includes(levelKey(issuerLevel))) {
        return {
          levelWord: levelKey(issuerLevel) === "tinh" ? "tỉnh" : "thành phố",
          place: issuer.place,
        };
      }
      const tinh = homes.get("tinh");
      const city = homes.get("thanh pho");
      if (tinh && (!city || tinh.count >= city.count))
        return { levelWord: "tỉnh", place: tinh.place };
      return city ? { levelWord: "thành phố", place: city.place } : undefined;
    },
  };
}

function addImplied(
  body: BodyMatch,
  add: (levelWord: string, place: string, weight: number, at: number) => void,
  weight: number,
): void {
  if (body.impliedLevelWord && body.place)
    add(body.impliedLevelWord, body.place, weight, body.start);
  if (body.parent) addImplied(body.parent, add, weight);
}
