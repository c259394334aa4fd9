import { foldVietnamese, normalizeDashes, normalizeToneMarks } from "../text/index.js";
import { partyCommitteeOf } from "./partyCommitteeOf.js";
import { bareProvinceTail, localBody } from "./provinces.js";

// Folded word sequences → the abbreviation every text also uses, so "Ủy ban nhân dân
// thành phố Hà Nội", "UBND TP. Hà Nội" and "UBND Thành phố Hà Nội" share one key, and
// the dozen ways texts name the Front ("Ủy ban MTTQ Việt Nam", "Mặt trận Tổ quốc")
// are one. Longer forms first.
const FRONT_FORMS = [
  "uy ban mat tran to quoc",
  "uy ban mttq",
  "ubmttq",
  "mat tran to quoc",
  "mttq",
];
const CONTRACTIONS: readonly (readonly [readonly string[], string])[] = (
  [
    ...FRONT_FORMS.flatMap((form): [string, string][] => [
      [`${form} viet nam`, "ubmttq"],
      [`${form} vn`, "ubmttq"],
      [form, "ubmttq"],
    ]),
    ["uy ban nhan dan", "ubnd"],
    ["hoi dong nhan dan", "hdnd"],
    ["ban chi huy quan su", "bchqs"],
    ["bch quan su", "bchqs"],
    ["ban chap hanh", "bch"],
    ["thanh pho", "tp"],
    ["thi xa", "tx"],
  ] satisfies [string, string][]
).map(([long, short]) => [long.split(" "), short] as const);

const ABBREVIATIONS = new Set(CONTRACTIONS.map(([, short]) => short));

/**
 * A Party committee is its Đảng bộ's executive committee: "bch đảng bộ tỉnh Nghệ An" is
 * "tỉnh ủy Nghệ An", "… đảng bộ phường Gia Thụy" "đảng ủy phường Gia Thụy". Rewritten in
 * place; other names are left as they are.
 */
function asPartyCommittee(words: { word: string; folded: string }[]): void {
  if (words[0]?.folded !== "bch" || words[1]?.folded !== "dang" || words[2]?.folded !== "bo")
    return;
  const level = words[3]?.folded === "thi" && words[4]?.folded === "tran" ? 2 : 1;
  const committee = partyCommitteeOf(
    words
      .slice(3, 3 + level)
      .map((w) => w.folded)
      .join(" "),
  );
  // A place must follow: "Ban Chấp hành Đảng bộ tỉnh" alone is a short form.
  if (!committee || words.length <= 3 + level) return;
  const named = committee
    .toLowerCase()
    .split(" ")
    .map((word) => ({ word, folded: foldVietnamese(word) }));
  words.splice(0, 3 + level, ...named);
}

/**
 * A name's words with the long forms contracted: each word as written (lower case, NFC,
 * tone marks placed the new way) beside its folded form, which the contractions match,
 * so a long form matches whatever its diacritics.
 */
function keyWords(name: string): { word: string; folded: string }[] {
  const words = normalizeToneMarks(normalizeDashes(name))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const folded = words.map((word) => foldVietnamese(word));
  const out: { word: string; folded: string }[] = [];
  for (let i = 0; i < words.length;) {
    const hit = CONTRACTIONS.find(([long]) => long.every((w, j) => folded[i + j] === w));
    if (hit) {
      out.push({ word: hit[1], folded: hit[1] });
      i += hit[0].length;
    } else {
      const f = folded[i] ?? "";
      // "HĐND" is the abbreviation "Hội đồng nhân dân" contracts to, whatever its đ.
      out.push({ word: ABBREVIATIONS.has(f) ? f : (words[i] ?? ""), folded: f });
      i += 1;
    }
  }
  asPartyCommittee(out);
  return out;
}

/**
 * The key two spellings of one body's name share, diacritics folded: "UBND Thành phố
 * Hà Nội", "Ủy ban nhân dân TP. Hà Nội" and "UBND Hà Nội" → "ubnd-tp-ha-noi". Central
 * and provincial bodies are known by it; it is also what a name typed without
 * diacritics matches. It does not resolve short forms ("UBND Thành phố" alone): that
 * needs the text's context (see ingest/resolve).
 */
export const bodyKey = remembered((name: string) => {
  const folded = keyWords(name).map((w) => w.folded);
  if (folded[0] === "ban" && folded[1] === "chi" && folded[2] === "dao") {
    return asciiSlug(steeringCommitteeWords(folded).join("-"));
  }
  // "Ủy ban Tư pháp của Quốc hội" is the Assembly's "Ủy ban Tư pháp": it has no other.
  if (
    folded.length > 5 &&
    (folded[0] === "uy" || folded[0] === "hoi") &&
    folded.slice(-3).join(" ") === "cua quoc hoi"
  )
    folded.splice(-3);
  const bare = bareProvinceTail(folded);
  if (bare) folded.splice(bare.at, 0, bare.level);
  return asciiSlug(folded.join("-"));
});

/**
 * A steering committee named after the resolution it reviews is named several ways:
 * "Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 18", "… tổng kết thực hiện Nghị quyết
 * số 18-NQ/TW". Its key leaves out "thực hiện", "số" and the symbol after the number.
 */
function steeringCommitteeWords(folded: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    const word = folded[i] ?? "";
    if (word === "so" && /^\d/u.test(folded[i + 1] ?? "")) continue;
    if (word === "thuc" && folded[i + 1] === "hien") {
      i++;
      continue;
    }
    out.push(word);
    if (/^\d+$/u.test(word) && folded[i + 1] === "nq") i += folded[i + 2] === "tw" ? 2 : 1;
  }
  return out;
}

function asciiSlug(folded: string): string {
  return folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/**
 * The key of a district's or commune's name, which keeps its diacritics: communes of
 * one province differ by them alone ("xã Lộc Thành" and "xã Lộc Thạnh" of Đồng Nai,
 * Nghị quyết 1662/NQ-UBTVQH15), so folding would make them one body. Tone-mark
 * placement ("Thuỵ" / "Thụy") and case still do not count: "ubnd-xã-lộc-thạnh".
 */
export function localKey(name: string): string {
  return keyWords(name)
    .map((w) => w.word)
    .join("-");
}

const PROVINCE_WORD = /^(?:tinh|thanh pho|tp\.?)\s+/;

/** "tỉnh Đồng Nai", "TP. Hồ Chí Minh" or "Đồng Nai" → "dong-nai". */
export function provinceKey(province: string): string {
  return asciiSlug(foldVietnamese(province).replace(PROVINCE_WORD, ""));
}

/**
 * A body's id. A central or provincial body: its folded key ("chinh-phu",
 * "ubnd-tinh-dong-nai"). A body below the province: its province first, because such
 * names repeat across the country ("UBND xã Tân Thành" of Đồng Nai is
 * "dong-nai/ubnd-xã-tân-thành", of Tây Ninh "tay-ninh/ubnd-xã-tân-thành"), then its
 * name's key with diacritics kept (localKey). A name that already ends in its province
 * ("UBND xã Tân Thành, tỉnh Đồng Nai") gets the same id. Without a province (the text
 * never says which), the key alone: an unplaced body, kept apart from placed ones.
 */
export function bodyId(name: string, province?: string): string {
  return placedIds(name)(province ?? "");
}

// Loading a text, or generating a million, names the same few thousand bodies over and
// over; their keys are read from here rather than tokenised and folded each time.
const placedIds = remembered((name: string) => {
  const key = localBody(name).local ? localKey(name) : bodyKey(name);
  return remembered((province: string) => placedKey(key, province));
});

/** A body key placed in its province, as bodyId does. */
function placedKey(key: string, province: string): string {
  const place = provinceKey(province);
  if (!place) return key;
  const words = key.split("-");
  const tail = ["", ...place.split("-")];
  const folded = words.slice(-tail.length).map((w) => foldVietnamese(w));
  const endsInPlace =
    words.length > tail.length &&
    (folded[0] === "tinh" || folded[0] === "tp") &&
    folded.slice(1).join("-") === place;
  return `${place}/${endsInPlace ? words.slice(0, -tail.length).join("-") : key}`;
}

/**
 * An id as a client sent it, in the form ids are stored in: NFC, tone marks placed the
 * new way ("…gia-thuỵ" → "…gia-thụy"), no surrounding space.
 */
export function canonicalId(id: string): string {
  return normalizeToneMarks(id.trim());
}

/**
 * An id as it compares when typed without diacritics: "dong-nai/ubnd-xã-lộc-thạnh" →
 * "dong-nai/ubnd-xa-loc-thanh". Stored on every body as `foldedId`, so such an id still
 * finds its body (or the bodies it could mean).
 */
export function foldedId(id: string): string {
  return id
    .split("/")
    .map((part) => asciiSlug(foldVietnamese(part)))
    .join("/");
}

/** f, remembering its last 50,000 answers (then starting afresh). */
function remembered<T>(f: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = f(text);
      if (answers.size >= 50_000) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
}
