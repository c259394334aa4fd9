import { ErrorCode, GovgraphError } from "../../errors.js";
import { BODY_TIMELINE, PERSON_PROFILE } from "../../graph/queries/index.js";
import { canonicalId } from "../../identity/index.js";
import { runRead } from "../../graph/runRead.js";
import type { GraphQLContext } from "../GraphQLContext.js";
import { boundedInt, LIMITS } from "./limits.js";
import { labelOf, type NodeSummary } from "./NodeSummary.js";
import { idsItMayMean } from "./idsItMayMean.js";
import { isoDayArgument } from "./isoDayArgument.js";
import { notFound } from "./notFound.js";
import { missingBody } from "./missingBody.js";
import { describeCandidates, documentsByCode } from "./resolveDocumentRef.js";

const readOptions = (context: GraphQLContext, what: string) => ({
  database: context.database,
  timeoutMs: context.queryTimeoutMs,
  counter: context.statements,
  what,
});

/** documentByCode: the one document a code names, or AMBIGUOUS with the candidates. */
export async function documentByCode(
  _source: unknown,
  args: { code: string; issuer?: string | null; year?: number | null },
  context: GraphQLContext,
) {
  const candidates = await documentsByCode(args, context);
  if (candidates.length > 1) {
    throw new GovgraphError(
      ErrorCode.AMBIGUOUS,
      `code '${args.code}' names ${candidates.length} documents; give issuer (a name or a body id) or year to choose one`,
      { candidates: describeCandidates(candidates) },
    );
  }
  const found = candidates[0];
  if (!found) return null;
  return {
    id: found.id,
    code: found.code,
    kind: found.kind,
    title: found.title,
    year: found.year,
    issuedOn: found.date,
    issuers: found.bodies,
    isStub: found.isStub,
    status: found.status,
  };
}

/** bodyTimeline: documents issued and meetings organised, newest first. */
export async function bodyTimeline(
  _source: unknown,
  args: {
    body: string;
    limit: number;
    predecessors: boolean;
    from?: string | null;
    to?: string | null;
  },
  context: GraphQLContext,
) {
  const limit = boundedInt("limit", args.limit, 1, LIMITS.timelineEntries);
  const from = isoDayArgument("from", args.from);
  const to = isoDayArgument("to", args.to);
  if (from && to && from > to) {
    throw new GovgraphError(
      ErrorCode.BAD_USER_INPUT,
      `from (${from}) is after to (${to}): no day is in that range`,
      { argument: "from" },
    );
  }
  const id = canonicalId(args.body);
  const rows = await runRead<{ entry: NodeSummary; bodyId: string }>(
    context.driver,
    BODY_TIMELINE,
    { id, limit, predecessors: args.predecessors, from, to },
    readOptions(context, "bodyTimeline"),
  );
  if (rows.length === 0) {
    const missing = await missingBody(id, context);
    if (missing) throw missing;
  }
  return rows.map(({ entry, bodyId }) => ({
    date: entry.date,
    type: entry.type,
    id: entry.id,
    label: labelOf(entry),
    title: entry.title,
    bodyId,
  }));
}

interface ProfileRow {
  id: string;
  name: string;
  positions: {
    title: string;
    bodyId: string;
    bodyName: string;
    from: string | null;
    to: string | null;
    firstStated: string | null;
    lastStated: string | null;
    formerBy: string | null;
    former: boolean;
  }[];
  meetings: { id: string; title: string; date: string | null; role: string }[];
}

/** personProfile: positions held and meetings attended, most recent first. */
export async function personProfile(
  _source: unknown,
  args: { person: string },
  context: GraphQLContext,
) {
  const id = canonicalId(args.person);
  const [row] = await runRead<ProfileRow>(
    context.driver,
    PERSON_PROFILE,
    { id },
    readOptions(context, "personProfile"),
  );
  if (!row) {
    const candidates = await idsItMayMean(id, context);
    if (candidates.length > 0) throw notFound(`no person with id '${id}'`, candidates);
    return null;
  }
  return {
    ...row,
    meetings: [...row.meetings].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "")),
  };
}
