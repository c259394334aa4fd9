import { buildSchema, graphql, type GraphQLResolveInfo } from "graphql";
import { describe, expect, it } from "vitest";
import { selects } from "../../../src/api/resolvers/selects.js";

const schema = buildSchema(`
  type Evidence { sentence: String }
  type Edge { source: String evidence: [Evidence] }
  type Node { id: String bodies: [String] }
  type Chain { nodes: [Node] edges: [Edge] }
  type Query { chain: Chain }
`);

async function seen(query: string): Promise<Record<string, boolean>> {
  let result: Record<string, boolean> = {};
  await graphql({
    schema,
    source: query,
    fieldResolver: (_s, _a, _c, info: GraphQLResolveInfo) => {
      if (info.fieldName === "chain") {
        result = {
          edges: selects(info, ["edges"]),
          evidence: selects(info, ["edges", "evidence"]),
          bodies: selects(info, ["nodes", "bodies"]),
        };
      }
      return null;
    },
  });
  return result;
}

describe("api: reading what an operation selects", () => {
  it("sees fields selected directly", async () => {
    expect(await seen("{ chain { nodes { id } edges { source } } }")).toEqual({
      edges: true,
      evidence: false,
      bodies: false,
    });
  });

  it("sees fields selected through fragments and inline fragments", async () => {
    expect(
      await seen(
        `{ chain { ...C } } fragment C on Chain { nodes { ... on Node { bodies } } edges { evidence { sentence } } }`,
      ),
    ).toEqual({ edges: true, evidence: true, bodies: true });
  });

  it("sees nothing below a field that is not selected", async () => {
    expect(await seen("{ chain { nodes { id } } }")).toEqual({
      edges: false,
      evidence: false,
      bodies: false,
    });
  });
});
