import type { Place } from "./BodyCatalogue.js";
import { basedOn } from "./basedOn.js";
import type { CampaignDraft } from "./CampaignDraft.js";
import { addDays } from "./dates.js";
import { documentSubject } from "./documentSubject.js";
import type { GenDoc } from "./GeneratedText.js";
import { implementsDoc } from "./implementsDoc.js";
import { FORMS, referenceTo } from "./issueDocument.js";
import { placeOn } from "./placeOn.js";

/**
 * Share of local plans that also name the document one level further up as what they
 * carry out ("Thực hiện Kế hoạch số … của Sở … và Kế hoạch số … của UBND tỉnh"). Measured
 * on the 587 corpus texts: 14 of the 120 documents read as implementing something name
 * two or more, most often a document and another that itself carries the first out
 * (Thông tri 03-TT/QU: Nghị định 32/2021/NĐ-CP and Kế hoạch 100/KH-UBND, which carries
 * out the decree; Công văn 3316/CT-CS: Nghị định 175/2025/NĐ-CP and Thông tư
 * 67/2025/TT-BTC, which guides it).
 */
export const SKIP_LEVEL_SHARE = 0.12;

/** Reference campaigns need fixed answers: every eighth plan, not a random eighth. */
const FIXED_SKIP_EVERY = 8;

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
  let plansIssued = 0;
  const alsoAbove = (above: GenDoc) => {
    plansIssued += 1;
    const skip = options.fixedDelays
      ? plansIssued % FIXED_SKIP_EVERY === 0
      : draft.random.chance(SKIP_LEVEL_SHARE);
    return skip ? [implementsDoc(above)] : [];
  };
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
      [implementsDoc(plan), ...alsoAbove(parent)],
    );
    if (departmentPlan) departmentPlans.push(departmentPlan);
  }
  draft.citeEachOther(departmentPlans, options.cycles ? 1 : 0.05);
  const parents = departmentPlans.length > 0 ? departmentPlans : [plan];
  for (const localParent of parents) {
    const above = localParent === plan ? parent : plan;
    const leaves = localPlans(draft, province, localParent, subject, options, delay, () =>
      alsoAbove(above),
    );
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
  alsoAbove: () => ReturnType<typeof implementsDoc>[],
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
      [implementsDoc(parent), ...alsoAbove(), basedOn(draft.context.laws.localGovernment(date))],
    );
    if (plan) plans.push(plan);
  }
  draft.citeEachOther(plans, 0.05);
  return plans;
}
