import { isActive } from "./BodyCatalogue.js";
import { basedOn } from "./basedOn.js";
import type { CampaignDraft } from "./CampaignDraft.js";
import { addDays } from "./dates.js";
import type { GenDoc } from "./GeneratedText.js";
import { implementsDoc } from "./implementsDoc.js";
import { FORMS } from "./issueDocument.js";

/** A ministry's circular guiding a decree, or undefined when no ministry is active that day. */
export function issueCircular(
  draft: CampaignDraft,
  decree: GenDoc,
  law: GenDoc,
  delay?: number,
): GenDoc | undefined {
  const date = delay === undefined ? draft.after(decree, 15, 90) : addDays(decree.issuedOn, delay);
  const ministries = draft.context.catalogue.central.get("MINISTRY") ?? [];
  const active = ministries.filter((m) => m.symbol.startsWith("B") && isActive(m, date));
  if (active.length === 0) return undefined;
  return draft.issue(
    draft.random.pick(active),
    FORMS.circular,
    date,
    `Hướng dẫn thi hành một số điều của Nghị định số ${decree.code ?? ""}`,
    [implementsDoc(decree, "GUIDES"), basedOn(decree), basedOn(law)],
  );
}
