import { beforeEach, describe, expect, it } from "vitest";
import { ingestText } from "../../src/ingest/ingestText.js";
import { dateStoredBodies } from "../../src/ingest/load/index.js";
import { graphCounts } from "../helpers/neo4j.js";
import { emptyGraphAndApi } from "../helpers/graphAndApi.js";

// A plan of a province the 2025 merger dropped, citing a circular of a ministry the
// reorganisation merged; and a plan of the province that carried the first one on.
const BAC_GIANG_2024 = `# Bắc Giang triển khai chuyển đổi số năm 2024

Ủy ban nhân dân tỉnh Bắc Giang ban hành Kế hoạch số 45/KH-UBND ngày 15/3/2024 về thực hiện chuyển đổi số năm 2024. Kế hoạch được xây dựng căn cứ Thông tư số 02/2023/TT-BKHĐT ngày 18/4/2023 của Bộ Kế hoạch và Đầu tư.
`;
const BAC_NINH_2025 = `# Bắc Ninh triển khai chuyển đổi số năm 2025

Ủy ban nhân dân tỉnh Bắc Ninh ban hành Kế hoạch số 12/KH-UBND ngày 5/8/2025 về thực hiện chuyển đổi số năm 2025.
`;
const LONG_BIEN_2021 = `# Quận ủy Long Biên ban hành Thông tri

Quận ủy Long Biên ban hành Thông tri số 03-TT/QU ngày 12/5/2021 về lãnh đạo thực hiện Nghị định số 32/2021/NĐ-CP của Chính phủ.
`;

const graph = emptyGraphAndApi();

const BODY = `query ($id: ID!) {
  bodies(where: { id: { eq: $id } }) {
    id name validFrom validTo
    succeededBy { id name }
    succeededByConnection { edges { properties { on basis } } }
    succeeds { id }
    mentionedIn { id }
  }
}`;

async function body(id: string) {
  const { body: answer } = await graph.api.post(BODY, { id });
  expect(answer.errors).toBeUndefined();
  return (answer.data?.bodies as Record<string, unknown>[])[0];
}

describe("bodies' lifetimes", () => {
  it("dates a dropped province's People's Committee and names the one that carried it on", async () => {
    await ingestText(graph.driver, BAC_GIANG_2024, { publishedAt: "2024-04-02" });
    expect(await body("ubnd-tinh-bac-giang")).toMatchObject({
      name: "Ủy ban nhân dân tỉnh Bắc Giang",
      validFrom: null,
      validTo: "2025-06-30",
      succeededBy: [{ id: "ubnd-tinh-bac-ninh", name: "UBND tỉnh Bắc Ninh" }],
      succeededByConnection: {
        edges: [
          {
            properties: {
              on: "2025-07-01",
              basis: expect.stringContaining("Nghị quyết số 202/2025/QH15"),
            },
          },
        ],
      },
    });
    // The text never named Bắc Ninh: its node stands for the successor, not a mention.
    expect(await body("ubnd-tinh-bac-ninh")).toMatchObject({
      validTo: null,
      succeeds: [{ id: "ubnd-tinh-bac-giang" }],
      mentionedIn: [],
    });
  });

  it("dates a merged ministry and a district's Party committee", async () => {
    await ingestText(graph.driver, BAC_GIANG_2024, { publishedAt: "2024-04-02" });
    await ingestText(graph.driver, LONG_BIEN_2021, {
      publishedAt: "2021-05-20",
      province: "thành phố Hà Nội",
    });
    expect(await body("bo-ke-hoach-va-dau-tu")).toMatchObject({
      validTo: "2025-02-28",
      succeededBy: [{ id: "bo-tai-chinh", name: "Bộ Tài chính" }],
      succeededByConnection: {
        edges: [
          { properties: { on: "2025-03-01", basis: expect.stringContaining("176/2025/QH15") } },
        ],
      },
    });
    expect(await body("ha-noi/quận-ủy-long-biên")).toMatchObject({
      validTo: "2025-06-30",
      succeededBy: [],
    });
    expect(await body("chinh-phu")).toMatchObject({ validFrom: null, validTo: null });
  });

  it("writes a succession once however many texts name the body, and the successor's own text keeps its node", async () => {
    await ingestText(graph.driver, BAC_GIANG_2024, { publishedAt: "2024-04-02" });
    await ingestText(
      graph.driver,
      BAC_GIANG_2024.replace("năm 2024.", "năm 2024 trên địa bàn tỉnh."),
    );
    await ingestText(graph.driver, BAC_NINH_2025, { publishedAt: "2025-08-10" });
    const { records } = await graph.driver.executeQuery(
      "MATCH (:Body)-[r:SUCCEEDED_BY]->(:Body) RETURN count(r) AS n",
    );
    expect(Number(records[0]?.get("n"))).toBe(2); // the province's and the ministry's
    const successor = await body("ubnd-tinh-bac-ninh");
    expect(successor).toMatchObject({
      name: "UBND tỉnh Bắc Ninh",
      succeeds: [{ id: "ubnd-tinh-bac-giang" }],
    });
    expect(successor?.mentionedIn).toHaveLength(1);
  });
});

describe("search for an ended body", () => {
  it("says when it ended and who carried it on", async () => {
    await ingestText(graph.driver, BAC_GIANG_2024, { publishedAt: "2024-04-02" });
    await ingestText(graph.driver, LONG_BIEN_2021, {
      publishedAt: "2021-05-20",
      province: "thành phố Hà Nội",
    });
    const hits = async (text: string) => {
      const { body: answer } = await graph.api.post(
        `query ($text: String!) { search(text: $text, types: [BODY]) { id detail } }`,
        { text },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data?.search as { id: string; detail: string | null }[];
    };
    expect(await hits("bac giang")).toContainEqual({
      id: "ubnd-tinh-bac-giang",
      detail: "until 2025-06-30, then UBND tỉnh Bắc Ninh",
    });
    expect(await hits("quan uy long bien")).toContainEqual({
      id: "ha-noi/quận-ủy-long-biên",
      detail: "thành phố Hà Nội; until 2025-06-30",
    });
    expect(await hits("bac ninh")).toContainEqual({ id: "ubnd-tinh-bac-ninh", detail: null });
  });
});

describe("a body's timeline with the bodies it carried on", () => {
  const TIMELINE = `query ($body: ID!, $predecessors: Boolean) {
    bodyTimeline(body: $body, predecessors: $predecessors) { date label bodyId }
  }`;

  beforeEach(async () => {
    await ingestText(graph.driver, BAC_GIANG_2024, { publishedAt: "2024-04-02" });
    await ingestText(graph.driver, BAC_NINH_2025, { publishedAt: "2025-08-10" });
  });

  it("lists the predecessor's documents beside its own, newest first, each with its issuer", async () => {
    const { body: answer } = await graph.api.post(TIMELINE, {
      body: "ubnd-tinh-bac-ninh",
      predecessors: true,
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.bodyTimeline).toEqual([
      { date: "2025-08-05", label: "Kế hoạch 12/KH-UBND", bodyId: "ubnd-tinh-bac-ninh" },
      { date: "2024-03-15", label: "Kế hoạch 45/KH-UBND", bodyId: "ubnd-tinh-bac-giang" },
    ]);
  });

  it("lists only the body's own unless asked", async () => {
    const { body: answer } = await graph.api.post(TIMELINE, { body: "ubnd-tinh-bac-ninh" });
    expect(answer.data?.bodyTimeline).toEqual([
      { date: "2025-08-05", label: "Kế hoạch 12/KH-UBND", bodyId: "ubnd-tinh-bac-ninh" },
    ]);
  });

  it("lists only the entries of the days asked for, with the predecessors' too", async () => {
    const timeline = async (variables: Record<string, unknown>) =>
      (
        await graph.api.post(
          `query ($from: String, $to: String) {
            bodyTimeline(body: "ubnd-tinh-bac-ninh", predecessors: true, from: $from, to: $to) { label }
          }`,
          variables,
        )
      ).body;
    expect((await timeline({ from: "2024-01-01", to: "2024-12-31" })).data?.bodyTimeline).toEqual([
      { label: "Kế hoạch 45/KH-UBND" },
    ]);
    expect((await timeline({ from: "2025-07-01" })).data?.bodyTimeline).toEqual([
      { label: "Kế hoạch 12/KH-UBND" },
    ]);
    expect((await timeline({ to: "2024-03-14" })).data?.bodyTimeline).toEqual([]);
    for (const [variables, message] of [
      [{ from: "30/6/2025" }, 'from must be a day as yyyy-mm-dd, got "30/6/2025"'],
      [{ to: "2025-02-30" }, 'to must be a day as yyyy-mm-dd, got "2025-02-30"'],
      [{ from: "2025-07-01", to: "2025-06-30" }, "from (2025-07-01) is after to (2025-06-30)"],
    ] as const) {
      const { errors } = await timeline(variables);
      expect(errors?.[0]).toMatchObject({
        message: expect.stringContaining(message),
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
  });

  it("draws the succession in a graph view, with its day and act", async () => {
    const { body: answer } = await graph.api.post(
      `{ graphView(focus: "ubnd-tinh-bac-giang", depth: 1) { edges { source target type data } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const edges = (answer.data?.graphView as { edges: Record<string, unknown>[] }).edges;
    expect(edges.find((edge) => edge.type === "SUCCEEDED_BY")).toEqual({
      source: "ubnd-tinh-bac-giang",
      target: "ubnd-tinh-bac-ninh",
      type: "SUCCEEDED_BY",
      data: { on: "2025-07-01", basis: expect.stringContaining("202/2025/QH15") },
    });
  });
});

describe("a graph written before bodies had lifetimes", () => {
  it("is dated when govgraph opens it, and only once", async () => {
    await graph.driver.executeQuery(`
      CREATE (:Body {id: 'ubnd-tinh-bac-giang', name: 'UBND tỉnh Bắc Giang', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', aliases: []}),
        (:Body {id: 'ha-noi/quận-ủy-long-biên', name: 'Quận ủy Long Biên', kind: 'PARTY_COMMITTEE', level: 'DISTRICT', aliases: []}),
        (:Body {id: 'ubnd-tp-ha-noi', name: 'UBND thành phố Hà Nội', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', aliases: []})`);
    expect(await dateStoredBodies(graph.driver)).toBe(2);
    expect(await body("ubnd-tinh-bac-giang")).toMatchObject({
      validTo: "2025-06-30",
      succeededBy: [{ id: "ubnd-tinh-bac-ninh", name: "UBND tỉnh Bắc Ninh" }],
    });
    expect(await body("ha-noi/quận-ủy-long-biên")).toMatchObject({ validTo: "2025-06-30" });
    expect(await body("ubnd-tp-ha-noi")).toMatchObject({ validTo: null, succeededBy: [] });
    const once = await graphCounts(graph.driver);
    expect(await dateStoredBodies(graph.driver)).toBe(0);
    expect(await graphCounts(graph.driver)).toEqual(once);
  });
});

describe("an official's post in an ended body", () => {
  it("ends by the body's last day and ranks below the post a text of that day gives", async () => {
    await ingestText(
      graph.driver,
      `# Công bố quyết định nhân sự phường Tương Mai

Tại hội nghị, ông Võ Xuân Trọng, Phó Chủ tịch UBND quận Hoàng Mai (cũ) được bầu giữ chức Chủ tịch UBND phường Tương Mai.
`,
      { publishedAt: "2025-07-02", province: "thành phố Hà Nội" },
    );
    const { body: answer } = await graph.api.post(
      `{ search(text: "Võ Xuân Trọng", types: [PERSON]) { id detail } }`,
    );
    const [hit] = answer.data?.search as { id: string; detail: string }[];
    expect(hit?.detail).toBe("Chủ tịch, UBND phường Tương Mai");
    const profile = await graph.api.post(
      `query ($id: ID!) { personProfile(person: $id) { positions { title bodyName to lastStated } } }`,
      { id: hit?.id },
    );
    expect(profile.body.data?.personProfile).toEqual({
      positions: [
        {
          title: "Chủ tịch",
          bodyName: "UBND phường Tương Mai",
          to: null,
          lastStated: "2025-07-02",
        },
        {
          title: "Phó Chủ tịch",
          bodyName: "UBND quận Hoàng Mai",
          to: "2025-06-30",
          lastStated: "2025-07-02",
        },
      ],
    });
  });
});
