import type { GraphQLResolveInfo } from "graphql";
import { GRAPH_RELATION_TYPES } from "../../domain.js";
import { GRAPH_VIEW } from "../../graph/queries/index.js";
import { canonicalId, parseDocumentCode } from "../../identity/index.js";
import { rowsOf, type Columns } from "../../graph/rowsOf.js";
import { runReadJson } from "../../graph/runReadJson.js";
import type { GraphQLContext } from "../GraphQLContext.js";
import { boundedInt, LIMITS } from "./limits.js";
import { missingBody } from "./missingBody.js";
import { idsItMayMean } from "./idsItMayMean.js";
import { notFound } from "./notFound.js";
import { labelOf, type NodeSummary } from "./NodeSummary.js";
import { resolveDocumentRef } from "./resolveDocumentRef.js";
import { selects } from "./selects.js";

export interface GraphViewArgs {
  focus: string;
  depth: number;
  nodeTypes?: string[] | null;
  relationTypes?: string[] | null;
  limit: number;
}

interface GraphViewAnswer {
  nodes: Columns<
    Pick<NodeSummary, "id" | "type" | "bodies"> & {
      depth: number;
      properties: Partial<Record<"code" | "kind" | "title" | "name", string>> &
        Record<string, unknown>;
    }
  >;
  edges: Columns<{ source: string; target: string; type: string; data: Record<string, unknown> }>;
  edgesTotal: number;
  nodesTotal: number;
  capped: boolean;
}

const LABEL_OF_TYPE: Record<string, string> = {
  DOCUMENT: "Document",
  BODY: "Body",
  PERSON: "Person",
  MEETING: "Meeting",
};

/** How far past `limit` the walk looks, so the counts can say how much was cut. */
const SCAN_FACTOR = 10;

/**
 * How many nodes the walk may visit. Counting the neighbourhood past what is drawn is
 * most of a large view's cost (1,000 nodes of the Government's, 1M graph: 81 against
 * 45 ms), so it goes that far only for an operation that asks for the totals; one node
 * past the limit already tells whether the view was cut.
 */
export function scanLimitFor(limit: number, withTotals: boolean): number {
  return withTotals ? limit * SCAN_FACTOR : limit + 1;
}

/** The graphView query: a drawable neighbourhood of any node. */
export async function graphView(
  _source: unknown,
  args: GraphViewArgs,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
) {
  const depth = boundedInt("depth", args.depth, 1, LIMITS.viewDepth);
  const limit = boundedInt("limit", args.limit, 1, LIMITS.viewNodes);
  const types = args.relationTypes?.length
    ? [...new Set(args.relationTypes)]
    : [...GRAPH_RELATION_TYPES];
  const labelFilter = args.nodeTypes?.length
    ? args.nodeTypes.map((type) => `+${LABEL_OF_TYPE[type] ?? "Document"}`).join("|")
    : "-Source";
  // A document's code is taken as implementationChain takes it; ids never read as codes.
  const focusId = parseDocumentCode(args.focus)
    ? await resolveDocumentRef({ code: args.focus }, context)
    : canonicalId(args.focus);
  const answer = await runReadJson<GraphViewAnswer>(
    context.driver,
    GRAPH_VIEW,
    {
      id: focusId,
      relationshipFilter: types.join("|"),
      labelFilter,
      depth,
      limit,
      scanLimit: scanLimitFor(limit, selectsTotals(info)),
      types,
    },
    {
      database: context.database,
      timeoutMs: context.queryTimeoutMs,
      counter: context.statements,
      what: "graphView",
    },
  );
  // The parsed answer is this request's own: its property maps become the nodes' data
  // as they are, where copying a large view's maps only feeds the garbage collector.
  const nodes = answer
    ? rowsOf(answer.nodes).map(({ id, type, depth, bodies, properties: data }) => {
        data.bodies = bodies;
        const { code = null, kind = null, title = null, name = null } = data;
        return { id, label: labelOf({ id, type, code, kind, title, name }), type, depth, data };
      })
    : [];
  const focus = nodes[0];
  if (!answer || !focus) {
    const message = `no node with id '${focusId}'`;
    // A body's id is "…/name"; a document's "vn/…" and a person's "name@body" hold one.
    throw /^vn\/|@/u.test(focusId)
      ? notFound(message, await idsItMayMean(focusId, context))
      : ((await missingBody(focusId, context, "node")) ?? notFound(message, []));
  }
  const edges = rowsOf(answer.edges).map((edge) => ({
    id: `${edge.source}|${edge.type}|${edge.target}`,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    data: edge.data,
  }));
  return {
    focus,
    nodes,
    edges,
    truncated: answer.nodesTotal > nodes.length || answer.edgesTotal > edges.length,
    counts: {
      nodesTotal: answer.nodesTotal,
      nodesReturned: nodes.length,
      edgesTotal: answer.edgesTotal,
      edgesReturned: edges.length,
      totalsExact: !answer.capped,
    },
  };
}

/** Whether the operation asks how large the neighbourhood is, past what is drawn. */
function selectsTotals(info: GraphQLResolveInfo): boolean {
  return ["nodesTotal", "edgesTotal", "totalsExact"].some((field) =>
    selects(info, ["counts", field]),
  );
}
