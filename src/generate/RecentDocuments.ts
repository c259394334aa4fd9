import type { GenDoc } from "./GeneratedText.js";

const KEPT_PER_AREA = 32;

/**
 * The last documents issued in each province (and centrally), for later texts to
 * cite, amend or replace: bounded, so generating a million documents keeps memory flat.
 */
export class RecentDocuments {
  private readonly byArea = new Map<string, GenDoc[]>();
  private readonly lastLegal = new Map<string, GenDoc>();

  add(doc: GenDoc): void {
    const area = areaOf(doc);
    let list = this.byArea.get(area);
    if (!list) this.byArea.set(area, (list = []));
    list.push(doc);
    if (list.length > KEPT_PER_AREA) list.shift();
    if (doc.system === "STATE_LEGAL") this.lastLegal.set(doc.issuer.id, doc);
  }

  /** A document of the same area issued before that day, if one is known. */
  before(
    area: string,
    date: string,
    pick: (docs: readonly GenDoc[]) => GenDoc,
  ): GenDoc | undefined {
    const earlier = (this.byArea.get(area) ?? []).filter((d) => d.issuedOn < date);
    return earlier.length > 0 ? pick(earlier) : undefined;
  }

  /** The issuer's latest legal act before that day (what a new one amends or replaces). */
  legalBefore(issuerId: string, date: string): GenDoc | undefined {
    const doc = this.lastLegal.get(issuerId);
    return doc && doc.issuedOn < date ? doc : undefined;
  }
}

/** "central", or the province a local document belongs to. */
export function areaOf(doc: GenDoc): string {
  const place = doc.issuer.place;
  if (!place) return "central";
  return place.level === "PROVINCE" ? place.name : (place.parent?.name ?? place.name);
}
