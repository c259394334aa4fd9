import { DOCUMENT_KINDS } from "../domain.js";
import type { CatalogueBody } from "./BodyCatalogue.js";
import { bodyOn } from "./bodyOn.js";
import type { CampaignDraft } from "./CampaignDraft.js";
import { shortDate } from "./dates.js";
import type { GenDoc } from "./GeneratedText.js";
import { officialsOf, ROLE_BY_SEAT } from "./officials.js";
import { placeOn } from "./placeOn.js";

/** A meeting that reviews or kicks off a document, chaired and attended by its organizer's officials. */
export function meetingAbout(
  draft: CampaignDraft,
  doc: GenDoc,
  issuer: CatalogueBody,
  relation: "REVIEWS" | "IMPLEMENTS",
  date: string,
): void {
  if (date > draft.context.until) return;
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
    .slice(0, draft.random.int(2, Math.min(5, seats.length)))
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
      ? draft.random.chance(0.6)
        ? ["Hội nghị sơ kết", `Hội nghị sơ kết ${years} năm thực hiện ${what}`]
        : ["Hội nghị tổng kết", `Hội nghị tổng kết thực hiện ${what}`]
      : ["Hội nghị quán triệt, triển khai", `Hội nghị quán triệt, triển khai ${what}`];
  draft.meetings.push({
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
