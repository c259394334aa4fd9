import { describe, expect, it } from "vitest";
import { summaryFieldsFor } from "../../../src/api/resolvers/NodeSummary.js";
import {
  IMPLEMENTATION_CHAIN,
  implementationChainStatement,
} from "../../../src/graph/queries/index.js";

const selecting =
  (...fields: string[]) =>
  (field: string) =>
    fields.includes(field);

describe("the node fields a chain's statement returns", () => {
  it("are those selected, a label bringing what it is made of", () => {
    expect(summaryFieldsFor(selecting("id", "depth"))).toEqual(new Set());
    expect(summaryFieldsFor(selecting("id", "title", "date"))).toEqual(new Set(["title", "date"]));
    expect(summaryFieldsFor(selecting("label"))).toEqual(
      new Set(["type", "code", "kind", "title", "name"]),
    );
  });

  it("leave unselected fields out of the statement instead of reading them", () => {
    const idsOnly = implementationChainStatement(new Set());
    const titles = implementationChainStatement(new Set(["title"]));
    expect(idsOnly).not.toMatch(/\.title|\.code|ISSUED_BY/u);
    expect(titles).toMatch(/title: \[n IN keptNodes \| n\.title\]/u);
    expect(titles).not.toMatch(/\.code|ISSUED_BY/u);
    expect(titles).toMatch(/depth: depths/u);
    expect(implementationChainStatement(new Set(["title"]), false)).not.toMatch(/depth: depths/u);
  });

  it("are one statement per set of fields, whatever order they come in", () => {
    expect(implementationChainStatement(new Set(["date", "title"]))).toBe(
      implementationChainStatement(new Set(["title", "date"])),
    );
    const every = summaryFieldsFor(() => true);
    expect(implementationChainStatement(every)).toBe(IMPLEMENTATION_CHAIN);
  });
});
