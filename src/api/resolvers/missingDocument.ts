import { ErrorCode, GovgraphError } from "../../errors.js";
import { DOCUMENTS_OF_ISSUER_KEY } from "../../graph/queries/index.js";
import { runRead } from "../../graph/runRead.js";
import { foldedId } from "../../identity/index.js";
import type { GraphQLContext } from "../GraphQLContext.js";

// "vn/{issuer id}/{year}/{number-symbol}": a document whose code repeats across issuers.
const ISSUED_ID = /^vn\/(.+?)(\/(?:\d{4}|_)\/.+)$/u;

/**
 * After a lookup by document id found nothing: the NOT_FOUND error to throw, naming
 * as candidates the documents the id may have meant, its issuer's id typed without
 * diacritics or without its province (ids held from before local ids kept them).
 */
export async function missingDocument(
  id: string,
  context: GraphQLContext,
  message: string,
): Promise<GovgraphError> {
  const parts = ISSUED_ID.exec(id);
  if (!parts?.[1] || !parts[2]) return new GovgraphError(ErrorCode.NOT_FOUND, message);
  const [row] = await runRead<{ candidates: string[] }>(
    context.driver,
    DOCUMENTS_OF_ISSUER_KEY,
    { issuer: foldedId(parts[1]), rest: parts[2] },
    {
      database: context.database,
      timeoutMs: context.queryTimeoutMs,
      counter: context.statements,
      what: "documentsOfIssuerKey",
    },
  );
  const candidates = row?.candidates ?? [];
  if (candidates.length === 0) return new GovgraphError(ErrorCode.NOT_FOUND, message);
  return new GovgraphError(
    ErrorCode.NOT_FOUND,
    `${message}; ids it may mean (a district's or commune's issuer is placed in its province, and its id keeps the name's diacritics): ${candidates.map((c) => `'${c}'`).join(", ")}`,
    { candidates },
  );
}
