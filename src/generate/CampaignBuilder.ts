import type { CampaignShape } from "./CampaignShape.js";
import { CampaignDraft } from "./CampaignDraft.js";
import type { DocumentText, MeetingText } from "./GeneratedText.js";
import type { GenerationContext } from "./GenerationContext.js";
import { lawCampaign } from "./lawCampaign.js";
import { partyCampaign } from "./partyCampaign.js";
import type { Random } from "./Random.js";
import { shapedCampaign } from "./shapedCampaign.js";

export type { CampaignShape } from "./CampaignShape.js";
export type { GenerationContext } from "./GenerationContext.js";
export { basedOn } from "./basedOn.js";
export { bodyOn } from "./bodyOn.js";
export { cites } from "./cites.js";
export { implementsDoc } from "./implementsDoc.js";
export { placeOn } from "./placeOn.js";

/**
 * Writes one campaign the way implementation cascades down the hierarchy: a law to
 * its decrees (DETAILS) and circulars (GUIDES) to provincial decisions and plans to
 * departments and districts or communes; a Party resolution to programmes and plans
 * of provincial, district and commune committees. Texts come out parents first.
 */
export class CampaignBuilder {
  readonly texts: DocumentText[];
  readonly meetings: MeetingText[];
  private readonly draft: CampaignDraft;

  constructor(context: GenerationContext, random: Random) {
    this.draft = new CampaignDraft(context, random);
    this.texts = this.draft.texts;
    this.meetings = this.draft.meetings;
  }

  /** A law and everything that carries it out. */
  lawCampaign(date: string): void {
    lawCampaign(this.draft, date);
  }

  /** A Party resolution, conclusion or directive and what carries it out. */
  partyCampaign(date: string): void {
    partyCampaign(this.draft, date);
  }

  /** A reference campaign whose every fan-out is fixed, so its chains have known sizes. */
  shapedCampaign(date: string, shape: CampaignShape): void {
    shapedCampaign(this.draft, date, shape);
  }
}
