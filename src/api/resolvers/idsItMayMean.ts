import { IDS_WITH_BODY_KEY } from "../../graph/queries/index.js";
import { runRead } from "../../graph/runRead.js";
import { foldedId } from "../../identity/index.js";
import type { GraphQLContext } from "../GraphQLContext.js";

// The body id inside a document's id ("vn/{body}/{year}/{number-symbol}", for codes that
// repeat across issuers) and inside a person's ("{name}@{body}").
const DOCUMENT_ID = /^(vn\/)(.+?)(\/(?:\d{4}|_)\/.+)$/u;
const PERSON_ID = /^([^@]+@)(.+)()$/u;

/**
 * After a lookup by a document's or a person's id found nothing: the documents or
 * people the id may have meant, the body id inside it typed without its diacritics or
 * its province (ids held from before local ids kept them). Empty when there are none.
 */
export async function idsItMayMean(id: string, context: GraphQLContext): Promise<string[]> {
  const parts = DOCUMENT_ID.exec(id) ?? PERSON_ID.exec(id);
  if (!parts?.[1] || !parts[2]) return [];
  const [row] = await runRead<{ candidates: string[] }>(
    context.driver,
    IDS_WITH_BODY_KEY,
    { prefix: parts[1], body: foldedId(parts[2]), suffix: parts[3] ?? "" },
    {
      database: context.database,
      timeoutMs: context.queryTimeoutMs,
      counter: context.statements,
      what: "idsWithBodyKey",
    },
  );
  return row?.candidates ?? [];
}
