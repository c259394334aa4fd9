import type { BodyKind, BodyLevel } from "../domain.js";
import { ENDED_PROVINCES, OLD_CITIES, PROVINCES_2025, bodyId, bodyKey } from "../identity/index.js";
import {
  NEW_MAP_FROM,
  OLD_MAP_UNTIL,
  type BodyCatalogue,
  type CatalogueBody,
  type LocalRole,
  type Place,
} from "./BodyCatalogue.js";
import { CENTRAL_BODIES, type CentralRole } from "./centralBodies.js";
import { COMMUNES_2025, DEPARTMENTS, DISTRICTS_PER_OLD_PROVINCE } from "./places.js";
import { Random } from "./Random.js";
import { UniqueNames } from "./UniqueNames.js";

/**
 * Builds the administrative map: central bodies, the 63 old and 34 new provinces with
 * their Party committee, People's Council, People's Committee and departments, the
 * ~700 districts until 2025-06-30 and the ~3,300 communes from 2025-07-01, linked by
 * PART_OF. The map does not depend on the generator's seed, so graphs generated with
 * different seeds share their bodies.
 */
export function buildCatalogue(): BodyCatalogue {
  const random = new Random("govgraph-catalogue");
  const bodies = new Map<string, CatalogueBody>();
  const add = (body: CatalogueBody): CatalogueBody => {
    const existing = bodies.get(body.id);
    if (existing)
      throw new Error(`two bodies share the id '${body.id}': '${existing.name}', '${body.name}'`);
    bodies.set(body.id, body);
    return body;
  };

  const central = new Map<CentralRole, CatalogueBody[]>();
  const parentOfCentral: Partial<Record<CentralRole, string>> = {
    STANDING_COMMITTEE: "Quốc hội",
    PRIME_MINISTER: "Chính phủ",
    MINISTRY: "Chính phủ",
    POLITBURO: "Ban Chấp hành Trung ương",
    SECRETARIAT: "Ban Chấp hành Trung ương",
    PARTY_COMMISSION: "Ban Chấp hành Trung ương",
  };
  for (const spec of CENTRAL_BODIES) {
    const parent = parentOfCentral[spec.role];
    const body = add({
      id: bodyKey(spec.name),
      name: spec.name,
      kind: spec.kind,
      level: "CENTRAL",
      province: null,
      aliases: [],
      validFrom: spec.validFrom ?? null,
      validTo: spec.validTo ?? null,
      parentId: parent ? bodyKey(parent) : null,
      symbol: spec.symbol,
      role: spec.role,
      place: null,
    });
    central.set(spec.role, [...(central.get(spec.role) ?? []), body]);
  }

  const names = new UniqueNames(random);
  const continuing = new Set(PROVINCES_2025.map((p) => p.merged[0]));
  const ended = new Map(ENDED_PROVINCES.map((p) => [p.name, p]));
  const oldProvinces: Place[] = [];
  const newProvinces: Place[] = [];
  const provinceByName = new Map<string, Place>();
  for (const spec of PROVINCES_2025) {
    for (const oldName of spec.merged) {
      // A name that survives the merger keeps its bodies: "UBND tỉnh Nghệ An" is one body.
      const survives = continuing.has(oldName) && oldName === spec.name;
      const place = provincePlace(
        add,
        oldName,
        OLD_CITIES.has(oldName),
        null,
        survives ? null : (ended.get(oldName)?.validTo ?? OLD_MAP_UNTIL),
      );
      provinceByName.set(`old:${oldName}`, place);
      oldProvinces.push(place);
    }
    const kept = provinceByName.get(`old:${spec.name}`);
    // Huế, the one new name, began when Thừa Thiên Huế ended (2025-01-01).
    const from = ended.get(spec.merged[0] ?? "")?.from ?? NEW_MAP_FROM;
    const place = kept ?? provincePlace(add, spec.name, spec.city, from, null);
    newProvinces.push(place === kept ? { ...place, validFrom: null, children: [] } : place);
  }
  newProvinces.forEach((province, index) => {
    const spec = PROVINCES_2025[index];
    if (!spec) return;
    for (const oldName of spec.merged) {
      const old = provinceByName.get(`old:${oldName}`);
      if (old) old.successor = province;
    }
  });

  for (const province of oldProvinces) {
    const city = province.name.startsWith("thành phố");
    for (let i = 0; i < DISTRICTS_PER_OLD_PROVINCE; i++) {
      const type = city && i < 6 ? "quận" : "huyện";
      const district = localPlace(
        add,
        "DISTRICT",
        `${type} ${names.next(type, province.name)}`,
        province,
        null,
        OLD_MAP_UNTIL,
      );
      district.successor = province.successor;
      province.children.push(district);
    }
  }

  const weights = PROVINCES_2025.map((spec) => spec.merged.length);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  let communesLeft = COMMUNES_2025;
  newProvinces.forEach((province, index) => {
    const last = index === newProvinces.length - 1;
    const count = last
      ? communesLeft
      : Math.round((COMMUNES_2025 * (weights[index] ?? 1)) / totalWeight);
    communesLeft -= count;
    const wardShare = province.name.startsWith("thành phố") ? 0.6 : 0.2;
    for (let i = 0; i < count; i++) {
      const type = random.chance(wardShare) ? "phường" : "xã";
      province.children.push(
        localPlace(
          add,
          "COMMUNE",
          `${type} ${names.next(type, province.name)}`,
          province,
          NEW_MAP_FROM,
          null,
        ),
      );
    }
  });

  return { bodies: [...bodies.values()], central, oldProvinces, newProvinces };
}

type AddBody = (body: CatalogueBody) => CatalogueBody;

function provincePlace(
  add: AddBody,
  name: string,
  city: boolean,
  validFrom: string | null,
  validTo: string | null,
): Place {
  const placeName = `${city ? "thành phố" : "tỉnh"} ${name}`;
  const place = emptyPlace(placeName, "PROVINCE", null, validFrom, validTo);
  const body = (
    bodyName: string,
    kind: BodyKind,
    role: LocalRole,
    symbol: string,
    parent: string | null,
    aliases: string[] = [],
  ) =>
    add({
      id: bodyKey(bodyName),
      name: bodyName,
      kind,
      level: "PROVINCE",
      province: null,
      aliases,
      validFrom,
      validTo,
      parentId: parent ? bodyKey(parent) : null,
      symbol,
      role,
      place,
    });
  const committeeName = `UBND ${placeName}`;
  place.party = body(
    `${city ? "Thành ủy" : "Tỉnh ủy"} ${name}`,
    "PARTY_COMMITTEE",
    "PARTY",
    "TU",
    "Ban Chấp hành Trung ương",
  );
  place.council = body(`HĐND ${placeName}`, "PEOPLES_COUNCIL", "COUNCIL", "HĐND", null, [
    `Hội đồng nhân dân ${placeName}`,
  ]);
  place.committee = body(committeeName, "PEOPLES_COMMITTEE", "COMMITTEE", "UBND", "Chính phủ", [
    `Ủy ban nhân dân ${placeName}`,
  ]);
  place.departments = DEPARTMENTS.map((d) =>
    body(`${d.name} ${placeName}`, "PEOPLES_COMMITTEE", "DEPARTMENT", d.symbol, committeeName),
  );
  return place;
}

function localPlace(
  add: AddBody,
  level: "DISTRICT" | "COMMUNE",
  placeName: string,
  parent: Place,
  validFrom: string | null,
  validTo: string | null,
): Place {
  const place = emptyPlace(placeName, level, parent, validFrom, validTo);
  const [type = "", ...rest] = placeName.split(" ");
  const bare = rest.join(" ");
  const partyName =
    level === "COMMUNE"
      ? `Đảng ủy ${placeName}`
      : `${type === "quận" ? "Quận ủy" : "Huyện ủy"} ${bare}`;
  const partySymbol = level === "COMMUNE" ? "ĐU" : type === "quận" ? "QU" : "HU";
  const body = (
    bodyName: string,
    kind: BodyKind,
    role: LocalRole,
    symbol: string,
    parentBody: CatalogueBody,
  ) =>
    add({
      id: bodyId(bodyName, parent.name),
      name: bodyName,
      kind,
      level: level satisfies BodyLevel,
      province: parent.name,
      aliases: [],
      validFrom,
      validTo,
      parentId: parentBody.id,
      symbol,
      role,
      place,
    });
  place.party = body(partyName, "PARTY_COMMITTEE", "PARTY", partySymbol, parent.party);
  place.council = body(`HĐND ${placeName}`, "PEOPLES_COUNCIL", "COUNCIL", "HĐND", parent.council);
  place.committee = body(
    `UBND ${placeName}`,
    "PEOPLES_COMMITTEE",
    "COMMITTEE",
    "UBND",
    parent.committee,
  );
  return place;
}

/** A place whose bodies are filled in right after it is made (bodies point back to it). */
type PlaceUnderConstruction = { -readonly [K in keyof Place]: Place[K] };

function emptyPlace(
  name: string,
  level: Place["level"],
  parent: Place | null,
  validFrom: string | null,
  validTo: string | null,
): PlaceUnderConstruction {
  const unset = null as unknown as CatalogueBody;
  return {
    name,
    level,
    validFrom,
    validTo,
    parent,
    successor: null,
    children: [],
    party: unset,
    council: unset,
    committee: unset,
    departments: [],
  };
}
