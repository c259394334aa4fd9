import { ErrorCode, GovgraphError } from "../../errors.js";
import { SEARCH } from "../../graph/queries/index.js";
import { runRead } from "../../graph/runRead.js";
import type { GraphQLContext } from "../GraphQLContext.js";
import { interpretSearch } from "./interpretSearch.js";
import { boundedInt, LIMITS } from "./limits.js";
import { labelOf, type NodeSummary } from "./NodeSummary.js";

export interface SearchArgs {
  text: string;
  types?: string[] | null;
  limit: number;
}

const LABEL_OF_TYPE: Record<string, string> = {
  DOCUMENT: "Document",
  BODY: "Body",
  PERSON: "Person",
  MEETING: "Meeting",
};

type Hit = NodeSummary & {
  score: number;
  province: string | null;
  validTo: string | null;
  successor: string | null;
  position: string | null;
  namedIn: string | null;
};

// What tells hits of one label apart: two "UBND xã Tân Thành" differ by province, two
// "Nguyễn Văn An" by the position each holds, or else by the text that names them; and
// whether a body still exists, which "UBND tỉnh Bắc Giang" no longer does.
const DETAIL: Record<string, (hit: Hit) => string | null> = {
  DOCUMENT: (hit) => hit.title,
  MEETING: (hit) => hit.date,
  BODY: (hit) => {
    const ended = hit.validTo
      ? `until ${hit.validTo}${hit.successor ? `, then ${hit.successor}` : ""}`
      : null;
    return [hit.province, ended].filter(Boolean).join("; ") || null;
  },
  PERSON: (hit) => hit.position ?? (hit.namedIn ? `named in ${hit.namedIn}` : null),
};

/** The search query: one box for codes, titles and names, with or without diacritics. */
export async function search(_source: unknown, args: SearchArgs, context: GraphQLContext) {
  const limit = boundedInt("limit", args.limit, 1, LIMITS.searchHits);
  if (args.text.length > LIMITS.searchTextLength) {
    throw new GovgraphError(
      ErrorCode.LIMIT_EXCEEDED,
      `search text must be at most ${LIMITS.searchTextLength} characters, got ${args.text.length}`,
    );
  }
  const meaning = interpretSearch(args.text);
  const rows = await runRead<{ hit: Hit }>(
    context.driver,
    SEARCH,
    {
      ...meaning,
      labels: args.types?.length ? args.types.map((t) => LABEL_OF_TYPE[t] ?? t) : null,
      limit,
    },
    {
      database: context.database,
      timeoutMs: context.queryTimeoutMs,
      counter: context.statements,
      what: "search",
    },
  );
  return rows.map(({ hit }) => ({
    id: hit.id,
    type: hit.type,
    label: labelOf(hit),
    detail: DETAIL[hit.type]?.(hit) ?? null,
    score: hit.score,
  }));
}
