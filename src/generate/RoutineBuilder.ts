import { isActive, provincesOn, type CatalogueBody } from "./BodyCatalogue.js";
import { basedOn, cites, placeOn, type GenerationContext } from "./CampaignBuilder.js";
import { addDays, daysBetween, shortDate } from "./dates.js";
import type { DocumentText, StatedRelation } from "./GeneratedText.js";
import { FORMS, issueDocument, referenceTo, type DocumentForm } from "./issueDocument.js";
import type { Random } from "./Random.js";
import { areaOf, type RecentDocuments } from "./RecentDocuments.js";
import { LAW_TOPICS } from "./topics.js";

export const GENERATED_FROM = "2016-01-01";

/**
 * Everyday documents outside any campaign: công văn, reports, notices, decisions,
 * council resolutions, decrees. They cite recent documents of their province and
 * amend, replace or repeal their issuer's earlier legal acts.
 */
export class RoutineBuilder {
  constructor(
    private readonly context: GenerationContext,
    private readonly random: Random,
    private readonly recent: RecentDocuments,
  ) {}

  write(): DocumentText | undefined {
    const span = daysBetween(GENERATED_FROM, this.context.until);
    const date = addDays(GENERATED_FROM, this.random.int(0, span));
    const issuer = this.pickIssuer(date);
    if (!issuer || !isActive(issuer, date)) return undefined;
    const documentForm = this.formFor(issuer);
    const subject = this.random.pick(LAW_TOPICS).subject;
    const doc = issueDocument(
      this.context.numbering,
      this.random,
      issuer,
      documentForm,
      date,
      titleFor(documentForm, subject, date),
    );
    const { laws } = this.context;
    const relations: StatedRelation[] = [
      basedOn(issuer.level === "CENTRAL" ? laws.government(date) : laws.localGovernment(date)),
    ];
    const earlier = this.recent.before(areaOf(doc), date, (docs) => this.random.pick(docs));
    if (earlier && this.random.chance(0.5)) relations.push(cites(earlier));
    if (documentForm.system === "STATE_LEGAL") {
      const previous = this.recent.legalBefore(issuer.id, date);
      const roll = this.random.next();
      if (previous && roll < 0.25) {
        relations.push({
          type: "REPLACES",
          target: previous,
          sentence: `Văn bản này thay thế ${referenceTo(previous)}.`,
        });
      } else if (previous && roll < 0.5) {
        relations.push({
          type: "AMENDS",
          target: previous,
          sentence: `Sửa đổi, bổ sung một số điều của ${referenceTo(previous)}.`,
        });
      } else if (previous && roll < 0.55) {
        relations.push({
          type: "REPEALS",
          target: previous,
          sentence: `Bãi bỏ ${referenceTo(previous)}.`,
        });
      }
    }
    this.recent.add(doc);
    return { doc, relations };
  }

  private pickIssuer(date: string): CatalogueBody | undefined {
    const roll = this.random.next();
    const { catalogue } = this.context;
    if (roll < 0.8) {
      const province = placeOn(this.random.pick(provincesOn(catalogue, date)), date);
      if (roll < 0.45 && province.children.length > 0) {
        const local = this.random.pick(province.children);
        const which = this.random.next();
        return which < 0.7 ? local.committee : which < 0.9 ? local.party : local.council;
      }
      return this.random.pick([
        province.committee,
        province.committee,
        province.party,
        province.council,
        ...province.departments,
      ]);
    }
    const role = roll < 0.92 ? "MINISTRY" : roll < 0.97 ? "PRIME_MINISTER" : "GOVERNMENT";
    const active = (catalogue.central.get(role) ?? []).filter((b) => isActive(b, date));
    return active.length > 0 ? this.random.pick(active) : undefined;
  }

  private formFor(issuer: CatalogueBody): DocumentForm {
    const r = this.random;
    switch (issuer.role) {
      case "COMMITTEE":
        return issuer.level !== "DISTRICT" && r.chance(0.1)
          ? FORMS.legalDecision
          : r.pick([
              FORMS.letter,
              FORMS.letter,
              FORMS.report,
              FORMS.notice,
              FORMS.decision,
              FORMS.directive,
              FORMS.dispatch,
            ]);
      case "DEPARTMENT":
        return r.pick([FORMS.letter, FORMS.report, FORMS.guidance, FORMS.decision, FORMS.plan]);
      case "PARTY":
        return r.pick([
          FORMS.partyReport,
          FORMS.partyCircular,
          FORMS.partyResolution,
          FORMS.partyConclusion,
        ]);
      case "COUNCIL":
        return issuer.level !== "DISTRICT" && r.chance(0.5)
          ? FORMS.councilResolution
          : FORMS.resolution;
      case "MINISTRY":
        return r.chance(0.4)
          ? FORMS.circular
          : r.pick([FORMS.decision, FORMS.letter, FORMS.report]);
      case "PRIME_MINISTER":
        return r.pick([FORMS.decision, FORMS.directive, FORMS.dispatch]);
      default:
        return FORMS.decree;
    }
  }
}

function titleFor(documentForm: DocumentForm, subject: string, date: string): string {
  const year = date.slice(0, 4);
  switch (documentForm.kind) {
    case "OFFICIAL_LETTER":
      return `V/v triển khai công tác ${subject} năm ${year}`;
    case "REPORT":
      return `Kết quả thực hiện công tác ${subject} năm ${year}`;
    case "NOTICE":
      return `Kết luận tại cuộc họp ngày ${shortDate(date)} về công tác ${subject}`;
    case "DISPATCH":
      return `Về việc tăng cường công tác ${subject}`;
    case "PARTY_CIRCULAR":
      return `Về lãnh đạo công tác ${subject}`;
    default:
      return `Về ${subject}`;
  }
}
