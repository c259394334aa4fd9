import { isActive, type CatalogueBody } from "./BodyCatalogue.js";
import { placeOn } from "./placeOn.js";
import { DEPARTMENTS } from "./places.js";

/** The body that plays the same part on that day, or undefined when none does (no district after 2025). */
export function bodyOn(body: CatalogueBody, date: string): CatalogueBody | undefined {
  if (isActive(body, date)) return body;
  const place = body.place && placeOn(body.place, date);
  if (!place || place === body.place || place.level !== "PROVINCE") return undefined;
  switch (body.role) {
    case "PARTY":
      return place.party;
    case "COUNCIL":
      return place.council;
    case "COMMITTEE":
      return place.committee;
    case "DEPARTMENT": {
      const spec = DEPARTMENTS.find((d) => body.name.startsWith(`${d.name} `));
      return spec && place.departments.find((d) => d.name.startsWith(`${spec.name} `));
    }
    default:
      return undefined;
  }
}
