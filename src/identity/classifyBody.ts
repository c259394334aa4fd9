import type { BodyKind, BodyLevel } from "../domain.js";
import { foldVietnamese, normalizeToneMarks } from "../text/index.js";

const KIND_RULES: readonly [RegExp, BodyKind][] = [
  [/\b(ban chi huy quan su|bch ?qs|bch quan su|quan su|bo chi huy quan su)\b/, "MILITARY"],
  // "Bộ Công an" is a ministry.
  [/(?<!\bbo )\bcong an\b/, "POLICE"],
  [
    /\b(mat tran|ubmttq|mttq|doan thanh nien|hoi phu nu|hoi cuu chien binh|hoi nong dan|cong doan)\b/,
    "FRONT",
  ],
  [/\b(uy ban thuong vu quoc hoi|quoc hoi|ubtvqh)\b/, "NATIONAL_ASSEMBLY"],
  [/\b(hoi dong nhan dan|hdnd)\b/, "PEOPLES_COUNCIL"],
  // A phòng is a committee's department; a văn phòng is anyone's office.
  [/\b(uy ban nhan dan|ubnd|so [a-z]|(?<!\bvan )phong [a-z])/, "PEOPLES_COMMITTEE"],
  [/\b(chinh phu|thu tuong)\b/, "GOVERNMENT"],
  [/^bo (?!chinh tri)[a-z]/, "MINISTRY"],
  [
    /(\b(tinh|thanh|quan|huyen|thi|dang) uy\b|\bban chap hanh\b|\bbo chinh tri\b|\bban bi thu\b|\bban thuong vu\b|\bchi bo\b|\btrung uong dang\b|\bban (to chuc|tuyen giao|dan van|kiem tra)\b)/,
    "PARTY_COMMITTEE",
  ],
];

const CENTRAL =
  /^(quoc hoi|uy ban thuong vu quoc hoi|chinh phu|thu tuong|bo |van phong (chinh phu|trung uong)|ban chap hanh trung uong|bo chinh tri|ban bi thu|ban [a-z ]+ trung uong|trung uong|chu tich nuoc|ubtvqh|ubmttq viet nam$|uy ban trung uong)/;

/** Kind of body, read from its name ("Quận ủy Long Biên" → PARTY_COMMITTEE). */
export function classifyBodyKind(name: string): BodyKind {
  const folded = foldVietnamese(name);
  return KIND_RULES.find(([pattern]) => pattern.test(folded))?.[1] ?? "OTHER";
}

// A level word counts only before a place's name (a capital or a number): "xã Tân
// Thành", "Quận 3", "Huyện ủy Đắk Song", but not "Bảo hiểm xã hội", "Cục Hải quan",
// "Cục Quản lý", "Quân ủy Trung ương", "Hợp tác xã Việt Nam"; and "thị xã Sơn Tây" is a
// district's town, not a commune. Tone marks are unified first (uỷ → ủy).
const before = (words: string) => new RegExp(`(?:^|[\\s,(])(?:${words})\\s+(?:\\p{Lu}|\\d)`, "u");
const COMMUNE_NAME = before(
  "(?<![Tt]hị\\s|THỊ\\s|[Tt]ác\\s|TÁC\\s)(?:[Xx]ã|XÃ)|[Pp]hường|PHƯỜNG|[Tt]hị trấn|THỊ TRẤN|[Đđ]ặc khu|ĐẶC KHU",
);
const DISTRICT_NAME = before(
  "[Qq]uận|QUẬN|[Hh]uyện|HUYỆN|[Tt]hị xã|THỊ XÃ|(?:[Qq]uận|[Hh]uyện|[Tt]hị|QUẬN|HUYỆN|THỊ) (?:ủy|Ủy|ỦY)",
);
const PROVINCE_NAME =
  /(?:^|[\s,(])(?:(?:[Tt]ỉnh|TỈNH|[Tt]hành phố|THÀNH PHỐ|T[Pp]|(?:[Tt]ỉnh|[Tt]hành|TỈNH|THÀNH) (?:ủy|Ủy|ỦY))\s+|T[Pp]\.\s*)(?:\p{Lu}|\d)/u;

/** Level of body from its name, when the name says ("UBND phường Gia Thụy" → COMMUNE). */
export function classifyBodyLevel(name: string): BodyLevel | undefined {
  if (CENTRAL.test(foldVietnamese(name))) return "CENTRAL";
  const text = normalizeToneMarks(name.normalize("NFC"));
  if (COMMUNE_NAME.test(text)) return "COMMUNE";
  if (DISTRICT_NAME.test(text)) return "DISTRICT";
  if (PROVINCE_NAME.test(text)) return "PROVINCE";
  return undefined;
}
