import { NEW_MAP_FROM, type Place } from "./BodyCatalogue.js";

/** The province as the map of that day has it: a pre-2025 province after 2025-06-30 is its successor. */
export function placeOn(place: Place, date: string): Place {
  return date >= NEW_MAP_FROM && place.successor ? placeOn(place.successor, date) : place;
}
