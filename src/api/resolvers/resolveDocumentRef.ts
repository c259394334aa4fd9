import type { GraphQLContext } from "../GraphQLContext.js";
import { ErrorCode, GovgraphError } from "../../errors.js";
import { runRead } from "../../graph/runRead.js";
import { DOCUMENT_BY_CODE } from "../../graph/queries/index.js";
import {
  bodyId,
  canonicalId,
  codeKey,
  foldedId,
  localBody,
  parseDocumentCode,
} from "../../identity/index.js";
import type { NodeSummary } from "./NodeSummary.js";

/** A document a code may name; issuerIds tell apart same-named issuers of two provinces. */
export type DocumentCandidate = NodeSummary & { year: number | null; issuerIds: string[] };

/** How an AMBIGUOUS error lists the documents to choose from. */
export function describeCandidates(candidates: readonly DocumentCandidate[]) {
  return candidates.map((c) => ({
    id: c.id,
    issuers: c.bodies,
    issuerIds: c.issuerIds,
    year: c.year,
  }));
}

export interface DocumentRef {
  readonly code: string;
  readonly issuer?: string | null;
  readonly year?: number | null;
}

/**
 * The documents a code names, narrowed by issuer and year. A code that is not a
 * code at all is refused with the rule it broke.
 */
export async function documentsByCode(
  ref: DocumentRef,
  context: GraphQLContext,
): Promise<DocumentCandidate[]> {
  const parsed = parseDocumentCode(ref.code, ref.year ?? undefined);
  if (!parsed) {
    throw new GovgraphError(
      ErrorCode.BAD_USER_INPUT,
      `document code must look like '32/2021/NĐ-CP', '100/KH-UBND' or '03-TT/QU', got '${ref.code.slice(0, 80)}'`,
    );
  }
  const issuer = ref.issuer ? issuerKeys(ref.issuer) : undefined;
  const rows = await runRead<{ document: DocumentCandidate }>(
    context.driver,
    DOCUMENT_BY_CODE,
    {
      codeKey: codeKey(parsed),
      year: ref.year ?? parsed.year ?? null,
      issuerKeys: issuer?.folded ?? null,
    },
    {
      database: context.database,
      timeoutMs: context.queryTimeoutMs,
      counter: context.statements,
      what: "documentByCode",
    },
  );
  const candidates = rows.map((row) => row.document);
  // "UBND xã Lộc Thạnh" also matched Lộc Thành's plan through the folded key; the
  // diacritics as written decide, when they name one of the candidates' issuers.
  const exact = candidates.filter((c) =>
    c.issuerIds.some((id) => issuer?.exact.some((key) => id === key || id.endsWith(`/${key}`))),
  );
  return exact.length > 0 ? exact : candidates;
}

// A body id as the graph stores it: "chinh-phu", "dong-nai/ubnd-xã-tân-thành".
const BODY_ID = /^[\p{Ll}\p{Nd}-]+(?:\/[\p{Ll}\p{Nd}-]+)?$/u;

/**
 * The keys an issuer may be stored under. Exact: a body id as given; else the name's
 * id (which the same name placed in any province ends with) and, for a commune's or
 * district's name ending in its province ("UBND xã Tân Thành, tỉnh Đồng Nai"), that
 * placed id. Folded: the same without diacritics, which the query matches, so that a
 * name or id typed without them still finds its documents.
 */
export function issuerKeys(issuer: string): { exact: string[]; folded: string[] } {
  const given = canonicalId(issuer);
  if (BODY_ID.test(given)) return { exact: [given], folded: [foldedId(given)] };
  const { province } = localBody(issuer);
  const exact = province ? [bodyId(issuer), bodyId(issuer, province)] : [bodyId(issuer)];
  return { exact, folded: exact.map(foldedId) };
}

/**
 * Turns "vn/2021/nd-cp/32" or "32/2021/NĐ-CP" into one document id. A code naming
 * several documents (100/KH-UBND in every province) is refused with the candidates.
 */
export async function resolveDocumentRef(
  ref: DocumentRef,
  context: GraphQLContext,
): Promise<string> {
  if (ref.code.startsWith("vn/") || ref.code.startsWith("meeting/")) return canonicalId(ref.code);
  const candidates = await documentsByCode(ref, context);
  if (candidates.length === 1 && candidates[0]) return candidates[0].id;
  if (candidates.length === 0) {
    throw new GovgraphError(
      ErrorCode.NOT_FOUND,
      `no document with code '${ref.code}' is in the graph`,
    );
  }
  throw new GovgraphError(
    ErrorCode.AMBIGUOUS,
    `code '${ref.code}' names ${candidates.length} documents; give issuer (a name or a body id) or year to choose one`,
    { candidates: describeCandidates(candidates) },
  );
}
