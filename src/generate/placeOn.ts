import type { Place } from "./BodyCatalogue.js";

/** The province as the map of that day has it: a pre-2025 province after its last day is its successor. */
export function placeOn(place: Place, date: string): Place {
  return place.successor && place.validTo !== null && date > place.validTo
    ? placeOn(place.successor, date)
    : place;
}
