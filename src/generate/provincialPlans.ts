import type { Place } from "./BodyCatalogue.js";
import { basedOn } from "./basedOn.js";
import type { CampaignDraft } from "./CampaignDraft.js";
import { addDays } from "./dates.js";
import { documentSubject } from "./documentSubject.js";
import type { GenDoc } from "./GeneratedText.js";
import { implementsDoc } from "./implementsDoc.js";
import { FORMS, referenceTo } from "./issueDocument.js";
import { placeOn } from "./placeOn.js";

/** A province's decision and plan, its departments' plans and its districts' or communes'. */
export function provincialPlans(
  draft: CampaignDraft,
  province: Place,
  parent: GenDoc,
  subject: string,
  options: {
    departments: number;
    localShare?: number;
    localCount?: number;
    cycles?: boolean;
    fixedDelays?: boolean;
  },
): void {
  const delay = (min: number, max: number) =>
    options.fixedDelays ? min : draft.random.int(min, max);
  const decisionDate = addDays(parent.issuedOn, delay(10, 60));
  const place = placeOn(province, decisionDate);
  const basis = draft.context.laws.localGovernment(decisionDate);
  const decision = draft.issue(
    place.committee,
    FORMS.decision,
    decisionDate,
    `Ban hành Kế hoạch triển khai thực hiện ${referenceTo(parent)} trên địa bàn ${place.name}`,
    [implementsDoc(parent), basedOn(basis), basedOn(parent)],
  );
  if (!decision) return;
  const plan = draft.issue(
    place.committee,
    FORMS.plan,
    addDays(decision.issuedOn, delay(1, 20)),
    `Triển khai thực hiện ${referenceTo(parent)} ${documentSubject(subject)} trên địa bàn ${place.name}`,
    [implementsDoc(decision), basedOn(basis)],
  );
  if (!plan) return;
  const departmentPlans: GenDoc[] = [];
  const departments = placeOn(province, plan.issuedOn).departments;
  for (const department of draft.random.sample(departments, options.departments)) {
    const departmentPlan = draft.issue(
      department,
      FORMS.plan,
      addDays(plan.issuedOn, delay(5, 30)),
      `Thực hiện ${referenceTo(plan)}`,
      [implementsDoc(plan)],
    );
    if (departmentPlan) departmentPlans.push(departmentPlan);
  }
  draft.citeEachOther(departmentPlans, options.cycles ? 1 : 0.05);
  const parents = departmentPlans.length > 0 ? departmentPlans : [plan];
  for (const localParent of parents) {
    const leaves = localPlans(draft, province, localParent, subject, options, delay);
    const leaf = leaves[0];
    if (leaf && (options.cycles || draft.random.chance(0.003))) {
      // Real data holds such loops (a mis-cited number, a plan amended by its child).
      draft.textOf(decision)?.relations.push(implementsDoc(leaf));
      options = { ...options, cycles: false };
    }
  }
}

function localPlans(
  draft: CampaignDraft,
  province: Place,
  parent: GenDoc,
  subject: string,
  options: { localShare?: number; localCount?: number },
  delay: (min: number, max: number) => number,
): GenDoc[] {
  const date = addDays(parent.issuedOn, delay(5, 40));
  const places = placeOn(province, date).children;
  const count =
    options.localCount ??
    (options.localShare !== undefined
      ? Math.round(places.length * options.localShare)
      : draft.random.int(0, 8));
  const plans: GenDoc[] = [];
  for (const place of draft.random.sample(places, count)) {
    const plan = draft.issue(
      place.committee,
      FORMS.plan,
      addDays(date, delay(0, 10)),
      `Thực hiện ${referenceTo(parent)} ${documentSubject(subject)} trên địa bàn ${place.name}`,
      [implementsDoc(parent), basedOn(draft.context.laws.localGovernment(date))],
    );
    if (plan) plans.push(plan);
  }
  draft.citeEachOther(plans, 0.05);
  return plans;
}
