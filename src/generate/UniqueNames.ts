import { localKey, provinceKey } from "../identity/index.js";
import { PLACE_SYLLABLES } from "./places.js";
import type { Random } from "./Random.js";

/**
 * Two-syllable place names, unique per place type within a province (old map and new
 * share a province's key) and repeating across provinces, as "xã Tân Thành" does;
 * names that differ by their diacritics alone ("Lộc Thành", "Lộc Thạnh") may share one.
 */
export class UniqueNames {
  private readonly used = new Set<string>();
  constructor(private readonly random: Random) {}

  next(type: string, province: string): string {
    for (;;) {
      const first = this.random.pick(PLACE_SYLLABLES);
      const second = this.random.pick(PLACE_SYLLABLES);
      if (first === second) continue;
      const name = `${first} ${second}`;
      // Unique as written, not folded: one province may hold both "xã Lộc Thành" and
      // "xã Lộc Thạnh", as Đồng Nai does, and ids keep them apart (localKey).
      const key = `${provinceKey(province)} ${type} ${localKey(name)}`;
      if (this.used.has(key)) continue;
      this.used.add(key);
      return name;
    }
  }
}
