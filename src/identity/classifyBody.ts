import type { BodyKind, BodyLevel } from "../domain.js";
import { foldVietnamese } from "../text/index.js";

const KIND_RULES: readonly [RegExp, BodyKind][] = [
  [/\b(ban chi huy quan su|bch ?qs|bch quan su|quan su|bo chi huy quan su)\b/, "MILITARY"],
  [/\bcong an\b/, "POLICE"],
  [
    /\b(mat tran|ubmttq|mttq|doan thanh nien|hoi phu nu|hoi cuu chien binh|hoi nong dan|cong doan)\b/,
    "FRONT",
  ],
  [/\b(uy ban thuong vu quoc hoi|quoc hoi|ubtvqh)\b/, "NATIONAL_ASSEMBLY"],
  [/\b(hoi dong nhan dan|hdnd)\b/, "PEOPLES_COUNCIL"],
  [/\b(uy ban nhan dan|ubnd|so [a-z]|phong [a-z])/, "PEOPLES_COMMITTEE"],
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

/** Level of body from its name, when the name says ("UBND phường Gia Thụy" → COMMUNE). */
export function classifyBodyLevel(name: string): BodyLevel | undefined {
  const folded = foldVietnamese(name);
  if (CENTRAL.test(folded)) return "CENTRAL";
  if (/\b(phuong|(?<!hop tac )xa|thi tran|dang uy (phuong|xa))\b/.test(folded)) return "COMMUNE";
  if (/\b(quan|huyen|thi xa|quan uy|huyen uy|thi uy)\b/.test(folded)) return "DISTRICT";
  if (/\b(tinh|thanh pho|tp|tinh uy|thanh uy)\b/.test(folded)) return "PROVINCE";
  return undefined;
}
