import type { CampaignDraft } from "./CampaignDraft.js";
import { meetingAbout } from "./meetingAbout.js";

/** Review and kick-off meetings for some of the campaign's local documents. */
export function addMeetings(draft: CampaignDraft): void {
  for (const { doc } of draft.texts) {
    if (doc.issuer.level === "CENTRAL") continue;
    if (draft.random.chance(0.08)) {
      meetingAbout(draft, doc, doc.issuer, "REVIEWS", draft.after(doc, 180, 720));
    } else if (draft.random.chance(0.04)) {
      meetingAbout(draft, doc, doc.issuer, "IMPLEMENTS", draft.after(doc, 2, 20));
    }
  }
}
