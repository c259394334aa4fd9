import {
  NEW_MAP_FROM,
  type BodyKind,
  type BodyLevel,
  type ExtractedBody,
  type Evidence,
} from "../../domain.js";
import {
  bodyId,
  bodyKey,
  classifyBodyKind,
  isProvinceName,
  localBody,
} from "../../identity/index.js";
import { bodyMatchName, levelOfWord, type BodyMatch } from "../extract/index.js";
import type { PlaceContext } from "./placeContext.js";

/** A body as named in the output: display name (the text's spelling) and identity key. */
export interface ResolvedBody {
  readonly name: string;
  readonly key: string;
  readonly kind: BodyKind;
  readonly level?: BodyLevel;
  /** The province of a district's or commune's body ("tỉnh Đồng Nai"), when known. */
  readonly province?: string;
}

/** What a text says about itself that places the bodies it names. */
export interface TextContext {
  /** The publisher's province, for a district's or commune's body no text places. */
  readonly publisherProvince?: string | undefined;
  /** The body that issued the text (its header's): "Ban Pháp chế" alone is its committee. */
  readonly ownIssuer?: BodyMatch | undefined;
  /** The day the text speaks as of (ISO). */
  readonly asOf?: string | undefined;
}

// A People's Committee's offices (phòng) were a district's until the district level was
// abolished, a commune's since.
const DISTRICT_WORDS = ["huyện", "quận", "thị xã"] as const;
const COMMUNE_WORDS = ["phường", "xã", "thị trấn"] as const;

/** Resolves body mentions against the text's context and collects the bodies named. */
export interface BodyRegistry {
  /** The full body a mention means, or undefined for a generic or unresolvable one. */
  resolve(match: BodyMatch): ResolvedBody | undefined;
  /**
   * Resolves a fixed name ("Chính phủ", "Bộ Tư pháp") or a recased header name, of the
   * kind its name says unless told.
   */
  resolveName(name: string, kind?: BodyKind): ResolvedBody;
  /** Records a body as named in the text; returns the display name it is listed under. */
  note(body: ResolvedBody, evidence: Evidence, spelling?: string): string;
  bodies(): ExtractedBody[];
}

function headKey(match: BodyMatch): string {
  return bodyKey(match.head);
}

function levelOf(match: BodyMatch): BodyLevel | undefined {
  if (match.canonical || match.kind === "MINISTRY" || match.kind === "NATIONAL_ASSEMBLY")
    return "CENTRAL";
  const word = match.levelWord ?? match.impliedLevelWord;
  return word ? levelOfWord(word) : match.parent ? levelOf(match.parent) : undefined;
}

/**
 * Builds the body resolver of one text. Short names take their place from the text:
 * "UBND phường" → the phường the text is about, "Quận ủy" → the quận it names, "UBND"
 * alone → the one UBND it names in full; "Sở Tư pháp" → of the text's province; "Phòng
 * Dân tộc" → of its district before the 2025 reorganisation, of its commune after; "Ban
 * Pháp chế" alone → of the council that issued the text.
 */
export function createBodyRegistry(
  places: PlaceContext,
  named: readonly BodyMatch[],
  text: TextContext = {},
): BodyRegistry {
  const { publisherProvince, ownIssuer, asOf } = text;
  const collected = new Map<
    string,
    { body: ResolvedBody; evidence: Evidence; spellings: string[] }
  >();
  const fullByHead = new Map<string, Set<string>>();
  const lastFullByHead = new Map<string, { at: number; name: string }[]>();

  const withPlace = (match: BodyMatch): string | undefined => {
    if (match.canonical && !match.levelWord) return match.canonical;
    if (match.generic) return undefined;
    const parent = match.parent ? withPlace(match.parent) : undefined;
    if (match.parent && !parent) return undefined;
    const tail = parent ? ` ${parent}` : "";
    if (match.place) return `${bodyMatchName({ ...match, parent: undefined } as BodyMatch)}${tail}`;
    if (match.levelWord) {
      const place = places.home(match.levelWord);
      return place ? `${match.head} ${match.levelWord} ${place}${tail}` : undefined;
    }
    if (match.impliedLevelWord) {
      const place = places.home(match.impliedLevelWord);
      return place ? `${match.head} ${place}${tail}` : undefined;
    }
    if (match.parent || match.complete) return `${match.head}${tail}`;
    if (/^Sở\s/u.test(match.head)) {
      const province = places.province();
      return province ? `${match.head} ${province.levelWord} ${province.place}` : undefined;
    }
    if (/^Phòng\s/iu.test(match.head) && asOf) {
      for (const levelWord of asOf < NEW_MAP_FROM ? DISTRICT_WORDS : COMMUNE_WORDS) {
        const place = places.home(levelWord);
        if (place) return `${match.head} ${levelWord} ${place}`;
      }
    }
    return undefined;
  };

  for (const match of named) {
    const name = withPlace(match);
    if (!name || (!match.place && !match.canonical && !match.complete)) continue;
    const head = headKey(match);
    const set = fullByHead.get(head) ?? new Set<string>();
    set.add(bodyId(name));
    fullByHead.set(head, set);
    const list = lastFullByHead.get(head) ?? [];
    list.push({ at: match.start, name });
    lastFullByHead.set(head, list);
  }

  const shortName = (match: BodyMatch): string | undefined => {
    const head = headKey(match);
    const full = fullByHead.get(head);
    if (full?.size === 1) return lastFullByHead.get(head)?.[0]?.name;
    // "Ban Chỉ đạo (Trung ương)" is the one steering committee (of that rank) the text
    // names in full, or none.
    if (/^ban-chi-dao(?:-trung-uong|-nha-nuoc|-quoc-gia)?$/u.test(head)) {
      const steering = new Set(
        named.filter((b) => b.complete && headKey(b).startsWith(`${head}-`)).map((b) => b.head),
      );
      return steering.size === 1 ? [...steering][0] : undefined;
    }
    return undefined;
  };

  // The People's Council whose committee "Ban Pháp chế" is when the text names it alone:
  // the council that issued the text, else the one council the text names in full.
  const councils = new Map<string, string>();
  const ownCouncil = ownIssuer?.kind === "PEOPLES_COUNCIL" ? [ownIssuer] : undefined;
  for (const b of ownCouncil ?? named) {
    if (b.kind !== "PEOPLES_COUNCIL" || b.parent || b.ofUnnamedCouncil || b.generic) continue;
    const name = withPlace(b);
    if (name) councils.set(bodyId(name), name);
  }
  const council = councils.size === 1 ? [...councils.values()][0] : undefined;

  // The text's province, when it names a real one, else its publisher's: the province
  // of every district and commune body whose own name does not say.
  const home = places.province();
  const textProvince =
    home && isProvinceName(home.place) ? `${home.levelWord} ${home.place}` : publisherProvince;

  const make = (name: string, kind: BodyKind, level?: BodyLevel, named?: string): ResolvedBody => {
    // A body's name starts with a capital, however the text led to it ("huyện ủy" →
    // "Huyện ủy Đắk Song", "phòng Tư pháp quận Hoàng Mai").
    const spaced = name.replace(/\s+/gu, " ").trim();
    const display = spaced.charAt(0).toLocaleUpperCase("vi") + spaced.slice(1);
    // Placed by what the name says, not by how the text led to it: "Cục Hải quan" named
    // in a provincial text stays one body of the whole country.
    const local = localBody(display);
    const province = local.local ? (local.province ?? named ?? textProvince) : undefined;
    return {
      name: display,
      key: bodyId(display, province),
      kind,
      ...(level ? { level } : {}),
      ...(province ? { province } : {}),
    };
  };

  return {
    resolve(match) {
      if (match.generic) return undefined;
      const bare = !match.levelWord && !match.place && !match.parent;
      // A bare head ("UBND", "Sở Tư pháp", "Ban Chỉ đạo") is first the one body of that
      // kind the text names in full; only then the one of the text's own place.
      let name =
        bare && !match.complete && !(match.lowercase && !match.impliedLevelWord)
          ? shortName(match)
          : undefined;
      if (match.ofUnnamedCouncil) name = council ? `${match.head} ${council}` : undefined;
      name ??= withPlace(match);
      if (!name) return undefined;
      return make(name, match.kind, levelOf(match), match.province);
    },
    resolveName(name, kind) {
      return make(name, kind ?? classifyBodyKind(name));
    },
    note(body, evidence, spelling) {
      const entry = collected.get(body.key);
      if (entry) {
        if (spelling && !entry.spellings.includes(spelling)) entry.spellings.push(spelling);
        if (body.name !== entry.body.name && !entry.spellings.includes(body.name))
          entry.spellings.push(body.name);
        return entry.body.name;
      }
      collected.set(body.key, {
        body,
        evidence,
        spellings: spelling && spelling !== body.name ? [spelling] : [],
      });
      return body.name;
    },
    bodies() {
      return [...collected.values()].map(({ body, evidence, spellings }) => ({
        name: body.name,
        kind: body.kind,
        ...(body.level ? { level: body.level } : {}),
        ...(body.province ? { province: body.province } : {}),
        aliases: spellings.filter((s) => s !== body.name),
        evidence,
      }));
    },
  };
}
