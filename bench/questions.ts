// The questions the benchmark asks, each in two forms: the Cypher the resolver runs
// (the floor) and the GraphQL operation a client sends for the same answer.
import { GRAPH_RELATION_TYPES as GRAPH_RELATIONS } from "../src/domain.js";
import { interpretSearch } from "../src/api/resolvers/interpretSearch.js";
import type { AnchorIds } from "../src/generate/index.js";
import { scanLimitFor } from "../src/api/resolvers/graphView.js";
import { summaryFieldsFor } from "../src/api/resolvers/NodeSummary.js";
import {
  DOCUMENT_BY_CODE,
  GRAPH_VIEW,
  implementationChainStatement,
  SEARCH,
} from "../src/graph/queries/index.js";
import { codeKey, parseDocumentCode } from "../src/identity/index.js";

export interface Question {
  readonly name: string;
  /** Statements the resolver runs, in order (raw Cypher, same parameters). */
  readonly raw: readonly { readonly cypher: string; readonly params: Record<string, unknown> }[];
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** Answer size, to check both forms return the same thing. */
  readonly size?: (data: Record<string, unknown>) => number;
}

export function lookupQuestion(code: string): Question {
  const parsed = parseDocumentCode(code);
  if (!parsed) throw new Error(`not a code: ${code}`);
  return {
    name: "lookup by code",
    raw: [
      {
        cypher: DOCUMENT_BY_CODE,
        params: { codeKey: codeKey(parsed), year: parsed.year ?? null, issuerKeys: null },
      },
    ],
    query: `query($code: String!) { documentByCode(code: $code) { id code kind title year issuedOn issuers isStub } }`,
    variables: { code },
  };
}

export function chainQuestion(
  label: string,
  id: string,
  direction: "DOWN" | "UP",
  maxDepth: number,
  relations: readonly string[] = ["IMPLEMENTS", "REVIEWS"],
  nodesOnly = false,
): Question {
  const arrow = direction === "DOWN" ? "<" : ">";
  // nodesOnly asks for what the naive nested selection returns: the documents, no edges.
  const nodeFields = nodesOnly
    ? ["id", "code", "kind", "title", "date"]
    : ["id", "label", "depth", "code", "kind", "title", "date", "bodies", "isStub"];
  const nodes = `nodes { ${nodeFields.join(" ")} }`;
  const selection = nodesOnly
    ? nodes
    : `${nodes}
    edges { id source target type implementationKind evidence { sourceId sentence } }`;
  return {
    name: `chain ${direction} d${maxDepth} ${label}${relations.length === 1 ? ` ${relations[0]}` : ""}${nodesOnly ? " (nodes only)" : ""}`,
    raw: [
      {
        // The statement the resolver builds for this selection.
        cypher: implementationChainStatement(
          summaryFieldsFor((f) => nodeFields.includes(f)),
          nodeFields.includes("depth"),
        ),
        params: {
          id,
          filter: relations.map((r) => `${r}${arrow}`).join("|"),
          types: relations,
          maxDepth,
          limit: 2000,
          withEdges: !nodesOnly,
          withEvidence: !nodesOnly,
        },
      },
    ],
    query: `query($id: String!, $direction: ChainDirection!, $maxDepth: Int!, $relations: [ChainRelation!]) {
  implementationChain(document: $id, direction: $direction, maxDepth: $maxDepth, relations: $relations, limit: 2000) {
    truncated
    ${selection}
  }
}`,
    variables: { id, direction, maxDepth, relations },
    size: (data) => (data.implementationChain as { nodes: unknown[] }).nodes.length,
  };
}

/** The same DOWN chain asked of the generated API: implementedBy nested maxDepth deep. */
export function naiveChainQuestion(label: string, id: string, maxDepth: number): Question {
  let selection = "id code kind title issuedOn";
  for (let i = 0; i < maxDepth; i++) {
    selection = `id code kind title issuedOn implementedBy { ${selection} }`;
  }
  return {
    name: `naive nested d${maxDepth} ${label}`,
    raw: [],
    query: `query($id: ID!) { documents(where: { id: { eq: $id } }) { ${selection} } }`,
    variables: { id },
    size: (data) => countNested((data.documents as unknown[])[0]),
  };
}

function countNested(node: unknown): number {
  if (!node || typeof node !== "object") return 0;
  const children = (node as { implementedBy?: unknown[] }).implementedBy ?? [];
  return 1 + children.reduce<number>((sum, child) => sum + countNested(child), 0);
}

/**
 * A graph view as a dashboard asks for it, with the counts of what was cut, or as
 * govgraph's explorer draws it (`withCounts` false), which lets the walk stop at the limit.
 */
export function graphViewQuestion(
  id: string,
  limit: number,
  depth = 3,
  withCounts = true,
): Question {
  return {
    name: `graphView ${limit}${withCounts ? "" : " (to draw, no counts)"}`,
    raw: [
      {
        cypher: GRAPH_VIEW,
        params: {
          id,
          relationshipFilter: GRAPH_RELATIONS.join("|"),
          labelFilter: "-Source",
          depth,
          limit,
          scanLimit: scanLimitFor(limit, withCounts),
          types: [...GRAPH_RELATIONS],
        },
      },
    ],
    query: `query($id: ID!, $depth: Int!, $limit: Int!) {
  graphView(focus: $id, depth: $depth, limit: $limit) {
    truncated
    nodes { id label type depth data }
    edges { id source target type data }
    ${withCounts ? "counts { nodesTotal nodesReturned edgesTotal edgesReturned totalsExact }" : ""}
  }
}`,
    variables: { id, depth, limit },
    size: (data) => (data.graphView as { nodes: unknown[] }).nodes.length,
  };
}

export function searchQuestion(text: string): Question {
  return {
    name: `search "${text}"`,
    raw: [{ cypher: SEARCH, params: { ...interpretSearch(text), labels: null, limit: 20 } }],
    query: `query($text: String!) { search(text: $text, limit: 20) { id type label detail score } }`,
    variables: { text },
    size: (data) => (data.search as unknown[]).length,
  };
}

/** A dashboard's first screen: search, open the document, its chain, its graph. */
export function dashboardQuestion(anchor: AnchorIds): Question {
  const parts = [
    searchQuestion("kế hoạch triển khai"),
    lookupQuestion(anchor.root.code),
    chainQuestion("", anchor.root.id, "DOWN", 4),
    graphViewQuestion(anchor.root.id, 200, 2),
  ];
  return {
    name: "dashboard (4 questions)",
    raw: parts.flatMap((p) => p.raw),
    query: "",
    variables: { parts },
  };
}
