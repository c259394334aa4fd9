import type { Evidence, ExtractedPerson, ExtractedPosition } from "../../domain.js";
import { partyCommitteeOf } from "../../identity/index.js";
import { foldVietnamese } from "../../text/index.js";
import {
  levelOfWord,
  type Mentions,
  type PersonMention,
  type TitleMatch,
} from "../extract/index.js";
import type { PlaceContext } from "./placeContext.js";
import { rosterHeading, type RosterHeading } from "./rosterHeading.js";
import type { BodyRegistry, ResolvedBody } from "./resolveBodies.js";

/** People of one text, and the key each person mention resolves to. */
export interface ResolvedPeople {
  readonly people: ExtractedPerson[];
  readonly nameOf: ReadonlyMap<PersonMention, string>;
}

const PARTY_TITLE = /^(?:Phó\s+)?Bí\s+thư/u;
// Who chairs the Standing Committee chairs the National Assembly (Hiến pháp 2013, Điều
// 73: its Chairman and Vice-Chairmen are the Assembly's), so a resolution signed "TM.
// ỦY BAN THƯỜNG VỤ QUỐC HỘI / CHỦ TỊCH" and a text naming "Chủ tịch Quốc hội" name one
// official.
const EX_OFFICIO: ReadonlyMap<
  string,
  { readonly body: string; readonly titles: readonly string[] }
> = new Map([
  ["Ủy ban Thường vụ Quốc hội", { body: "Quốc hội", titles: ["Chủ tịch", "Phó Chủ tịch"] }],
]);

interface Draft {
  name: string;
  positions: ExtractedPosition[];
  evidence: Evidence;
}

/**
 * Gives each person their positions with resolved bodies. A title printed without
 * its body takes it from the title beside it ("Bí thư Đảng ủy, Chủ tịch HĐND phường
 * Tương Mai": both of phường Tương Mai) or from the text ("TUV" → the province's
 * Tỉnh ủy); a signature's title is held in the body signed for, else in the issuer.
 * A title whose body cannot be told is left out rather than guessed.
 */
export function resolvePeople(
  mentions: Mentions,
  registry: BodyRegistry,
  places: PlaceContext,
  subjectIssuer: ResolvedBody | undefined,
): ResolvedPeople {
  const drafts = new Map<string, Draft>();
  const nameOf = new Map<PersonMention, string>();
  const draft = (name: string, evidence: Evidence): Draft => {
    const key = foldVietnamese(name);
    const existing = drafts.get(key);
    if (existing) return existing;
    const created = { name, positions: [], evidence };
    drafts.set(key, created);
    return created;
  };
  const hold = (
    person: Draft,
    title: string,
    body: ResolvedBody | undefined,
    evidence: Evidence,
    former = false,
  ): void => {
    if (!body) return;
    const name = registry.note(body, evidence);
    const same = person.positions.findIndex((p) => p.title === title && p.body === name);
    // Held now, as one mention says, outranks held once, as another does.
    if (same < 0) person.positions.push({ title, body: name, ...(former ? { former } : {}) });
    else if (!former) person.positions[same] = { title, body: name };
    const also = EX_OFFICIO.get(body.name);
    if (also?.titles.includes(title))
      hold(person, title, registry.resolveName(also.body), evidence, former);
  };
  // A secretary's committee where the text names only its place: "Tỉnh ủy X", "Đảng ủy phường X".
  const partyCommitteeAt = (levelWord: string, place: string): ResolvedBody =>
    registry.resolveName(
      `${partyCommitteeOf(levelWord) ?? `Đảng ủy ${levelWord}`} ${place}`,
      "PARTY_COMMITTEE",
    );
  const siblingPlace = (titles: readonly TitleMatch[]) =>
    titles.map((t) => t.body).find((b) => b && (b.place || b.levelWord) && !b.canonical);

  for (const mention of mentions.people) {
    const evidence = mentions.view.evidenceAt(mention.start);
    const person = draft(mention.name, evidence);
    nameOf.set(mention, person.name);
    const sibling = siblingPlace(mention.titles);
    let found: RosterHeading | null | undefined;
    const headingOf = () =>
      (found ??= rosterHeading(mentions.view.plain, mentions.bodies, mention.start) ?? null);
    for (const t of mention.titles) {
      // "Phó Bí thư Thành ủy, Chủ tịch UBND Thành phố Hồ Chí Minh": the committee is that
      // city's, whatever city the text was written in.
      const placedBySibling =
        t.body?.impliedLevelWord &&
        !t.body.place &&
        sibling?.levelWord &&
        sibling.place &&
        levelOfWord(sibling.levelWord) === levelOfWord(t.body.impliedLevelWord);
      let body = t.body && !placedBySibling ? registry.resolve(t.body) : undefined;
      if (!body && t.body && !t.body.place && !t.body.levelWord && sibling) {
        body = registry.resolve({
          ...t.body,
          // "Thành ủy" is its own level word: "Thành ủy Hồ Chí Minh".
          ...(sibling.levelWord && !t.body.impliedLevelWord
            ? { levelWord: sibling.levelWord }
            : {}),
          ...(sibling.place ? { place: sibling.place } : {}),
        });
      }
      // "6. Ban chỉ huy Quân sự phường" above "- … – Chỉ huy trưởng BCH Quân sự": a roster
      // names its body once, in its heading, and a short name under it is that body, or
      // a council's committee under "2. Hội đồng Nhân dân phường:" that council's; under
      // "Lãnh đạo phường Tương Mai:", "Chủ tịch HĐND" is the ward's.
      const bare =
        t.body &&
        !t.body.place &&
        !t.body.levelWord &&
        !t.body.parent &&
        !t.body.canonical &&
        !t.body.complete;
      const heading = (t.body && (!body || bare)) || (!body && !t.body) ? headingOf() : null;
      if (t.body && heading?.body && (!body || bare)) {
        body =
          (t.body.ofUnnamedCouncil && heading.body.kind === "PEOPLES_COUNCIL"
            ? registry.resolve({ ...t.body, ofUnnamedCouncil: false, parent: heading.body })
            : heading.body.kind === t.body.kind && !t.body.ofUnnamedCouncil
              ? registry.resolve(heading.body)
              : undefined) ?? body;
      }
      if (bare && t.body && !t.body.impliedLevelWord && heading?.place && heading.levelWord) {
        body =
          registry.resolve({ ...t.body, levelWord: heading.levelWord, place: heading.place }) ??
          body;
      }
      if (!body && !t.body && PARTY_TITLE.test(t.title) && heading?.place && heading.levelWord) {
        body = partyCommitteeAt(heading.levelWord, heading.place);
      }
      if (!body && t.impliedBody) body = registry.resolveName(t.impliedBody, "PARTY_COMMITTEE");
      // A member of a Party committee: TUV → Tỉnh ủy, HUV → Huyện ủy.
      const member = t.memberOf ? partyCommitteeOf(t.memberOf) : undefined;
      if (!body && member && t.memberOf) {
        const place = places.home(t.memberOf);
        if (place) body = registry.resolveName(`${member} ${place}`, "PARTY_COMMITTEE");
      }
      if (!body && PARTY_TITLE.test(t.title) && sibling?.levelWord && sibling.place) {
        body = partyCommitteeAt(sibling.levelWord, sibling.place);
      }
      hold(person, t.title, body, evidence, t.former);
    }
  }
  for (const signature of mentions.signatures) {
    const evidence = mentions.view.evidenceOf(signature.blockStart, signature.end);
    const person = draft(signature.name, evidence);
    if (!signature.title) continue;
    let body: ResolvedBody | undefined;
    if (signature.impliedBody) body = registry.resolveName(signature.impliedBody);
    else if (
      signature.signedFor &&
      /^(?:Bộ Chính trị|Ban Bí thư|Chính phủ|Ủy ban Thường vụ Quốc hội)$/u.test(signature.signedFor)
    ) {
      body = registry.resolveName(signature.signedFor);
    } else if (signature.unit) body = registry.resolve(signature.unit) ?? subjectIssuer;
    else body = subjectIssuer;
    hold(person, signature.title, body, evidence);
  }
  const signer = mentions.header?.signer;
  const span = mentions.header?.signerSpan;
  if (signer && span && /^\p{Lu}/u.test(signer) && signer.split(" ").length <= 5) {
    draft(signer, mentions.view.evidenceOf(span.start, span.end));
  }
  return { people: [...drafts.values()], nameOf };
}
