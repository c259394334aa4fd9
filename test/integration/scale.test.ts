import { createRequire } from "node:module";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema, createContext } from "../../src/api/index.js";
import { GRAPH_RELATION_TYPES as GRAPH_RELATIONS } from "../../src/domain.js";
import { createResolvers } from "../../src/api/resolvers/index.js";
import { interpretSearch } from "../../src/api/resolvers/interpretSearch.js";
import { anchorIds, bulkLoad, generateGraph, type AnchorIds } from "../../src/generate/index.js";
import {
  BODY_TIMELINE,
  DOCUMENT_BY_CODE,
  IDS_WITH_BODY_KEY,
  GRAPH_VIEW,
  IMPLEMENTATION_CHAIN,
  PERSON_PROFILE,
  PLACED_BODIES,
  SEARCH,
  SOURCES_BY_ID,
} from "../../src/graph/queries/index.js";
import { cypherParams } from "../../src/graph/index.js";
import { codeKey, parseDocumentCode } from "../../src/identity/index.js";
import { resetDatabase, testConfig, testDriver } from "../helpers/neo4j.js";

// @neo4j/graphql loads graphql-js through require(); executing its schema needs that
// same instance, not the ESM one an import would give under vitest.
const { graphql } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

interface ChainAnswer {
  truncated: boolean;
  nodes: { id: string; depth: number }[];
  edges: { source: string; target: string; evidence: { source: { id: string } | null }[] }[];
}

interface ViewAnswer {
  truncated: boolean;
  nodes: { id: string }[];
  edges: { source: string; target: string }[];
  counts: { nodesTotal: number; nodesReturned: number; edgesTotal: number; edgesReturned: number };
}

const CHAIN = `query($id: String!, $direction: ChainDirection, $maxDepth: Int, $limit: Int, $relations: [ChainRelation!]) {
  implementationChain(document: $id, direction: $direction, maxDepth: $maxDepth, limit: $limit, relations: $relations) {
    truncated
    nodes { id depth }
    edges { source target evidence { source { id } } }
  }
}`;

const VIEW = `query($id: ID!, $depth: Int, $limit: Int) {
  graphView(focus: $id, depth: $depth, limit: $limit) {
    truncated
    nodes { id }
    edges { source target }
    counts { nodesTotal nodesReturned edgesTotal edgesReturned }
  }
}`;

const GENERATED_DOCUMENTS = 10_000;

describe("scale: analyst queries on a generated national graph", () => {
  let driver: Driver;
  let schema: GraphQLSchema;
  let small: AnchorIds;
  let medium: AnchorIds;
  let large: AnchorIds;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    const started = Date.now();
    const loaded = await bulkLoad(
      driver,
      generateGraph({ documents: GENERATED_DOCUMENTS, seed: "scale-test" }),
    );
    expect(loaded.mode).toBe("create");
    expect(loaded.documents).toBeGreaterThanOrEqual(GENERATED_DOCUMENTS);
    // Generation is part of every run of this file: it must stay well under a minute.
    expect(Date.now() - started).toBeLessThan(120_000);
    await driver.executeQuery("CALL db.awaitIndexes(300)");
    schema = await buildSchema({ driver, jwtSecret: undefined, resolvers: createResolvers() });
    [small, medium, large] = anchorIds() as [AnchorIds, AnchorIds, AnchorIds];
  });

  afterAll(async () => {
    await driver.close();
  });

  async function ask<T>(source: string, variables: Record<string, unknown>) {
    const context = createContext(driver, testConfig(), undefined);
    const result = await graphql({
      schema,
      source,
      variableValues: variables,
      contextValue: context,
    });
    expect(result.errors).toBeUndefined();
    return { data: result.data as T, statements: context.statements.count };
  }

  const chain = (id: string, variables: Record<string, unknown> = {}) =>
    ask<{ implementationChain: ChainAnswer }>(CHAIN, { id, ...variables }).then((r) => ({
      ...r.data.implementationChain,
      statements: r.statements,
    }));

  function expectWellFormed(answer: {
    nodes: { id: string }[];
    edges: { source: string; target: string }[];
  }) {
    const ids = answer.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    const returned = new Set(ids);
    for (const edge of answer.edges) {
      expect(returned.has(edge.source)).toBe(true);
      expect(returned.has(edge.target)).toBe(true);
    }
  }

  it("walks a law DOWN six levels to the communes, each document once", async () => {
    const answer = await chain(large.root.id, { direction: "DOWN", maxDepth: 6, limit: 2000 });
    expect(answer.nodes).toHaveLength(large.anchor.chainSize);
    expect(answer.truncated).toBe(false);
    expect(Math.max(...answer.nodes.map((n) => n.depth))).toBe(6);
    expectWellFormed(answer);
  });

  it("reports truncated when maxDepth or limit cuts the chain, and not otherwise", async () => {
    const full = await chain(small.root.id, { direction: "DOWN", maxDepth: 6 });
    expect(full.truncated).toBe(false);
    expect(full.nodes).toHaveLength(small.anchor.chainSize);

    const shallow = await chain(small.root.id, { direction: "DOWN", maxDepth: 5 });
    expect(shallow.truncated).toBe(true);
    expect(shallow.nodes.every((n) => n.depth <= 5)).toBe(true);
    expect(shallow.nodes.length).toBeLessThan(small.anchor.chainSize);
    expectWellFormed(shallow);

    const cut = await chain(large.root.id, { direction: "DOWN", maxDepth: 6, limit: 100 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(100);
    expectWellFormed(cut);
  });

  it("walks a commune plan UP to its law, and says when the top was not reached", async () => {
    const up = await chain(large.leafId, { direction: "UP", maxDepth: 6 });
    expect(up.nodes.map((n) => n.depth).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(up.nodes.map((n) => n.id)).toContain(large.root.id);
    expect(up.truncated).toBe(false);
    expectWellFormed(up);

    const partial = await chain(large.leafId, { direction: "UP", maxDepth: 3 });
    expect(partial.nodes).toHaveLength(4);
    expect(partial.truncated).toBe(true);
  });

  it("terminates on cycles and never repeats a node, whichever way it walks", async () => {
    // The small anchor's provincial decision also 'implements' one of its commune plans.
    for (const direction of ["DOWN", "UP", "BOTH"]) {
      const answer = await chain(small.decisionId, {
        direction,
        maxDepth: 10,
        relations: ["IMPLEMENTS", "CITES", "BASED_ON"],
        limit: 2000,
      });
      expect(answer.nodes.length).toBeGreaterThan(1);
      expectWellFormed(answer);
    }
    const loop = await driver.executeQuery(
      "MATCH (d:Document {id: $id})-[:IMPLEMENTS]->(leaf:Document) WHERE leaf.issuedOn > d.issuedOn RETURN leaf.id AS id",
      { id: small.decisionId },
    );
    const leafId = loop.records[0]?.get("id") as string;
    expect(small.documentIds).toContain(leafId);
    const down = await chain(small.decisionId, { direction: "DOWN", maxDepth: 10 });
    expect(down.nodes.map((n) => n.id)).toContain(leafId);
    // The loop's closing edge is returned: the walk met the decision again and stopped there.
    expect(down.edges.map((e) => `${e.source}>${e.target}`)).toContain(
      `${small.decisionId}>${leafId}`,
    );
    expectWellFormed(down);
  });

  it("cuts a graph view at its limit with counts that say so", async () => {
    const { data } = await ask<{ graphView: ViewAnswer }>(VIEW, {
      id: large.root.id,
      depth: 3,
      limit: 50,
    });
    const view = data.graphView;
    expect(view.nodes).toHaveLength(50);
    expect(view.truncated).toBe(true);
    expect(view.counts.nodesReturned).toBe(50);
    expect(view.counts.nodesTotal).toBeGreaterThan(50);
    expect(view.counts.edgesReturned).toBe(view.edges.length);
    expect(view.counts.edgesTotal).toBeGreaterThanOrEqual(view.edges.length);
    expectWellFormed(view);
  });

  it("runs the same number of Cypher statements for a small and a large answer", async () => {
    const smallView = await ask<{ graphView: ViewAnswer }>(VIEW, {
      id: large.root.id,
      depth: 3,
      limit: 10,
    });
    const largeView = await ask<{ graphView: ViewAnswer }>(VIEW, {
      id: large.root.id,
      depth: 3,
      limit: 200,
    });
    expect(largeView.data.graphView.nodes).toHaveLength(200);
    expect(smallView.data.graphView.nodes).toHaveLength(10);
    expect(largeView.statements).toBe(smallView.statements);

    // Depth-5 chains of 15 and 185 documents, and the full 1,025-document chain, with the
    // evidence sources of every edge (one batched load, whatever the number of edges).
    const smallChain = await chain(small.root.id, { direction: "DOWN", maxDepth: 5 });
    const largeChain = await chain(large.root.id, { direction: "DOWN", maxDepth: 5 });
    const fullChain = await chain(large.root.id, { direction: "DOWN", maxDepth: 6, limit: 2000 });
    expect(smallChain.nodes).toHaveLength(15);
    expect(largeChain.nodes).toHaveLength(185);
    expect(fullChain.nodes).toHaveLength(large.anchor.chainSize);
    expect(fullChain.edges.every((e) => e.evidence.every((ev) => ev.source !== null))).toBe(true);
    expect(largeChain.statements).toBe(smallChain.statements);
    expect(fullChain.statements).toBe(smallChain.statements);
    expect({ view: largeView.statements, chain: largeChain.statements }).toEqual({
      view: 1,
      chain: 2,
    });
  });

  it("plans every analyst query with index seeks, never a scan of all nodes or a whole label", async () => {
    const person = await driver.executeQuery("MATCH (p:Person) RETURN p.id AS id LIMIT 1");
    const source = await driver.executeQuery("MATCH (s:Source) RETURN s.id AS id LIMIT 1");
    const queries: [string, string, Record<string, unknown>][] = [
      [
        "implementationChain",
        IMPLEMENTATION_CHAIN,
        {
          id: medium.root.id,
          filter: "IMPLEMENTS<|REVIEWS<",
          types: ["IMPLEMENTS", "REVIEWS"],
          maxDepth: 6,
          limit: 500,
          withEdges: true,
          withEvidence: true,
        },
      ],
      [
        "graphView",
        GRAPH_VIEW,
        {
          id: medium.root.id,
          relationshipFilter: GRAPH_RELATIONS.join("|"),
          labelFilter: "-Source",
          depth: 2,
          limit: 200,
          scanLimit: 2000,
          types: [...GRAPH_RELATIONS],
        },
      ],
      ["search", SEARCH, { ...interpretSearch("nghị định 12 đất đai"), labels: null, limit: 20 }],
      [
        "search by code",
        SEARCH,
        { ...interpretSearch(medium.root.code), labels: ["Document"], limit: 20 },
      ],
      [
        "documentByCode",
        DOCUMENT_BY_CODE,
        { codeKey: "1/kh-ubnd", year: 2025, issuerKeys: ["ubnd-tp-ha-noi"] },
      ],
      [
        "bodyTimeline",
        BODY_TIMELINE,
        { id: "chinh-phu", limit: 100, predecessors: false, from: null, to: null },
      ],
      [
        "bodyTimeline with predecessors",
        BODY_TIMELINE,
        { id: "bo-tai-chinh", limit: 100, predecessors: true, from: "2025-01-01", to: null },
      ],
      ["placedBodies", PLACED_BODIES, { id: "ubnd-xa-khong-co", folded: "ubnd-xa-khong-co" }],
      [
        "idsWithBodyKey",
        IDS_WITH_BODY_KEY,
        { prefix: "vn/", body: "ubnd-tp-ha-noi", suffix: "/2025/1-kh-ubnd" },
      ],
      ["personProfile", PERSON_PROFILE, { id: person.records[0]?.get("id") }],
      ["sourcesById", SOURCES_BY_ID, { ids: [source.records[0]?.get("id")] }],
    ];
    // The detector itself: a filter on an unindexed property must be caught.
    const unindexed = await driver.executeQuery(
      "PROFILE MATCH (d:Document) WHERE d.title CONTAINS 'x' RETURN count(d)",
    );
    expect(
      operatorsOf(unindexed.summary.profile).some((o) => o.startsWith("NodeByLabelScan")),
    ).toBe(true);
    const scans: string[] = [];
    for (const [name, cypher, params] of queries) {
      const { summary } = await driver.executeQuery(`PROFILE ${cypher}`, cypherParams(params));
      expect(summary.profile, name).toBeTruthy();
      for (const operator of operatorsOf(summary.profile)) {
        if (
          /^(AllNodesScan|NodeByLabelScan|RelationshipTypeScan|DirectedAllRelationshipsScan)/.test(
            operator,
          )
        ) {
          scans.push(`${name}: ${operator}`);
        }
      }
    }
    expect(scans).toEqual([]);
  });

  it("answers a code shared by many documents with the newest, reading about as many as it shows", async () => {
    // Every commune restarts its numbering each year: the most shared local code.
    const shared = await driver.executeQuery(
      "MATCH (d:Document) WHERE d.issuedOn IS NOT NULL WITH d.codeKey AS key, collect(d.code)[0] AS code, count(*) AS n RETURN key, code, n ORDER BY n DESC LIMIT 1",
    );
    const key = String(shared.records[0]?.get("key"));
    const code = String(shared.records[0]?.get("code"));
    expect(Number(shared.records[0]?.get("n"))).toBeGreaterThan(50);
    const newest = await driver.executeQuery(
      "MATCH (d:Document {codeKey: $key}) RETURN toString(d.issuedOn) AS date ORDER BY d.issuedOn DESC LIMIT 5",
      { key },
    );
    const params = cypherParams({ ...interpretSearch(code), labels: ["Document"], limit: 5 });
    const { records, summary } = await driver.executeQuery(`PROFILE ${SEARCH}`, params);
    const hits = records.map((r) => r.get("hit") as { date: string; code: string });
    const keys = hits.map((h) => {
      const parsed = parseDocumentCode(h.code);
      return parsed && codeKey(parsed);
    });
    expect(keys).toEqual(Array(5).fill(key));
    expect(hits.map((h) => h.date)).toEqual(newest.records.map((r) => r.get("date") as string));
    expect(rowsOf(summary.profile, "NodeIndexSeek")).toBeLessThanOrEqual(10);
  });
});

/** Rows produced by every operator of one type in a profiled plan. */
function rowsOf(plan: unknown, type: string): number {
  const node = plan as PlanNode & { rows: number };
  const own = node.operatorType.startsWith(type) ? node.rows : 0;
  return own + node.children.reduce((sum, child) => sum + rowsOf(child, type), 0);
}

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operatorsOf(plan: unknown): string[] {
  const node = plan as PlanNode;
  return [node.operatorType, ...node.children.flatMap(operatorsOf)];
}
