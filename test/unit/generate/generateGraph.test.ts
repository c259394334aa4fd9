import { describe, expect, it } from "vitest";
import {
  anchorIds,
  countRows,
  generateGraph,
  type GeneratedRows,
} from "../../../src/generate/index.js";
import { codeKey, parseDocumentCode } from "../../../src/identity/index.js";
import { Random } from "../../../src/generate/Random.js";

function collect(documents: number, seed: string) {
  const all: GeneratedRows[] = [...generateGraph({ documents, seed })];
  const documentsOut = all.flatMap((r) => r.documents);
  const edges = all.flatMap((r) =>
    [...r.edges].flatMap(([shape, rows]) => rows.map((row) => ({ shape, ...row }))),
  );
  const ids = new Set([
    ...all.flatMap((r) => r.documents.map((d) => d.id)),
    ...all.flatMap((r) => r.bodies.map((d) => d.id)),
    ...all.flatMap((r) => r.people.map((d) => d.id)),
    ...all.flatMap((r) => r.meetings.map((d) => d.id)),
  ]);
  return { all, documents: documentsOut, edges, ids };
}

describe("generate: a graph stream", () => {
  const graph = collect(2500, "unit");

  it("writes the requested number of documents, plus the real laws it cites as stubs", () => {
    const subjects = graph.documents.filter((d) => d.isSubject);
    expect(subjects).toHaveLength(2500);
    const stubs = graph.documents.filter((d) => !d.isSubject);
    expect(stubs.map((d) => d.code)).toEqual(expect.arrayContaining(["77/2015/QH13"]));
  });

  it("is the same for the same seed and different for another", () => {
    const again = collect(2500, "unit");
    expect(again.documents.map((d) => d.id)).toEqual(graph.documents.map((d) => d.id));
    expect(again.edges.length).toBe(graph.edges.length);
    const other = collect(2500, "other");
    expect(other.documents.map((d) => d.id)).not.toEqual(graph.documents.map((d) => d.id));
  }, 60_000);

  it("gives every node one id and every edge two ends that exist", () => {
    expect(new Set(graph.documents.map((d) => d.id)).size).toBe(graph.documents.length);
    for (const edge of graph.edges) {
      expect(graph.ids.has(edge.from), `${edge.shape} from ${edge.from}`).toBe(true);
      expect(graph.ids.has(edge.to), `${edge.shape} to ${edge.to}`).toBe(true);
      expect(edge.sentence.length).toBeGreaterThan(10);
      expect(edge.sourceId).toMatch(/^src\/[0-9a-f]{16}$/);
    }
  });

  it("prints codes in the three numbering systems that parse back to the same identity", () => {
    const systems = new Set<string>();
    for (const doc of graph.documents.filter((d) => d.code)) {
      const parsed = parseDocumentCode(doc.code ?? "", doc.year ?? undefined);
      expect(parsed, doc.code ?? "").toBeDefined();
      expect(doc.codeKey).toBe(parsed && codeKey(parsed));
      systems.add(parsed?.system ?? "");
    }
    expect(systems).toEqual(new Set(["STATE_LEGAL", "STATE_ADMINISTRATIVE", "PARTY"]));
    const codes = graph.documents.map((d) => d.code ?? "");
    expect(codes.some((c) => /^\d+\/\d{4}\/NĐ-CP$/.test(c))).toBe(true);
    expect(codes.some((c) => /^\d+-\p{L}+\/\p{Lu}+$/u.test(c))).toBe(true);
    expect(codes.some((c) => /^\d+\/KH-UBND$/.test(c))).toBe(true);
  });

  it("restarts numbering every year at every issuer", () => {
    const byIssuerYear = new Map<string, number[]>();
    for (const doc of graph.documents) {
      const issued = graph.edges.find(
        (e) => e.shape === "ISSUED_BY:Document>Body" && e.from === doc.id,
      );
      if (!issued || !doc.number) continue;
      const key = `${issued.to}|${doc.year}`;
      byIssuerYear.set(key, [...(byIssuerYear.get(key) ?? []), Number(doc.number)]);
    }
    const government = [...byIssuerYear].filter(([key]) => key.startsWith("chinh-phu|"));
    expect(government.length).toBeGreaterThan(1);
    for (const [, numbers] of government) expect(Math.min(...numbers)).toBeLessThan(20);
  });

  it("cascades implementation six levels deep, with provenance on every edge", () => {
    const [small] = anchorIds();
    if (!small) throw new Error("no anchors");
    const implementers = new Map<string, string[]>();
    for (const edge of graph.edges.filter((e) => e.shape === "IMPLEMENTS:Document>Document")) {
      implementers.set(edge.to, [...(implementers.get(edge.to) ?? []), edge.from]);
    }
    const depth = new Map([[small.root.id, 0]]);
    const queue = [small.root.id];
    while (queue.length > 0) {
      const id = queue.shift() ?? "";
      for (const next of implementers.get(id) ?? []) {
        if (depth.has(next)) continue;
        depth.set(next, (depth.get(id) ?? 0) + 1);
        queue.push(next);
      }
    }
    expect(depth.size).toBe(small.anchor.chainSize);
    expect(Math.max(...depth.values())).toBe(6);
  });

  it("has local plans carry out two levels at once, about as often as real texts do", () => {
    const targets = new Map<string, Set<string>>();
    for (const edge of graph.edges.filter((e) => e.shape === "IMPLEMENTS:Document>Document")) {
      targets.set(edge.from, (targets.get(edge.from) ?? new Set()).add(edge.to));
    }
    const plans = [...targets].filter(([id]) => /-kh-/.test(id));
    const twoLevels = plans.filter(([, to]) => to.size > 1);
    expect(plans.length).toBeGreaterThan(500);
    // SKIP_LEVEL_SHARE is 0.12 (14 of 120 implementing documents in the corpus).
    expect(twoLevels.length / plans.length).toBeGreaterThan(0.06);
    expect(twoLevels.length / plans.length).toBeLessThan(0.2);
  });

  it("counts what it writes", () => {
    const total = graph.all.map(countRows).reduce((a, b) => ({
      nodes: a.nodes + b.nodes,
      relationships: a.relationships + b.relationships,
    }));
    expect(total.nodes).toBeGreaterThan(graph.documents.length);
    expect(total.relationships).toBeGreaterThan(graph.edges.length);
  });
});

describe("generate: seeded random", () => {
  it("repeats for a seed and forks independent streams", () => {
    const a = new Random("s");
    const b = new Random("s");
    expect(Array.from({ length: 5 }, () => a.uint32())).toEqual(
      Array.from({ length: 5 }, () => b.uint32()),
    );
    const fork1 = new Random("s").fork("x");
    const fork2 = new Random("s").fork("y");
    expect(fork1.uint32()).not.toBe(fork2.uint32());
    const r = new Random(1);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });
});
