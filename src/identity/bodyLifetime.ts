import { OLD_MAP_UNTIL, type BodyLevel } from "../domain.js";
import { bodyId, provinceKey } from "./bodyKey.js";
import {
  CENTRAL_REORGANISATION,
  ENDED_PROVINCES,
  type EndedProvince,
  type Succession,
} from "./reorganisation.js";

/** When a body existed, as far as the 2025 reorganisation tells, and who carried it on. */
export interface Lifetime {
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly succession: Succession | null;
}

const UNKNOWN: Lifetime = { validFrom: null, validTo: null, succession: null };

const CENTRAL = new Map(
  CENTRAL_REORGANISATION.map((body): [string, Lifetime] => [
    bodyId(body.name),
    {
      validFrom: body.validFrom ?? null,
      validTo: body.validTo ?? null,
      succession: body.succession ?? null,
    },
  ]),
);

const ENDED = new Map(ENDED_PROVINCES.map((province) => [provinceKey(province.name), province]));

// A province's own institutions, by the head of their id before "tinh-<place>", and the
// name of the same institution in the province that carried the place on. Its departments
// are left without one: they were merged and renamed on their own schedule.
const STATE_HEADS: Readonly<Record<string, string>> = {
  ubnd: "UBND",
  hdnd: "HĐND",
  "thuong-truc-hdnd": "Thường trực HĐND",
  ubmttq: "Ủy ban MTTQ Việt Nam",
  "doan-dbqh": "Đoàn ĐBQH",
};
const PARTY_HEADS: Readonly<Record<string, string>> = { "": "", "ban-thuong-vu": "Ban Thường vụ " };

/**
 * A body's lifetime from what the domain fixes, given its id and level: a district's
 * body ended on 2025-06-30; a body of a province the new map dropped ("Sở Y tế tỉnh Bắc
 * Giang") ended with it, its People's Committee, Council, Front and Party committee carried
 * on by the new province's ("UBND tỉnh Bắc Ninh"); the ministries and Party commissions
 * the 2025 reorganisation ended or formed have their dates, and the ended ones their main
 * successor. Anything else: unknown.
 */
export function bodyLifetime(id: string, level: BodyLevel | null): Lifetime {
  const central = CENTRAL.get(id);
  if (central) return central;
  if (level === "DISTRICT") return { ...UNKNOWN, validTo: OLD_MAP_UNTIL };
  if ((level !== "PROVINCE" && level !== null) || id.includes("/")) return UNKNOWN;
  const at = endedProvinceIn(id);
  if (!at) return UNKNOWN;
  const successor = successorName(at);
  return {
    validFrom: null,
    validTo: at.province.validTo,
    succession: successor ? { successor, on: at.province.from, basis: at.province.basis } : null,
  };
}

interface EndedPlace {
  /** What the id names before the place: "ubnd", "so-y-te", "ban-thuong-vu". */
  readonly head: string;
  /** "tinh-uy-<place>": a Party committee of the place. */
  readonly party: boolean;
  readonly province: EndedProvince;
}

/** Whether an id ends in "tinh-<ended province>" ("so-y-te-tinh-bac-giang"), and how. */
function endedProvinceIn(id: string): EndedPlace | undefined {
  const match = /(?:^|-)tinh-(uy-)?/.exec(id);
  if (!match) return undefined;
  const province = ENDED.get(id.slice(match.index + match[0].length));
  return province
    ? { head: id.slice(0, match.index), party: match[1] !== undefined, province }
    : undefined;
}

/** The new province's body of the same head: "ubnd" → "UBND thành phố Cần Thơ". */
function successorName({ head, party, province: { into } }: EndedPlace): string | undefined {
  const prefix = party ? PARTY_HEADS[head] : STATE_HEADS[head];
  if (prefix === undefined) return undefined;
  if (party) return `${prefix}${into.city ? "Thành ủy" : "Tỉnh ủy"} ${into.name}`;
  return `${prefix} ${into.city ? "thành phố" : "tỉnh"} ${into.name}`;
}

/**
 * The body that bore a central body's name on a day (ISO date, or a year): a merged
 * ministry's after its last day is its successor, so a text printing "2490/QĐ-BNN ngày
 * 01/7/2025" means the Ministry of Agriculture and Environment, which the symbol of the
 * ended Ministry of Agriculture and Rural Development cannot.
 */
export function bearerOn(name: string, day: string | number | undefined): string {
  const { validTo, succession } = bodyLifetime(bodyId(name), "CENTRAL");
  if (day === undefined || !validTo || !succession) return name;
  const after = typeof day === "number" ? day > Number(validTo.slice(0, 4)) : day > validTo;
  return after ? bearerOn(succession.successor, day) : name;
}
