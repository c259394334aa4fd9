import { provincesOn } from "./BodyCatalogue.js";
import { addMeetings } from "./addMeetings.js";
import { basedOn } from "./basedOn.js";
import type { CampaignDraft } from "./CampaignDraft.js";
import { addDays } from "./dates.js";
import { documentSubject } from "./documentSubject.js";
import type { GenDoc } from "./GeneratedText.js";
import { implementsDoc } from "./implementsDoc.js";
import { FORMS, referenceTo } from "./issueDocument.js";
import { meetingAbout } from "./meetingAbout.js";
import { provincialPartyPlans } from "./provincialPartyPlans.js";
import { provincialPlans } from "./provincialPlans.js";
import { PARTY_SUBJECTS } from "./topics.js";

/** A Party resolution, conclusion or directive and what carries it out. */
export function partyCampaign(draft: CampaignDraft, date: string): void {
  const subject = draft.random.pick(PARTY_SUBJECTS);
  const { laws } = draft.context;
  const roll = draft.random.next();
  const [issuer, documentForm] =
    roll < 0.3
      ? [draft.central("CENTRAL_COMMITTEE"), FORMS.partyResolution]
      : roll < 0.8
        ? [
            draft.central("POLITBURO"),
            draft.random.chance(0.7) ? FORMS.partyResolution : FORMS.partyConclusion,
          ]
        : [draft.central("SECRETARIAT"), FORMS.partyDirective];
  const root = draft.issue(issuer, documentForm, date, `Về ${subject}`, [
    basedOn(laws.partyCharter),
  ]);
  if (!root) return;
  if (draft.random.chance(0.5)) {
    meetingAbout(draft, root, root.issuer, "IMPLEMENTS", draft.after(root, 3, 20));
  }
  let centralPlan: GenDoc | undefined;
  if (draft.random.chance(0.7)) {
    centralPlan = draft.issue(
      draft.central(draft.random.chance(0.5) ? "POLITBURO" : "SECRETARIAT"),
      FORMS.partyPlan,
      draft.after(root, 10, 60),
      `Thực hiện ${referenceTo(root)} ${documentSubject(subject)}`,
      [implementsDoc(root), basedOn(laws.partyCharter)],
    );
  }
  const guidance = draft.random.chance(0.5)
    ? draft.issue(
        draft.activeCentral("PARTY_COMMISSION", date),
        FORMS.partyGuidance,
        draft.after(root, 15, 60),
        `Hướng dẫn thực hiện ${referenceTo(root)}`,
        [implementsDoc(root, "GUIDES")],
      )
    : undefined;
  if (draft.random.chance(0.6)) {
    const programme = draft.issue(
      draft.central("GOVERNMENT"),
      FORMS.resolution,
      draft.after(root, 20, 90),
      `Ban hành Chương trình hành động của Chính phủ thực hiện ${referenceTo(root)}`,
      [implementsDoc(root), basedOn(laws.government(date))],
    );
    if (programme) {
      const provinces = provincesOn(draft.context.catalogue, addDays(programme.issuedOn, 30));
      for (const province of draft.random.sample(provinces, draft.random.int(0, 4))) {
        provincialPlans(draft, province, programme, subject, {
          departments: draft.random.int(0, 1),
        });
      }
    }
  }
  const parent = centralPlan ?? root;
  const provinces = provincesOn(draft.context.catalogue, addDays(parent.issuedOn, 30));
  const count = draft.random.chance(0.3) ? provinces.length : draft.random.int(1, 6);
  for (const province of draft.random.sample(provinces, count)) {
    provincialPartyPlans(draft, province, parent, root, subject, guidance);
  }
  addMeetings(draft);
}
