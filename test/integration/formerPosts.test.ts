import { describe, expect, it } from "vitest";
import { ingestText } from "../../src/ingest/ingestText.js";
import { emptyGraphAndApi } from "../helpers/graphAndApi.js";

const graph = emptyGraphAndApi();

const HELD = `# Hội nghị

Đồng chí Trương Hòa Bình, Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ, dự hội nghị.
`;
const FORMER = `# Kỷ luật

Thi hành kỷ luật đối với đồng chí Trương Hòa Bình, nguyên Ủy viên Bộ Chính trị, nguyên Phó Thủ tướng Thường trực Chính phủ.
`;
const FORMER_AGAIN = `# Thông báo

Ban Bí thư thông báo về đồng chí Trương Hòa Bình, nguyên Ủy viên Bộ Chính trị.
`;

const POLITBURO_MEMBER = { title: "Ủy viên", bodyName: "Bộ Chính trị" };

async function profileOf(name: string) {
  const { body: found } = await graph.api.post(
    `query ($text: String!) { search(text: $text, types: [PERSON]) { id detail } }`,
    { text: name },
  );
  const hits = found.data?.search as { id: string; detail: string | null }[];
  const { body } = await graph.api.post(
    `query ($id: ID!) { personProfile(person: $id) {
      positions { title bodyName firstStated lastStated formerBy former to }
    } }`,
    { id: hits[0]?.id },
  );
  expect(body.errors).toBeUndefined();
  return { hits, positions: (body.data?.personProfile as { positions: unknown[] }).positions };
}

describe("a post a later text calls former ('nguyên …')", () => {
  it("is the post the earlier text stated, ended by the later text's day", async () => {
    await ingestText(graph.driver, HELD, { publishedAt: "2024-01-10" });
    await ingestText(graph.driver, FORMER, { publishedAt: "2025-03-01" });
    const { hits, positions } = await profileOf("Trương Hòa Bình");
    expect(hits).toHaveLength(1);
    expect(positions).toContainEqual({
      ...POLITBURO_MEMBER,
      firstStated: "2024-01-10",
      lastStated: "2024-01-10",
      formerBy: "2025-03-01",
      former: true,
      to: "2025-03-01",
    });
    expect(hits[0]?.detail).toMatch(/^nguyên /);
  });

  it("shows in the generated API's edge properties", async () => {
    await ingestText(graph.driver, FORMER, { publishedAt: "2025-03-01" });
    const { body } = await graph.api.post(`{
      people(where: { name: { eq: "Trương Hòa Bình" } }) {
        positionsConnection { edges { properties { title former formerBy } node { name } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const [person] = body.data?.people as {
      positionsConnection: { edges: { properties: unknown; node: { name: string } }[] };
    }[];
    expect(person?.positionsConnection.edges).toContainEqual({
      properties: { title: "Ủy viên", former: true, formerBy: "2025-03-01" },
      node: { name: "Bộ Chính trị" },
    });
  });

  it("is former when the text that says so has no day", async () => {
    await ingestText(graph.driver, HELD, { publishedAt: "2024-01-10" });
    await ingestText(graph.driver, FORMER);
    const { positions } = await profileOf("Trương Hòa Bình");
    expect(positions).toContainEqual({
      ...POLITBURO_MEMBER,
      firstStated: "2024-01-10",
      lastStated: "2024-01-10",
      formerBy: null,
      former: true,
      to: null,
    });
  });

  it("joins the texts that name the person only by posts held once into one official", async () => {
    await ingestText(graph.driver, FORMER_AGAIN, { publishedAt: "2025-05-20" });
    await ingestText(graph.driver, FORMER, { publishedAt: "2025-03-01" });
    const { hits, positions } = await profileOf("Trương Hòa Bình");
    expect(hits).toHaveLength(1);
    expect(positions).toContainEqual({
      ...POLITBURO_MEMBER,
      firstStated: null,
      lastStated: null,
      formerBy: "2025-03-01",
      former: true,
      to: "2025-03-01",
    });
  });
});
