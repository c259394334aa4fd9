import { describe, expect, it } from "vitest";
import { graphViewElements } from "../../../web/src/explore/graphElements.js";
import type { GraphView } from "../../../web/src/explore/queries.js";

// A graph view around an ended province's People's Committee, as the API answers it.
const VIEW: GraphView = {
  focus: { id: "ubnd-tinh-bac-giang" },
  truncated: false,
  nodes: [
    {
      id: "ubnd-tinh-bac-giang",
      label: "UBND tỉnh Bắc Giang",
      type: "BODY",
      depth: 0,
      data: { name: "UBND tỉnh Bắc Giang", validTo: "2025-06-30" },
    },
    {
      id: "ubnd-tinh-bac-ninh",
      label: "UBND tỉnh Bắc Ninh",
      type: "BODY",
      depth: 1,
      data: { name: "UBND tỉnh Bắc Ninh" },
    },
  ],
  edges: [
    {
      id: "ubnd-tinh-bac-giang|SUCCEEDED_BY|ubnd-tinh-bac-ninh",
      source: "ubnd-tinh-bac-giang",
      target: "ubnd-tinh-bac-ninh",
      type: "SUCCEEDED_BY",
      data: { on: "2025-07-01", basis: "Nghị quyết số 202/2025/QH15" },
    },
  ],
};

describe("explorer: a graph view's elements", () => {
  it("says until when an ended body existed, and nothing of a body whose end is unknown", () => {
    const lifetimes = graphViewElements(VIEW)
      .filter((element) => element.group === "nodes")
      .map((element) => [element.data.id, element.data.lifetime]);
    expect(lifetimes).toEqual([
      ["ubnd-tinh-bac-giang", "until 2025-06-30"],
      ["ubnd-tinh-bac-ninh", null],
    ]);
  });

  it("gives a succession the act that decided it as its evidence, from govgraph's own record", () => {
    const edge = graphViewElements(VIEW).find((element) => element.group === "edges");
    expect(edge?.data).toMatchObject({
      label: "succeeded by",
      evidence: [
        {
          sentence: "Nghị quyết số 202/2025/QH15, in charge from 2025-07-01",
          sourceId: null,
          source: { title: "govgraph's record of the 2025 reorganisation" },
        },
      ],
    });
  });
});
