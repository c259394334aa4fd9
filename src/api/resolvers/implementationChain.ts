import type { GraphQLResolveInfo } from "graphql";
import type { ImplementationKind } from "../../domain.js";
import { ErrorCode, GovgraphError } from "../../errors.js";
import { implementationChainStatement } from "../../graph/queries/index.js";
import { rowsOf, type Columns } from "../../graph/rowsOf.js";
import { runReadJson } from "../../graph/runReadJson.js";
import type { GraphQLContext } from "../GraphQLContext.js";
import { boundedInt, LIMITS } from "./limits.js";
import { labelOf, summaryFieldsFor, type NodeSummary } from "./NodeSummary.js";
import { idsItMayMean } from "./idsItMayMean.js";
import { notFound } from "./notFound.js";
import { resolveDocumentRef } from "./resolveDocumentRef.js";
import { selects } from "./selects.js";

export interface ChainArgs {
  document: string;
  issuer?: string | null;
  year?: number | null;
  direction: "UP" | "DOWN" | "BOTH";
  maxDepth: number;
  relations: string[];
  limit: number;
}

interface ChainAnswer {
  /** With the display fields the operation selected, the others left out. */
  nodes: Columns<NodeSummary & { depth: number }>;
  edges: Columns<{
    source: string;
    target: string;
    type: string;
    implementationKind: ImplementationKind | null;
    sourceIds: string[];
    sentences: string[];
  }>;
  truncated: boolean;
}

const ARROW = { DOWN: "<", UP: ">", BOTH: "" } as const;

/** The implementationChain query: resolves the root, walks, shapes the answer. */
export async function implementationChain(
  _source: unknown,
  args: ChainArgs,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
) {
  const maxDepth = boundedInt("maxDepth", args.maxDepth, 1, LIMITS.chainDepth);
  const limit = boundedInt("limit", args.limit, 1, LIMITS.chainNodes);
  const relations = [...new Set(args.relations)];
  if (relations.length === 0) {
    throw new GovgraphError(ErrorCode.BAD_USER_INPUT, "relations must name at least one relation");
  }
  const id = await resolveDocumentRef(
    { code: args.document, issuer: args.issuer, year: args.year },
    context,
  );
  const wants = (field: string) =>
    selects(info, ["nodes", field]) || selects(info, ["root", field]);
  const answer = await runReadJson<ChainAnswer>(
    context.driver,
    implementationChainStatement(summaryFieldsFor(wants), wants("depth")),
    {
      id,
      filter: relations.map((type) => `${type}${ARROW[args.direction]}`).join("|"),
      types: relations,
      maxDepth,
      limit,
      withEdges: selects(info, ["edges"]),
      withEvidence: selects(info, ["edges", "evidence"]),
    },
    {
      database: context.database,
      timeoutMs: context.queryTimeoutMs,
      counter: context.statements,
      what: "implementationChain",
    },
  );
  if (!answer) {
    throw notFound(`no document or meeting with id '${id}'`, await idsItMayMean(id, context));
  }
  const nodes = rowsOf(answer.nodes);
  // Labelled in place: the rows are this request's own, and copying a large chain's
  // nodes only fed the garbage collector (2–8 % of a 1,025-node chain's time).
  if (wants("label")) for (const node of nodes) Object.assign(node, { label: labelOf(node) });
  return {
    root: nodes[0],
    nodes,
    edges: rowsOf(answer.edges).map((edge) => ({
      id: `${edge.source}|${edge.type}|${edge.target}`,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      implementationKind:
        edge.type === "IMPLEMENTS" ? (edge.implementationKind ?? "IMPLEMENTS") : null,
      evidence: edge.sourceIds.map((sourceId, i) => ({
        sourceId,
        sentence: edge.sentences[i] ?? "",
      })),
    })),
    truncated: answer.truncated,
    maxDepth,
  };
}
