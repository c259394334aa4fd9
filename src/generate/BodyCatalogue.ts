import { NEW_MAP_FROM, OLD_MAP_UNTIL, type BodyKind, type BodyLevel } from "../domain.js";
import type { CentralRole } from "./centralBodies.js";

/** Which of a place's bodies this is. */
export type LocalRole = "PARTY" | "COUNCIL" | "COMMITTEE" | "DEPARTMENT";

export { NEW_MAP_FROM, OLD_MAP_UNTIL };

/** One body of the generated administrative map, with what its documents print. */
export interface CatalogueBody {
  /** bodyId(name, province): the id the load stage gives the same name. */
  readonly id: string;
  readonly name: string;
  readonly kind: BodyKind;
  readonly level: BodyLevel;
  /** A district's or commune's province ("tỉnh Nghệ An"); null above. */
  readonly province: string | null;
  readonly aliases: readonly string[];
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly parentId: string | null;
  /** Issuer part of its codes: "CP", "BTP", "TW", "UBND", "HĐND", "TU", "HU", "ĐU", "SNV". */
  readonly symbol: string;
  readonly role: CentralRole | LocalRole;
  readonly place: Place | null;
}

/** A province, district or commune and the bodies that govern it. */
export interface Place {
  /** "tỉnh Nghệ An", "quận Tân Hòa", "xã Mỹ Lộc". */
  readonly name: string;
  readonly level: "PROVINCE" | "DISTRICT" | "COMMUNE";
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly party: CatalogueBody;
  readonly council: CatalogueBody;
  readonly committee: CatalogueBody;
  readonly departments: readonly CatalogueBody[];
  /** Districts of a pre-2025 province, communes of a post-2025 one. */
  readonly children: Place[];
  readonly parent: Place | null;
  /** For a pre-2025 province or district: the post-2025 province that took it over. */
  successor: Place | null;
}

/** The whole generated map: every body, and the places by era. */
export interface BodyCatalogue {
  readonly bodies: readonly CatalogueBody[];
  readonly central: ReadonlyMap<CentralRole, readonly CatalogueBody[]>;
  /** The 63 provinces as they were until 2025-06-30 (each with its districts). */
  readonly oldProvinces: readonly Place[];
  /** The 34 provinces from 2025-07-01 (each with its communes). */
  readonly newProvinces: readonly Place[];
}

/** True when the body existed on that day (ISO dates compare as strings). */
export function isActive(
  body: Pick<CatalogueBody, "validFrom" | "validTo">,
  date: string,
): boolean {
  return (
    (body.validFrom === null || body.validFrom <= date) &&
    (body.validTo === null || date <= body.validTo)
  );
}

/** The provinces of the map in force on that day. */
export function provincesOn(catalogue: BodyCatalogue, date: string): readonly Place[] {
  return date < NEW_MAP_FROM ? catalogue.oldProvinces : catalogue.newProvinces;
}
