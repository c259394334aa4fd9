import { isActive, type CatalogueBody } from "./BodyCatalogue.js";
import type { CentralRole } from "./centralBodies.js";
import { cites } from "./cites.js";
import { addDays } from "./dates.js";
import type { DocumentText, GenDoc, MeetingText, StatedRelation } from "./GeneratedText.js";
import type { GenerationContext } from "./GenerationContext.js";
import { issueDocument, type DocumentForm } from "./issueDocument.js";
import type { Random } from "./Random.js";

/**
 * The texts and meetings of one campaign as they are written, with the steps every
 * part of a campaign takes: issue a document, date it after another, find a central body.
 */
export class CampaignDraft {
  readonly texts: DocumentText[] = [];
  readonly meetings: MeetingText[] = [];

  constructor(
    readonly context: GenerationContext,
    readonly random: Random,
  ) {}

  /** Sibling documents that cite each other: the mutual citations real data has. */
  citeEachOther(docs: readonly GenDoc[], probability: number): void {
    if (docs.length < 2 || !this.random.chance(probability)) return;
    const [a, b] = this.random.sample(docs, 2);
    if (!a || !b) return;
    this.textOf(a)?.relations.push(cites(b));
    this.textOf(b)?.relations.push(cites(a));
  }

  textOf(doc: GenDoc): DocumentText | undefined {
    for (let i = this.texts.length - 1; i >= 0; i--) {
      if (this.texts[i]?.doc === doc) return this.texts[i];
    }
    return undefined;
  }

  issue(
    issuer: CatalogueBody | undefined,
    documentForm: DocumentForm,
    date: string,
    title: string,
    relations: StatedRelation[],
  ): GenDoc | undefined {
    if (!issuer || date > this.context.until || !isActive(issuer, date)) return undefined;
    const doc = issueDocument(
      this.context.numbering,
      this.random,
      issuer,
      documentForm,
      date,
      title,
    );
    this.texts.push({ doc, relations });
    return doc;
  }

  after(doc: GenDoc, min: number, max: number): string {
    return addDays(doc.issuedOn, this.random.int(min, max));
  }

  central(role: CentralRole): CatalogueBody | undefined {
    return this.context.catalogue.central.get(role)?.[0];
  }

  activeCentral(role: CentralRole, date: string): CatalogueBody | undefined {
    const active = (this.context.catalogue.central.get(role) ?? []).filter((b) =>
      isActive(b, date),
    );
    return active.length > 0 ? this.random.pick(active) : undefined;
  }
}
