import { DOCUMENT_KINDS, type ImplementationKind } from "../domain.js";
import {
  isActive,
  NEW_MAP_FROM,
  provincesOn,
  type BodyCatalogue,
  type CatalogueBody,
  type Place,
} from "./BodyCatalogue.js";
import type { CentralRole } from "./centralBodies.js";
import { addDays, shortDate } from "./dates.js";
import type { DocumentNumbering } from "./DocumentNumbering.js";
import type { FoundationalLaws } from "./foundationalLaws.js";
import type { DocumentText, GenDoc, MeetingText, StatedRelation } from "./GeneratedText.js";
import { FORMS, issueDocument, referenceTo, type DocumentForm } from "./issueDocument.js";
import { officialsOf, ROLE_BY_SEAT } from "./officials.js";
import { DEPARTMENTS } from "./places.js";
import type { Random } from "./Random.js";
import { LAW_TOPICS, PARTY_SUBJECTS } from "./topics.js";

/** What every builder shares for one generated graph. */
export interface GenerationContext {
  readonly catalogue: BodyCatalogue;
  readonly numbering: DocumentNumbering;
  readonly laws: FoundationalLaws;
  /** No document is dated after this day. */
  readonly until: string;
}

/** Fixed fan-outs for a reference campaign (see anchors.ts). */
export interface CampaignShape {
  readonly decrees: number;
  readonly circularsPerDecree: number;
  readonly provinces: number;
  readonly departmentsPerProvince: number;
  readonly communesPerDepartment: number;
  /** Adds one IMPLEMENTS back to a commune plan (a cycle) and two mutual citations. */
  readonly cycles: boolean;
}

/**
 * Writes one campaign the way implementation cascades down the hierarchy: a law to
 * its decrees (DETAILS) and circulars (GUIDES) to provincial decisions and plans to
 * departments and districts or communes; a Party resolution to programmes and plans
 * of provincial, district and commune committees. Texts come out parents first.
 */
export class CampaignBuilder {
  readonly texts: DocumentText[] = [];
  readonly meetings: MeetingText[] = [];

  constructor(
    private readonly context: GenerationContext,
    private readonly random: Random,
  ) {}

  /** A law and everything that carries it out. */
  lawCampaign(date: string): void {
    const topic = this.random.pick(LAW_TOPICS);
    const { laws } = this.context;
    const law = this.issue(this.central("NATIONAL_ASSEMBLY"), FORMS.law, date, topic.law, [
      basedOn(laws.constitution),
    ]);
    if (!law) return;
    const tips: GenDoc[] = [];
    const decrees = this.random.int(1, 3);
    for (let i = 0; i < decrees; i++) {
      const decree = this.issue(
        this.central("GOVERNMENT"),
        FORMS.decree,
        this.after(law, 20, 120),
        `Quy định chi tiết một số điều và biện pháp thi hành Luật ${topic.law}`,
        [implementsDoc(law, "DETAILS"), basedOn(laws.government(date)), basedOn(law)],
      );
      if (!decree) continue;
      const circulars = this.random.int(0, 2);
      let guided = false;
      for (let j = 0; j < circulars; j++) {
        const circular = this.issueCircular(decree, law);
        if (circular) {
          tips.push(circular);
          guided = true;
        }
      }
      if (!guided) tips.push(decree);
    }
    if (this.random.chance(0.4)) {
      const plan = this.issue(
        this.central("PRIME_MINISTER"),
        FORMS.decision,
        this.after(law, 10, 60),
        `Ban hành Kế hoạch triển khai thi hành Luật ${topic.law}`,
        [implementsDoc(law), basedOn(law)],
      );
      if (plan) tips.push(plan);
    }
    for (const tip of this.random.sample(tips, this.random.int(1, 2))) {
      const provinces = provincesOn(this.context.catalogue, addDays(tip.issuedOn, 30));
      const count = this.random.chance(0.25) ? provinces.length : this.random.int(1, 6);
      for (const province of this.random.sample(provinces, count)) {
        this.provincialPlans(province, tip, topic.subject, {
          departments: this.random.int(0, 2),
          localShare: this.random.chance(0.2) ? 1 : undefined,
        });
      }
    }
    this.addMeetings();
  }

  /** A Party resolution, conclusion or directive and what carries it out. */
  partyCampaign(date: string): void {
    const subject = this.random.pick(PARTY_SUBJECTS);
    const { laws } = this.context;
    const roll = this.random.next();
    const [issuer, documentForm] =
      roll < 0.3
        ? [this.central("CENTRAL_COMMITTEE"), FORMS.partyResolution]
        : roll < 0.8
          ? [
              this.central("POLITBURO"),
              this.random.chance(0.7) ? FORMS.partyResolution : FORMS.partyConclusion,
            ]
          : [this.central("SECRETARIAT"), FORMS.partyDirective];
    const root = this.issue(issuer, documentForm, date, `Về ${subject}`, [
      basedOn(laws.partyCharter),
    ]);
    if (!root) return;
    if (this.random.chance(0.5)) {
      this.meetingAbout(root, root.issuer, "IMPLEMENTS", this.after(root, 3, 20));
    }
    let centralPlan: GenDoc | undefined;
    if (this.random.chance(0.7)) {
      centralPlan = this.issue(
        this.central(this.random.chance(0.5) ? "POLITBURO" : "SECRETARIAT"),
        FORMS.partyPlan,
        this.after(root, 10, 60),
        `Thực hiện ${referenceTo(root)} ${documentSubject(subject)}`,
        [implementsDoc(root), basedOn(laws.partyCharter)],
      );
    }
    const guidance = this.random.chance(0.5)
      ? this.issue(
          this.activeCentral("PARTY_COMMISSION", date),
          FORMS.partyGuidance,
          this.after(root, 15, 60),
          `Hướng dẫn thực hiện ${referenceTo(root)}`,
          [implementsDoc(root, "GUIDES")],
        )
      : undefined;
    if (this.random.chance(0.6)) {
      const programme = this.issue(
        this.central("GOVERNMENT"),
        FORMS.resolution,
        this.after(root, 20, 90),
        `Ban hành Chương trình hành động của Chính phủ thực hiện ${referenceTo(root)}`,
        [implementsDoc(root), basedOn(laws.government(date))],
      );
      if (programme) {
        const provinces = provincesOn(this.context.catalogue, addDays(programme.issuedOn, 30));
        for (const province of this.random.sample(provinces, this.random.int(0, 4))) {
          this.provincialPlans(province, programme, subject, {
            departments: this.random.int(0, 1),
          });
        }
      }
    }
    const parent = centralPlan ?? root;
    const provinces = provincesOn(this.context.catalogue, addDays(parent.issuedOn, 30));
    const count = this.random.chance(0.3) ? provinces.length : this.random.int(1, 6);
    for (const province of this.random.sample(provinces, count)) {
      this.provincialPartyPlans(province, parent, root, subject, guidance);
    }
    this.addMeetings();
  }

  /** A reference campaign whose every fan-out is fixed, so its chains have known sizes. */
  shapedCampaign(date: string, shape: CampaignShape): void {
    const topic = this.random.pick(LAW_TOPICS);
    const { laws } = this.context;
    const law = this.issue(this.central("NATIONAL_ASSEMBLY"), FORMS.law, date, topic.law, [
      basedOn(laws.constitution),
    ]);
    if (!law) return;
    for (let i = 0; i < shape.decrees; i++) {
      const decree = this.issue(
        this.central("GOVERNMENT"),
        FORMS.decree,
        addDays(law.issuedOn, 20),
        `Quy định chi tiết một số điều và biện pháp thi hành Luật ${topic.law}`,
        [implementsDoc(law, "DETAILS"), basedOn(laws.government(date)), basedOn(law)],
      );
      if (!decree) continue;
      for (let j = 0; j < shape.circularsPerDecree; j++) {
        const circular = this.issueCircular(decree, law, 20);
        if (!circular) continue;
        const provinces = provincesOn(this.context.catalogue, addDays(circular.issuedOn, 10));
        for (const province of this.random.sample(provinces, shape.provinces)) {
          this.provincialPlans(province, circular, topic.subject, {
            departments: shape.departmentsPerProvince,
            localCount: shape.communesPerDepartment,
            cycles: shape.cycles,
            fixedDelays: true,
          });
        }
      }
    }
  }

  private issueCircular(decree: GenDoc, law: GenDoc, delay?: number): GenDoc | undefined {
    const date = delay === undefined ? this.after(decree, 15, 90) : addDays(decree.issuedOn, delay);
    const ministries = this.context.catalogue.central.get("MINISTRY") ?? [];
    const active = ministries.filter((m) => m.symbol.startsWith("B") && isActive(m, date));
    if (active.length === 0) return undefined;
    return this.issue(
      this.random.pick(active),
      FORMS.circular,
      date,
      `Hướng dẫn thi hành một số điều của Nghị định số ${decree.code ?? ""}`,
      [implementsDoc(decree, "GUIDES"), basedOn(decree), basedOn(law)],
    );
  }

  /** A province's decision and plan, its departments' plans and its districts' or communes'. */
  private provincialPlans(
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
      options.fixedDelays ? min : this.random.int(min, max);
    const decisionDate = addDays(parent.issuedOn, delay(10, 60));
    const place = placeOn(province, decisionDate);
    const basis = this.context.laws.localGovernment(decisionDate);
    const decision = this.issue(
      place.committee,
      FORMS.decision,
      decisionDate,
      `Ban hành Kế hoạch triển khai thực hiện ${referenceTo(parent)} trên địa bàn ${place.name}`,
      [implementsDoc(parent), basedOn(basis), basedOn(parent)],
    );
    if (!decision) return;
    const plan = this.issue(
      place.committee,
      FORMS.plan,
      addDays(decision.issuedOn, delay(1, 20)),
      `Triển khai thực hiện ${referenceTo(parent)} ${documentSubject(subject)} trên địa bàn ${place.name}`,
      [implementsDoc(decision), basedOn(basis)],
    );
    if (!plan) return;
    const departmentPlans: GenDoc[] = [];
    const departments = placeOn(province, plan.issuedOn).departments;
    for (const department of this.random.sample(departments, options.departments)) {
      const departmentPlan = this.issue(
        department,
        FORMS.plan,
        addDays(plan.issuedOn, delay(5, 30)),
        `Thực hiện ${referenceTo(plan)}`,
        [implementsDoc(plan)],
      );
      if (departmentPlan) departmentPlans.push(departmentPlan);
    }
    this.citeEachOther(departmentPlans, options.cycles ? 1 : 0.05);
    const parents = departmentPlans.length > 0 ? departmentPlans : [plan];
    for (const localParent of parents) {
      const leaves = this.localPlans(province, localParent, subject, options, delay);
      const leaf = leaves[0];
      if (leaf && (options.cycles || this.random.chance(0.003))) {
        // Real data holds such loops (a mis-cited number, a plan amended by its child).
        this.textOf(decision)?.relations.push(implementsDoc(leaf));
        options = { ...options, cycles: false };
      }
    }
  }

  private localPlans(
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
        : this.random.int(0, 8));
    const plans: GenDoc[] = [];
    for (const place of this.random.sample(places, count)) {
      const plan = this.issue(
        place.committee,
        FORMS.plan,
        addDays(date, delay(0, 10)),
        `Thực hiện ${referenceTo(parent)} ${documentSubject(subject)} trên địa bàn ${place.name}`,
        [implementsDoc(parent), basedOn(this.context.laws.localGovernment(date))],
      );
      if (plan) plans.push(plan);
    }
    this.citeEachOther(plans, 0.05);
    return plans;
  }

  /** A province's Party programme and plan, then its districts' or communes' Party and State plans. */
  private provincialPartyPlans(
    province: Place,
    parent: GenDoc,
    root: GenDoc,
    subject: string,
    guidance: GenDoc | undefined,
  ): void {
    const date = this.after(parent, 10, 60);
    const place = placeOn(province, date);
    const relations = [implementsDoc(parent), basedOn(this.context.laws.partyCharter)];
    if (guidance && guidance.issuedOn <= date) relations.push(cites(guidance));
    const programme = this.issue(
      place.party,
      this.random.chance(0.5) ? FORMS.partyProgramme : FORMS.partyResolution,
      date,
      `Thực hiện ${referenceTo(root)} ${documentSubject(subject)}`,
      relations,
    );
    if (!programme) return;
    const plan = this.issue(
      place.party,
      FORMS.partyPlan,
      this.after(programme, 5, 30),
      `Thực hiện ${referenceTo(programme)}`,
      [implementsDoc(programme)],
    );
    if (!plan) return;
    if (this.random.chance(0.6)) {
      this.issue(
        place.committee,
        FORMS.plan,
        this.after(plan, 5, 30),
        `Triển khai ${referenceTo(plan)}`,
        [implementsDoc(plan), basedOn(this.context.laws.localGovernment(plan.issuedOn))],
      );
    }
    const localDate = this.after(plan, 5, 30);
    const places = placeOn(province, localDate).children;
    const count = this.random.chance(0.2) ? places.length : this.random.int(0, 8);
    const partyPlans: GenDoc[] = [];
    for (const local of this.random.sample(places, count)) {
      const partyPlan = this.issue(
        local.party,
        FORMS.partyPlan,
        addDays(localDate, this.random.int(0, 10)),
        `Thực hiện ${referenceTo(plan)}`,
        [implementsDoc(plan)],
      );
      if (!partyPlan) continue;
      partyPlans.push(partyPlan);
      if (this.random.chance(0.5)) {
        this.issue(
          local.committee,
          FORMS.plan,
          this.after(partyPlan, 3, 20),
          `Triển khai thực hiện ${referenceTo(partyPlan)} trên địa bàn ${local.name}`,
          [
            implementsDoc(partyPlan),
            basedOn(this.context.laws.localGovernment(partyPlan.issuedOn)),
          ],
        );
      }
    }
    this.citeEachOther(partyPlans, 0.05);
  }

  /** Review and kick-off meetings for some of the campaign's local documents. */
  private addMeetings(): void {
    for (const { doc } of this.texts) {
      if (doc.issuer.level === "CENTRAL") continue;
      if (this.random.chance(0.08)) {
        this.meetingAbout(doc, doc.issuer, "REVIEWS", this.after(doc, 180, 720));
      } else if (this.random.chance(0.04)) {
        this.meetingAbout(doc, doc.issuer, "IMPLEMENTS", this.after(doc, 2, 20));
      }
    }
  }

  private meetingAbout(
    doc: GenDoc,
    issuer: CatalogueBody,
    relation: "REVIEWS" | "IMPLEMENTS",
    date: string,
  ): void {
    if (date > this.context.until) return;
    const organizer = bodyOn(issuer, date);
    if (!organizer) return;
    const officials = officialsOf(
      organizer.place ? placeOn(organizer.place, date) : null,
      organizer.place ? null : organizer,
      date,
    );
    if (officials.length === 0) return;
    // The Party secretary chairs a Party committee's meeting, the chairman a committee's.
    const chairFirst = organizer.role === "COMMITTEE" || organizer.role === "DEPARTMENT";
    const seats =
      chairFirst && officials.length > 1
        ? [officials[1], officials[0], ...officials.slice(2)]
        : officials;
    const attendees = seats
      .slice(0, this.random.int(2, Math.min(5, seats.length)))
      .flatMap((official, i) =>
        official ? [{ official, role: ROLE_BY_SEAT[Math.min(i, 3)] ?? "ATTENDEE" }] : [],
      );
    // The date keeps titles apart: numbering restarts every year, so the code alone repeats.
    const what = doc.code
      ? `${DOCUMENT_KINDS[doc.kind].name} số ${doc.code} ngày ${shortDate(doc.issuedOn)}`
      : doc.title;
    const years = Math.max(
      1,
      Math.round((Date.parse(date) - Date.parse(doc.issuedOn)) / 31_557_600_000),
    );
    const [kind, title] =
      relation === "REVIEWS"
        ? this.random.chance(0.6)
          ? ["Hội nghị sơ kết", `Hội nghị sơ kết ${years} năm thực hiện ${what}`]
          : ["Hội nghị tổng kết", `Hội nghị tổng kết thực hiện ${what}`]
        : ["Hội nghị quán triệt, triển khai", `Hội nghị quán triệt, triển khai ${what}`];
    this.meetings.push({
      title,
      kind,
      date,
      venue: `Hội trường ${organizer.name}`,
      organizer,
      relation,
      document: doc,
      attendees,
    });
  }

  /** Sibling documents that cite each other: the mutual citations real data has. */
  private citeEachOther(docs: readonly GenDoc[], probability: number): void {
    if (docs.length < 2 || !this.random.chance(probability)) return;
    const [a, b] = this.random.sample(docs, 2);
    if (!a || !b) return;
    this.textOf(a)?.relations.push(cites(b));
    this.textOf(b)?.relations.push(cites(a));
  }

  private textOf(doc: GenDoc): DocumentText | undefined {
    for (let i = this.texts.length - 1; i >= 0; i--) {
      if (this.texts[i]?.doc === doc) return this.texts[i];
    }
    return undefined;
  }

  private issue(
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

  private after(doc: GenDoc, min: number, max: number): string {
    return addDays(doc.issuedOn, this.random.int(min, max));
  }

  private central(role: CentralRole): CatalogueBody | undefined {
    return this.context.catalogue.central.get(role)?.[0];
  }

  private activeCentral(role: CentralRole, date: string): CatalogueBody | undefined {
    const active = (this.context.catalogue.central.get(role) ?? []).filter((b) =>
      isActive(b, date),
    );
    return active.length > 0 ? this.random.pick(active) : undefined;
  }
}

/** The province as the map of that day has it: a pre-2025 province after 2025-06-30 is its successor. */
export function placeOn(place: Place, date: string): Place {
  return date >= NEW_MAP_FROM && place.successor ? placeOn(place.successor, date) : place;
}

/** The body that plays the same part on that day, or undefined when none does (no district after 2025). */
export function bodyOn(body: CatalogueBody, date: string): CatalogueBody | undefined {
  if (isActive(body, date)) return body;
  const place = body.place && placeOn(body.place, date);
  if (!place || place === body.place || place.level !== "PROVINCE") return undefined;
  switch (body.role) {
    case "PARTY":
      return place.party;
    case "COUNCIL":
      return place.council;
    case "COMMITTEE":
      return place.committee;
    case "DEPARTMENT": {
      const spec = DEPARTMENTS.find((d) => body.name.startsWith(`${d.name} `));
      return spec && place.departments.find((d) => d.name.startsWith(`${spec.name} `));
    }
    default:
      return undefined;
  }
}

function documentSubject(subject: string): string {
  return `về ${subject}`;
}

export function implementsDoc(
  target: GenDoc,
  kind: ImplementationKind = "IMPLEMENTS",
): StatedRelation {
  const sentence =
    kind === "DETAILS"
      ? `Chính phủ ban hành Nghị định quy định chi tiết một số điều và biện pháp thi hành ${referenceTo(target)}.`
      : kind === "GUIDES"
        ? `Ban hành hướng dẫn thi hành ${referenceTo(target)}.`
        : `Thực hiện ${referenceTo(target)};`;
  return { type: "IMPLEMENTS", target, implementationKind: kind, sentence };
}

export function basedOn(target: GenDoc): StatedRelation {
  return { type: "BASED_ON", target, sentence: `Căn cứ ${referenceTo(target)};` };
}

export function cites(target: GenDoc): StatedRelation {
  return {
    type: "CITES",
    target,
    sentence: `Các cơ quan, đơn vị thực hiện theo quy định tại ${referenceTo(target)}.`,
  };
}
