import { ErrorCode, GovgraphError } from "../../errors.js";
import { levelOfWord, readLevelAt } from "./placeNames.js";

/** One level of the place a publisher belongs to: "huyện" "Đắk Song". */
export interface PublisherPlace {
  readonly levelWord: string;
  readonly place: string;
}

/**
 * The place a publisher belongs to, from its levels written out and joined by commas,
 * lowest first: "huyện Đắk Song, tỉnh Đắk Nông", "phường Tương Mai, thành phố Hà Nội".
 * A part that is not a level word and a place's name, or a province outside the 63
 * and the 34, is refused with BAD_USER_INPUT naming it.
 */
export function readPublisherPlace(value: string): PublisherPlace[] {
  const parts = value
    .normalize("NFC")
    .split(",")
    .map((part) => part.replace(/\s+/gu, " ").trim());
  return parts.map((part) => {
    const found = part ? readLevelAt(` ${part}`, 0) : undefined;
    if (!found?.levelWord || !found.place || found.end !== part.length + 1) {
      throw new GovgraphError(
        ErrorCode.BAD_USER_INPUT,
        `place must name its levels, lowest first, each a level word and a name ('huyện Đắk Song, tỉnh Đắk Nông'); cannot read '${part.slice(0, 80)}'`,
        { argument: "place" },
      );
    }
    return { levelWord: found.levelWord, place: found.place };
  });
}

/** "tỉnh Đắk Nông" of a publisher's place, when it names its province. */
export function provinceOf(places: readonly PublisherPlace[]): string | undefined {
  const province = places.find((p) => levelOfWord(p.levelWord) === "PROVINCE");
  return province && `${province.levelWord} ${province.place}`;
}
