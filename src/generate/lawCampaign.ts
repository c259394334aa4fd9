import { provincesOn } from "./BodyCatalogue.js";
import { addMeetings } from "./addMeetings.js";
import { basedOn } from "./basedOn.js";
import type { CampaignDraft } from "./CampaignDraft.js";
import { addDays } from "./dates.js";
import type { GenDoc } from "./GeneratedText.js";
import { implementsDoc } from "./implementsDoc.js";
import { issueCircular } from "./issueCircular.js";
import { FORMS } from "./issueDocument.js";
import { provincialPlans } from "./provincialPlans.js";
import { LAW_TOPICS } from "./topics.js";

/** A law and everything that carries it out. */
export function lawCampaign(draft: CampaignDraft, date: string): void {
  const topic = draft.random.pick(LAW_TOPICS);
  const { laws } = draft.context;
  const law = draft.issue(draft.central("NATIONAL_ASSEMBLY"), FORMS.law, date, topic.law, [
    basedOn(laws.constitution),
  ]);
  if (!law) return;
  const tips: GenDoc[] = [];
  const decrees = draft.random.int(1, 3);
  for (let i = 0; i < decrees; i++) {
    const decree = draft.issue(
      draft.central("GOVERNMENT"),
      FORMS.decree,
      draft.after(law, 20, 120),
      `Quy định chi tiết một số điều và biện pháp thi hành Luật ${topic.law}`,
      [implementsDoc(law, "DETAILS"), basedOn(laws.government(date)), basedOn(law)],
    );
    if (!decree) continue;
    const circulars = draft.random.int(0, 2);
    let guided = false;
    for (let j = 0; j < circulars; j++) {
      const circular = issueCircular(draft, decree, law);
      if (circular) {
        tips.push(circular);
        guided = true;
      }
    }
    if (!guided) tips.push(decree);
  }
  if (draft.random.chance(0.4)) {
    const plan = draft.issue(
      draft.central("PRIME_MINISTER"),
      FORMS.decision,
      draft.after(law, 10, 60),
      `Ban hành Kế hoạch triển khai thi hành Luật ${topic.law}`,
      [implementsDoc(law), basedOn(law)],
    );
    if (plan) tips.push(plan);
  }
  for (const tip of draft.random.sample(tips, draft.random.int(1, 2))) {
    const provinces = provincesOn(draft.context.catalogue, addDays(tip.issuedOn, 30));
    const count = draft.random.chance(0.25) ? provinces.length : draft.random.int(1, 6);
    for (const province of draft.random.sample(provinces, count)) {
      provincialPlans(draft, province, tip, topic.subject, {
        departments: draft.random.int(0, 2),
        localShare: draft.random.chance(0.2) ? 1 : undefined,
      });
    }
  }
  addMeetings(draft);
}
