/** The explorer's operations and the shapes it reads from them (schema/analytics.graphql). */

export type NodeType = "DOCUMENT" | "BODY" | "PERSON" | "MEETING";
export type Direction = "UP" | "DOWN" | "BOTH";

export interface SearchHit {
  id: string;
  type: NodeType;
  label: string;
  detail: string | null;
}

export interface SourceSummary {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface ChainNode {
  id: string;
  type: NodeType;
  label: string;
  depth: number;
  code: string | null;
  kind: string | null;
  title: string | null;
  date: string | null;
  bodies: string[];
  isStub: boolean;
}

export interface ChainEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  implementationKind: string | null;
  evidence: { sentence: string; sourceId: string; source: SourceSummary | null }[];
}

export interface ImplementationChain {
  root: { id: string };
  nodes: ChainNode[];
  edges: ChainEdge[];
  truncated: boolean;
}

export interface GraphViewNode {
  id: string;
  label: string;
  type: NodeType;
  depth: number;
  data: Record<string, unknown>;
}

export interface GraphViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  data: Record<string, unknown>;
}

export interface GraphView {
  focus: { id: string };
  nodes: GraphViewNode[];
  edges: GraphViewEdge[];
  truncated: boolean;
}

export const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, limit: 12) { id type label detail }
}`;

export const CHAIN = `query ExplorerChain($document: String!, $direction: ChainDirection!, $maxDepth: Int!) {
  implementationChain(document: $document, direction: $direction, maxDepth: $maxDepth) {
    root { id }
    nodes { id type label depth code kind title date bodies isStub }
    edges {
      id source target type implementationKind
      evidence { sentence sourceId source { id title url publishedAt } }
    }
    truncated
  }
}`;

/** Expanding a node asks for its neighbours only, and not too many of them. */
export const NEIGHBOURHOOD = `query ExplorerNeighbourhood($focus: ID!, $depth: Int!, $limit: Int!) {
  graphView(focus: $focus, depth: $depth, limit: $limit) {
    focus { id }
    nodes { id label type depth data }
    edges { id source target type data }
    truncated
  }
}`;

export const SOURCES = `query ExplorerSources($ids: [ID!]!) {
  sources(where: { id: { in: $ids } }) { id title url publishedAt }
}`;
