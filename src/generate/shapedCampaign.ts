import { provincesOn } from "./BodyCatalogue.js";
import { basedOn } from "./basedOn.js";
import type { CampaignDraft } from "./CampaignDraft.js";
import type { CampaignShape } from "./CampaignShape.js";
import { addDays } from "./dates.js";
import { implementsDoc } from "./implementsDoc.js";
import { issueCircular } from "./issueCircular.js";
import { FORMS } from "./issueDocument.js";
import { provincialPlans } from "./provincialPlans.js";
import { LAW_TOPICS } from "./topics.js";

/** A reference campaign whose every fan-out is fixed, so its chains have known sizes. */
export function shapedCampaign(draft: CampaignDraft, date: string, shape: CampaignShape): void {
  const topic = draft.random.pick(LAW_TOPICS);
  const { laws } = draft.context;
  const law = draft.issue(draft.central("NATIONAL_ASSEMBLY"), FORMS.law, date, topic.law, [
    basedOn(laws.constitution),
  ]);
  if (!law) return;
  for (let i = 0; i < shape.decrees; i++) {
    const decree = draft.issue(
      draft.central("GOVERNMENT"),
      FORMS.decree,
      addDays(law.issuedOn, 20),
      `Quy định chi tiết một số điều và biện pháp thi hành Luật ${topic.law}`,
      [implementsDoc(law, "DETAILS"), basedOn(laws.government(date)), basedOn(law)],
    );
    if (!decree) continue;
    for (let j = 0; j < shape.circularsPerDecree; j++) {
      const circular = issueCircular(draft, decree, law, 20);
      if (!circular) continue;
      const provinces = provincesOn(draft.context.catalogue, addDays(circular.issuedOn, 10));
      for (const province of draft.random.sample(provinces, shape.provinces)) {
        provincialPlans(draft, province, circular, topic.subject, {
          departments: shape.departmentsPerProvince,
          localCount: shape.communesPerDepartment,
          cycles: shape.cycles,
          fixedDelays: true,
        });
      }
    }
  }
}
