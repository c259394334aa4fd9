import type { Place } from "./BodyCatalogue.js";
import { basedOn } from "./basedOn.js";
import type { CampaignDraft } from "./CampaignDraft.js";
import { cites } from "./cites.js";
import { addDays } from "./dates.js";
import { documentSubject } from "./documentSubject.js";
import type { GenDoc } from "./GeneratedText.js";
import { implementsDoc } from "./implementsDoc.js";
import { FORMS, referenceTo } from "./issueDocument.js";
import { placeOn } from "./placeOn.js";

/** A province's Party programme and plan, then its districts' or communes' Party and State plans. */
export function provincialPartyPlans(
  draft: CampaignDraft,
  province: Place,
  parent: GenDoc,
  root: GenDoc,
  subject: string,
  guidance: GenDoc | undefined,
): void {
  const date = draft.after(parent, 10, 60);
  const place = placeOn(province, date);
  const relations = [implementsDoc(parent), basedOn(draft.context.laws.partyCharter)];
  if (guidance && guidance.issuedOn <= date) relations.push(cites(guidance));
  const programme = draft.issue(
    place.party,
    draft.random.chance(0.5) ? FORMS.partyProgramme : FORMS.partyResolution,
    date,
    `Thực hiện ${referenceTo(root)} ${documentSubject(subject)}`,
    relations,
  );
  if (!programme) return;
  const plan = draft.issue(
    place.party,
    FORMS.partyPlan,
    draft.after(programme, 5, 30),
    `Thực hiện ${referenceTo(programme)}`,
    [implementsDoc(programme)],
  );
  if (!plan) return;
  if (draft.random.chance(0.6)) {
    draft.issue(
      place.committee,
      FORMS.plan,
      draft.after(plan, 5, 30),
      `Triển khai ${referenceTo(plan)}`,
      [implementsDoc(plan), basedOn(draft.context.laws.localGovernment(plan.issuedOn))],
    );
  }
  const localDate = draft.after(plan, 5, 30);
  const places = placeOn(province, localDate).children;
  const count = draft.random.chance(0.2) ? places.length : draft.random.int(0, 8);
  const partyPlans: GenDoc[] = [];
  for (const local of draft.random.sample(places, count)) {
    const partyPlan = draft.issue(
      local.party,
      FORMS.partyPlan,
      addDays(localDate, draft.random.int(0, 10)),
      `Thực hiện ${referenceTo(plan)}`,
      [implementsDoc(plan)],
    );
    if (!partyPlan) continue;
    partyPlans.push(partyPlan);
    if (draft.random.chance(0.5)) {
      draft.issue(
        local.committee,
        FORMS.plan,
        draft.after(partyPlan, 3, 20),
        `Triển khai thực hiện ${referenceTo(partyPlan)} trên địa bàn ${local.name}`,
        [implementsDoc(partyPlan), basedOn(draft.context.laws.localGovernment(partyPlan.issuedOn))],
      );
    }
  }
  draft.citeEachOther(partyPlans, 0.05);
}
