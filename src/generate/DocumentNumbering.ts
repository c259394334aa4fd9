import type { Random } from "./Random.js";

/**
 * Numbers documents the way issuers do: every issuer starts again at 1 each year
 * (Nghị định 30/2020/NĐ-CP), legal acts have their own series per type, and Party
 * bodies number over a term. Numbers of documents the generator does not write
 * (real laws cited as stubs) are reserved so ids never collide.
 */
export class DocumentNumbering {
  private readonly last = new Map<string, number>();
  private readonly reserved = new Set<string>();

  reserve(series: string, number: number): void {
    this.reserved.add(`${series}#${number}`);
  }

  /** The next number in a series, skipping `gap` numbers the generator never writes. */
  next(series: string, random: Random, maxGap: number): number {
    let number = (this.last.get(series) ?? 0) + random.int(1, maxGap);
    while (this.reserved.has(`${series}#${number}`)) number += 1;
    this.last.set(series, number);
    return number;
  }
}
