import { beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, countFoldedLocalIds } from "../../src/graph/index.js";
import { ingestText } from "../../src/ingest/ingestText.js";
import { loadPlan, planLoad } from "../../src/ingest/load/index.js";
import { cited, evidence, extraction, relation } from "../helpers/extraction.js";
import { graphCounts, resetDatabase } from "../helpers/neo4j.js";
import { signToken } from "../helpers/tokens.js";
import { emptyGraphAndApi } from "../helpers/graphAndApi.js";

// The founding article's link: a district Party circular carrying out a decree.
const CIRCULAR_AND_DECREE = [
  cited("03-TT/QU", { kind: "PARTY_CIRCULAR", issuer: "Quận ủy Long Biên", year: 2021 }),
  cited("32/2021/NĐ-CP", { kind: "DECREE", issuer: "Chính phủ" }),
];

const graph = emptyGraphAndApi();

const load = (parts: Parameters<typeof extraction>[0], hash = "a".repeat(64)) =>
  loadPlan(graph.driver, planLoad(extraction(parts), { contentHash: hash }));

describe("graph model: round trip", () => {
  it("writes through the generated API as an editor and reads the same values back", async () => {
    const editor = await signToken();
    const created = await graph.api.post(
      `mutation {
        createDocuments(input: [{
          id: "vn/2021/nd-cp/32", code: "32/2021/NĐ-CP", number: "32", symbol: "NĐ-CP", year: 2021,
          kind: DECREE, system: STATE_LEGAL, status: IN_FORCE, isStub: false,
          title: "Quy định chi tiết và biện pháp thi hành Nghị quyết số 97/2019/QH14",
          issuedOn: "2021-03-29",
          issuedBy: { create: [{ node: { id: "chinh-phu", name: "Chính phủ", kind: GOVERNMENT, level: CENTRAL, aliases: [] },
                                 edge: { sourceIds: ["src/test"], sentences: ["Nghị định số 32/2021/NĐ-CP của Chính phủ"] } }] }
        }]) { documents { id updatedAt } }
      }`,
      {},
      { authorization: `Bearer ${editor}` },
    );
    expect(created.body.errors).toBeUndefined();
    const read = await graph.api.post(`{
      documents(where: { code: { eq: "32/2021/NĐ-CP" } }) {
        id code year kind system status isStub issuedOn updatedAt
        issuedBy { name kind level }
        issuedByConnection { edges { properties { sentences sourceIds } } }
      }
    }`);
    const [doc] = read.body.data?.documents as Record<string, unknown>[];
    expect(doc).toMatchObject({
      id: "vn/2021/nd-cp/32",
      year: 2021,
      kind: "DECREE",
      system: "STATE_LEGAL",
      status: "IN_FORCE",
      isStub: false,
      issuedOn: "2021-03-29",
      issuedBy: [{ name: "Chính phủ", kind: "GOVERNMENT", level: "CENTRAL" }],
      issuedByConnection: {
        edges: [
          {
            properties: {
              sentences: ["Nghị định số 32/2021/NĐ-CP của Chính phủ"],
              sourceIds: ["src/test"],
            },
          },
        ],
      },
    });
    // DateTime goes through apoc.date.convertFormat inside @neo4j/graphql.
    expect(Date.parse(doc?.updatedAt as string)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("answers the provenance question: why does 03-TT/QU implement 32/2021/NĐ-CP?", async () => {
    const sentence = "Thông tri số 03-TT/QU về tổ chức thực hiện Nghị định số 32/2021/NĐ-CP";
    await load({
      documents: CIRCULAR_AND_DECREE,
      relations: [relation("IMPLEMENTS", "03-TT/QU", "32/2021/NĐ-CP", sentence)],
    });
    const answer = await graph.api.post(`{
      documents(where: { code: { eq: "03-TT/QU" } }) {
        code issuedBy { name } implements { code }
        implementsConnection { edges { properties { kind sentences sourceIds } } }
      }
    }`);
    expect(answer.body.data?.documents).toEqual([
      {
        code: "03-TT/QU",
        issuedBy: [{ name: "Quận ủy Long Biên" }],
        implements: [{ code: "32/2021/NĐ-CP" }],
        implementsConnection: {
          edges: [
            {
              properties: {
                kind: "IMPLEMENTS",
                sentences: [sentence],
                sourceIds: [expect.stringMatching(/^src\//)],
              },
            },
          ],
        },
      },
    ]);
  });
});

describe("graph model: identity", () => {
  it("keeps one code from two issuers as two documents", async () => {
    await load({
      documents: [
        cited("100/KH-UBND", { kind: "PLAN", issuer: "UBND Thành phố Hà Nội", year: 2021 }),
        {
          ...cited("100/KH-UBND", { kind: "PLAN", issuer: "UBND tỉnh Đắk Nông", year: 2021 }),
          key: "other",
        },
      ],
    });
    const { body } = await graph.api.post(
      `{ documents(where: { code: { eq: "100/KH-UBND" } }, sort: [{ id: ASC }]) { id issuedBy { name } } }`,
    );
    expect(body.data?.documents).toEqual([
      { id: "vn/ubnd-tinh-dak-nong/2021/100-kh-ubnd", issuedBy: [{ name: "UBND tỉnh Đắk Nông" }] },
      { id: "vn/ubnd-tp-ha-noi/2021/100-kh-ubnd", issuedBy: [{ name: "UBND Thành phố Hà Nội" }] },
    ]);
  });

  it("keeps one code from one issuer in two years as two documents", async () => {
    await load(
      {
        documents: [
          cited("15/KH-UBND", { kind: "PLAN", issuer: "UBND phường Gia Thụy", year: 2021 }),
        ],
      },
      "1".repeat(64),
    );
    await load(
      {
        documents: [
          cited("15/KH-UBND", { kind: "PLAN", issuer: "UBND phường Gia Thụy", year: 2022 }),
        ],
      },
      "2".repeat(64),
    );
    const { body } = await graph.api.post(
      `{ documents(where: { code: { eq: "15/KH-UBND" } }) { id } }`,
    );
    expect((body.data?.documents as unknown[]).length).toBe(2);
  });

  it("merges '32/NĐ-CP' cited with a 2021 date into 32/2021/NĐ-CP", async () => {
    await load(
      { documents: [cited("32/2021/NĐ-CP", { kind: "DECREE", issuer: "Chính phủ" })] },
      "3".repeat(64),
    );
    await load(
      {
        documents: [
          cited("32/NĐ-CP", {
            kind: "DECREE",
            issuer: "Chính phủ",
            issuedOn: "2021-03-29",
            year: 2021,
          }),
        ],
      },
      "4".repeat(64),
    );
    const { body } = await graph.api.post(`{ documents { id code issuedOn mentionedIn { id } } }`);
    expect(body.data?.documents).toEqual([
      {
        id: "vn/2021/nd-cp/32",
        code: "32/2021/NĐ-CP",
        issuedOn: "2021-03-29",
        mentionedIn: expect.arrayContaining([
          { id: `src/${"3".repeat(16)}` },
          { id: `src/${"4".repeat(16)}` },
        ]),
      },
    ]);
  });

  describe("a document cited without its year", () => {
    // Party codes carry no year: "Nghị quyết số 57-NQ/TW" in running text, "57-NQ/TW
    // ngày 22/12/2024" in the plan that carries it out.
    const RESOLUTION = "57-NQ/TW";
    const dated = (hash: string) =>
      load(
        {
          documents: [
            cited(RESOLUTION, { kind: "RESOLUTION", issuer: "Bộ Chính trị", year: 2024 }),
            cited("328-KH/TU", { kind: "PLAN", issuer: "Tỉnh ủy Bắc Ninh", year: 2025 }),
          ],
          relations: [relation("IMPLEMENTS", "328-KH/TU", RESOLUTION, "dated plan")],
        },
        hash.repeat(64),
      );
    const yearless = (hash: string) =>
      load(
        {
          documents: [
            cited(RESOLUTION, {
              kind: "RESOLUTION",
              issuer: "Bộ Chính trị",
              title: "Về đột phá phát triển khoa học, công nghệ",
            }),
            cited("12/KH-UBND", { kind: "PLAN", issuer: "UBND tỉnh Lai Châu", year: 2025 }),
          ],
          relations: [relation("IMPLEMENTS", "12/KH-UBND", RESOLUTION, "yearless plan")],
        },
        hash.repeat(64),
      );
    const resolutions = async () => {
      const { body } = await graph.api.post(
        `{ documents(where: { code: { eq: "57-NQ/TW" } }) { id title issuedBy { id } mentionedIn { id } implementedBy(sort: [{ id: ASC }]) { id } } }`,
      );
      return body.data?.documents as { mentionedIn: { id: string }[] }[];
    };
    const FOLDED = {
      id: "vn/2024/57-nq-tw",
      title: "Về đột phá phát triển khoa học, công nghệ",
      issuedBy: [{ id: "bo-chinh-tri" }],
      implementedBy: [
        { id: "vn/tinh-uy-bac-ninh/2025/328-kh-tu" },
        { id: "vn/ubnd-tinh-lai-chau/2025/12-kh-ubnd" },
      ],
    };

    it("is folded into its one dated document when that came first", async () => {
      await dated("7");
      await yearless("8");
      const [only, ...others] = await resolutions();
      expect(others).toEqual([]);
      expect(only).toMatchObject(FOLDED);
      expect(only?.mentionedIn).toHaveLength(2);
    });

    it("is folded into it when the dated document comes after, keeping both sources' evidence", async () => {
      await yearless("8");
      await dated("7");
      const [only, ...others] = await resolutions();
      expect(others).toEqual([]);
      expect(only).toMatchObject(FOLDED);
      const { records } = await graph.driver.executeQuery(
        "MATCH (:Document {id: 'vn/2024/57-nq-tw'})-[r:ISSUED_BY]->() RETURN r.sentences AS sentences, r.sourceCount AS count",
      );
      expect(records.map((r) => r.toObject())).toEqual([
        { sentences: [`… ${RESOLUTION} …`, `… ${RESOLUTION} …`], count: 2 },
      ]);
    });

    it("stays apart when two dated documents share its code, as which one it means is unknown", async () => {
      await dated("7");
      await load(
        {
          documents: [
            cited(RESOLUTION, { kind: "RESOLUTION", issuer: "Bộ Chính trị", year: 2012 }),
          ],
        },
        "9".repeat(64),
      );
      await yearless("8");
      expect((await resolutions()).map((d) => (d as unknown as { id: string }).id).sort()).toEqual([
        "vn/2012/57-nq-tw",
        "vn/2024/57-nq-tw",
        "vn/_/57-nq-tw",
      ]);
    });
  });

  describe("a law cited by name and date", () => {
    const LAND_LAW = "Luật Đất đai";
    const named = (decision: string, title = LAND_LAW, year = 2024) => ({
      documents: [
        {
          key: "law",
          kind: "LAW" as const,
          issuer: "Quốc hội",
          year,
          title,
          evidence: evidence(`Căn cứ ${title}`),
        },
        cited(decision, { kind: "DECISION", issuer: "UBND tỉnh Nghệ An" }),
      ],
      relations: [relation("BASED_ON", decision, "law")],
    });
    const numbered = (code: string, decision: string, title = LAND_LAW) => ({
      documents: [
        cited(code, { kind: "LAW", issuer: "Quốc hội", title }),
        cited(decision, { kind: "DECISION", issuer: "UBND tỉnh Nghệ An" }),
      ],
      relations: [relation("BASED_ON", decision, code)],
    });
    const laws = async () => {
      const { records } = await graph.driver.executeQuery(
        `MATCH (l:Document) WHERE l.kind = 'LAW'
         OPTIONAL MATCH (d:Document)-[:BASED_ON]->(l)
         WITH l, d ORDER BY d.id
         RETURN l.id AS id, collect(d.code) AS basedOn ORDER BY id`,
      );
      return records.map((r) => r.toObject());
    };

    it("is the numbered law of that name and year, in either order", async () => {
      for (const order of [
        ["n", "m"],
        ["m", "n"],
      ]) {
        await resetDatabase(graph.driver);
        const texts = {
          n: named("15/2025/QĐ-UBND"),
          m: numbered("31/2024/QH15", "20/2025/QĐ-UBND"),
        };
        for (const key of order) await load(texts[key as "n" | "m"], key.repeat(64));
        expect(await laws()).toEqual([
          { id: "vn/2024/qh15/31", basedOn: ["15/2025/QĐ-UBND", "20/2025/QĐ-UBND"] },
        ]);
      }
    });

    it("stays apart when two numbered laws bear that name in that year", async () => {
      const title = "Luật Tổ chức chính quyền địa phương";
      await load(numbered("65/2025/QH15", "1/2025/QĐ-UBND", title), "a".repeat(64));
      await load(numbered("72/2025/QH15", "2/2025/QĐ-UBND", title), "b".repeat(64));
      await load(named("3/2025/QĐ-UBND", title, 2025), "c".repeat(64));
      expect((await laws()).map((l) => l.id)).toHaveLength(3);
    });
  });

  describe("a Party document whose issuer only its '…/TW' implies", () => {
    const unsaid =
      "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 về đột phá phát triển khoa học, công nghệ.";
    const said =
      "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học.";
    const undated = "Quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị đến toàn thể đảng viên.";
    const issuers = async () => {
      const { records } = await graph.driver.executeQuery(
        `MATCH (d:Document {code: '57-NQ/TW'})-[r:ISSUED_BY]->(b:Body)
         RETURN d.id AS id, b.name AS issuer, r.sourceCount AS sources ORDER BY id, issuer`,
      );
      return records.map((r) => r.toObject());
    };

    it("is the Central Committee's until a text names the Politburo, in either order", async () => {
      await ingestText(graph.driver, unsaid);
      expect(await issuers()).toEqual([
        { id: "vn/2024/57-nq-tw", issuer: "Ban Chấp hành Trung ương", sources: 1 },
      ]);
      for (const texts of [
        [unsaid, said],
        [said, unsaid],
        [unsaid, undated],
        [undated, unsaid],
      ]) {
        await resetDatabase(graph.driver);
        for (const text of texts) await ingestText(graph.driver, text);
        expect((await issuers()).map((r) => [r.id, r.issuer])).toEqual([
          ["vn/2024/57-nq-tw", "Bộ Chính trị"],
        ]);
      }
    });

    it("keeps every issuer texts state, and a stated Central Committee against an inference", async () => {
      await ingestText(graph.driver, said);
      await ingestText(graph.driver, said.replace("Bộ Chính trị", "Ban Chấp hành Trung ương"));
      await ingestText(graph.driver, unsaid);
      expect(await issuers()).toEqual([
        { id: "vn/2024/57-nq-tw", issuer: "Ban Chấp hành Trung ương", sources: 2 },
        { id: "vn/2024/57-nq-tw", issuer: "Bộ Chính trị", sources: 1 },
      ]);
    });
  });

  it("ranks first, among documents of one kind and number, the one more texts carry out", async () => {
    for (const [plan, province] of [
      ["100/KH-UBND", "Nghệ An"],
      ["200/KH-UBND", "Hà Tĩnh"],
    ]) {
      await ingestText(
        graph.driver,
        `UBND tỉnh ${province} ban hành Kế hoạch số ${plan} ngày 10/01/2025 thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học.`,
      );
    }
    await ingestText(
      graph.driver,
      "Căn cứ Nghị quyết số 57/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh Nghệ An quy định mức hỗ trợ.",
    );
    const labels = async (text: string) => {
      const { body } = await graph.api.post(
        `query ($text: String!) { search(text: $text, types: [DOCUMENT]) { label } }`,
        { text },
      );
      return (body.data?.search as { label: string }[]).map((h) => h.label);
    };
    expect((await labels("nghị quyết 57")).slice(0, 2)).toEqual([
      "Nghị quyết 57-NQ/TW",
      "Nghị quyết 57/2025/NQ-HĐND",
    ]);
  });

  describe("one official named in several texts", () => {
    const person = (name: string, ...positions: [string, string][]) => ({
      name,
      positions: positions.map(([title, body]) => ({ title, body })),
      evidence: evidence(
        `${positions.map(([title, body]) => `${title} ${body}`).join(", ")} ${name}`,
      ),
    });
    const profile = async (id: string) => {
      const { body } = await graph.api.post(
        `query ($id: ID!) { personProfile(person: $id) { id positions { title bodyName } } }`,
        { id },
      );
      return body.data?.personProfile;
    };

    it("is one person whose positions the texts share a body of, under the smaller id, in either order", async () => {
      for (const order of [
        ["c", "d"],
        ["d", "c"],
      ]) {
        await resetDatabase(graph.driver);
        const texts = {
          c: { people: [person("Phạm Minh Chính", ["Thủ tướng", "Chính phủ"])] },
          d: {
            people: [
              person("Phạm Minh Chính", ["Ủy viên", "Bộ Chính trị"], ["Thủ tướng", "Chính phủ"]),
            ],
          },
        };
        for (const key of order) await load(texts[key as "c" | "d"], key.repeat(64));
        const { records } = await graph.driver.executeQuery(
          "MATCH (p:Person {name: 'Phạm Minh Chính'}) RETURN p.id AS id",
        );
        expect(records.map((r) => r.get("id"))).toEqual(["pham-minh-chinh@bo-chinh-tri"]);
        expect(await profile("pham-minh-chinh@bo-chinh-tri")).toEqual({
          id: "pham-minh-chinh@bo-chinh-tri",
          positions: expect.arrayContaining([
            { title: "Thủ tướng", bodyName: "Chính phủ" },
            { title: "Ủy viên", bodyName: "Bộ Chính trị" },
          ]),
        });
        expect(await profile("pham-minh-chinh@chinh-phu")).toBeNull();
      }
    });

    describe("named by a text without a position", () => {
      const body = (name: string, kind: "GOVERNMENT" | "PEOPLES_COMMITTEE") => ({
        name,
        kind,
        aliases: [],
        evidence: evidence(name),
      });
      const bare = (name: string, ...bodies: ReturnType<typeof body>[]) => ({
        people: [person(name)],
        bodies,
      });
      const people = async (name: string) => {
        const { records } = await graph.driver.executeQuery(
          `MATCH (p:Person {name: $name}) OPTIONAL MATCH (p)-[:MENTIONED_IN]->(s:Source)
           RETURN p.id AS id, count(s) AS sources ORDER BY id`,
          { name },
        );
        return records.map((r) => [r.get("id"), Number(r.get("sources"))]);
      };

      it("is the one official of that name when the text names their body, in either order", async () => {
        for (const order of [
          ["p", "q"],
          ["q", "p"],
        ]) {
          await resetDatabase(graph.driver);
          const texts = {
            p: { people: [person("Hồ Đức Phớc", ["Phó Thủ tướng", "Chính phủ"])] },
            q: bare("Hồ Đức Phớc", body("Chính phủ", "GOVERNMENT")),
          };
          for (const key of order) await load(texts[key as "p" | "q"], key.repeat(64));
          expect(await people("Hồ Đức Phớc")).toEqual([["ho-duc-phoc@chinh-phu", 2]]);
        }
      });

      it("stays apart where the text names none of their bodies, or two officials bear the name", async () => {
        await load(
          { people: [person("Hồ Đức Phớc", ["Phó Thủ tướng", "Chính phủ"])] },
          "p".repeat(64),
        );
        await load(
          bare("Hồ Đức Phớc", body("UBND tỉnh Nghệ An", "PEOPLES_COMMITTEE")),
          "q".repeat(64),
        );
        expect((await people("Hồ Đức Phớc")).map(([id]) => id)).toEqual([
          "ho-duc-phoc@chinh-phu",
          `ho-duc-phoc@src/${"q".repeat(16)}`,
        ]);
        await load(
          { people: [person("Nguyễn Thanh Bình", ["Phó Chủ tịch", "UBND tỉnh Thái Nguyên"])] },
          "r".repeat(64),
        );
        await load(
          { people: [person("Nguyễn Thanh Bình", ["Phó Chủ tịch", "UBND thành phố Huế"])] },
          "s".repeat(64),
        );
        await load(
          bare(
            "Nguyễn Thanh Bình",
            body("UBND tỉnh Thái Nguyên", "PEOPLES_COMMITTEE"),
            body("UBND thành phố Huế", "PEOPLES_COMMITTEE"),
          ),
          "t".repeat(64),
        );
        expect(await people("Nguyễn Thanh Bình")).toHaveLength(3);
      });
    });

    it("keeps apart two people of one name who hold no position in a common body", async () => {
      await load({ people: [person("Nguyễn Văn Hùng", ["Bộ trưởng", "Bộ Y tế"])] }, "e".repeat(64));
      await load(
        { people: [person("Nguyễn Văn Hùng", ["Chủ tịch", "UBND tỉnh Nghệ An"])] },
        "f".repeat(64),
      );
      const { records } = await graph.driver.executeQuery(
        "MATCH (p:Person {name: 'Nguyễn Văn Hùng'}) RETURN p.id AS id ORDER BY id",
      );
      expect(records.map((r) => r.get("id"))).toEqual([
        "nguyen-van-hung@bo-y-te",
        "nguyen-van-hung@ubnd-tinh-nghe-an",
      ]);
    });
  });

  it("changes nothing when the same text is loaded twice", async () => {
    const parts = {
      documents: [
        cited("03-TT/QU", {
          kind: "PARTY_CIRCULAR" as const,
          issuer: "Quận ủy Long Biên",
          year: 2021,
        }),
      ],
    };
    const first = await load(parts);
    const before = await graphCounts(graph.driver);
    const second = await load(parts);
    expect(first.status).toBe("loaded");
    expect(second.status).toBe("unchanged");
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("refuses a source whose relation names a node it does not write, and keeps nothing of it", async () => {
    await load({
      documents: CIRCULAR_AND_DECREE,
      relations: [relation("IMPLEMENTS", "03-TT/QU", "32/2021/NĐ-CP")],
    });
    const before = await graphCounts(graph.driver);
    const plan = planLoad(
      extraction({
        documents: [
          cited("100/KH-UBND", { kind: "PLAN", issuer: "UBND Thành phố Hà Nội", year: 2021 }),
        ],
      }),
      { contentHash: "b".repeat(64) },
    );
    const issued = plan.edges.get("ISSUED_BY:Document>Body") ?? [];
    expect(issued).toHaveLength(1);
    const edges = new Map(plan.edges).set("ISSUED_BY:Document>Body", [
      ...issued,
      { ...issued[0]!, to: "ubnd-tinh-khong-co" },
    ]);
    await expect(loadPlan(graph.driver, { ...plan, edges })).rejects.toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
      message: expect.stringMatching(
        /1 of 2 ISSUED_BY:Document>Body rows name a node that is not in the graph; nothing of this source was written/,
      ),
    });
    expect(await graphCounts(graph.driver)).toEqual(before);
  });

  it("appends a second source's sentence to an edge instead of duplicating it", async () => {
    await load(
      {
        documents: CIRCULAR_AND_DECREE,
        relations: [relation("IMPLEMENTS", "03-TT/QU", "32/2021/NĐ-CP", "first")],
      },
      "5".repeat(64),
    );
    await load(
      {
        documents: CIRCULAR_AND_DECREE,
        relations: [relation("IMPLEMENTS", "03-TT/QU", "32/2021/NĐ-CP", "second")],
      },
      "6".repeat(64),
    );
    const { records } = await graph.driver.executeQuery(
      "MATCH (:Document)-[r:IMPLEMENTS]->(:Document) RETURN r.sentences AS sentences, size(r.sourceIds) AS sources",
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { sentences: ["first", "second"], sources: 2 },
    ]);
  });
  it("keeps the first 20 sources' sentences on an edge and counts the rest", async () => {
    for (let i = 0; i < 25; i++) {
      await load(
        {
          documents: CIRCULAR_AND_DECREE,
          relations: [relation("IMPLEMENTS", "03-TT/QU", "32/2021/NĐ-CP", `câu ${i}`)],
        },
        String(100 + i).padEnd(64, "0"),
      );
    }
    const { records } = await graph.driver.executeQuery(
      "MATCH (:Document)-[r:IMPLEMENTS]->(:Document) RETURN size(r.sentences) AS kept, r.sourceCount AS count, r.sentences[0] AS first",
    );
    expect(records.map((r) => r.toObject())).toEqual([{ kept: 20, count: 25, first: "câu 0" }]);
  });
});

describe("graph model: same-named communes of two provinces", () => {
  const communePlan = (province: string, parent: string) =>
    `ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH\n\nSố: 10/KH-UBND\n\nTân Thành, ngày 05 tháng 8 năm 2025\n\nKẾ HOẠCH\nTriển khai chuyển đổi số trên địa bàn xã\n\nThực hiện Kế hoạch số ${parent}/KH-UBND ngày 20/7/2025 của UBND tỉnh ${province}, UBND xã Tân Thành ban hành kế hoạch.`;
  const LOOKUP = `query ($issuer: String) {
    documentByCode(code: "10/KH-UBND", year: 2025, issuer: $issuer) { id issuers }
  }`;

  beforeEach(async () => {
    await ingestText(graph.driver, communePlan("Đồng Nai", "25"));
    await ingestText(graph.driver, communePlan("Tây Ninh", "40"));
  });

  it("keeps the two communes and their plans of one number and year apart", async () => {
    const { body } = await graph.api.post(
      `{ bodies(where: { name: { eq: "UBND xã Tân Thành" } }, sort: [{ id: ASC }]) { id province issued { id } } }`,
    );
    expect(body.data?.bodies).toEqual([
      {
        id: "dong-nai/ubnd-xã-tân-thành",
        province: "tỉnh Đồng Nai",
        issued: [{ id: "vn/dong-nai/ubnd-xã-tân-thành/2025/10-kh-ubnd" }],
      },
      {
        id: "tay-ninh/ubnd-xã-tân-thành",
        province: "tỉnh Tây Ninh",
        issued: [{ id: "vn/tay-ninh/ubnd-xã-tân-thành/2025/10-kh-ubnd" }],
      },
    ]);
  });

  it("tells the two apart in search by their provinces", async () => {
    const { body } = await graph.api.post(
      `{ search(text: "tan thanh", types: [BODY]) { id label detail } }`,
    );
    expect(body.data?.search).toEqual(
      expect.arrayContaining([
        { id: "dong-nai/ubnd-xã-tân-thành", label: "UBND xã Tân Thành", detail: "tỉnh Đồng Nai" },
        { id: "tay-ninh/ubnd-xã-tân-thành", label: "UBND xã Tân Thành", detail: "tỉnh Tây Ninh" },
      ]),
    );
  });

  it("asks which one when the issuer's name is all it is given, listing the issuers' ids", async () => {
    const { body } = await graph.api.post(LOOKUP, { issuer: "UBND xã Tân Thành" });
    const [error] = body.errors ?? [];
    expect(error?.extensions?.code).toBe("AMBIGUOUS");
    expect(error?.extensions?.candidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ issuerIds: ["dong-nai/ubnd-xã-tân-thành"] }),
        expect.objectContaining({ issuerIds: ["tay-ninh/ubnd-xã-tân-thành"] }),
      ]),
    );
  });

  it("asks which one when a graph view is centred on the code the two plans share", async () => {
    const { body } = await graph.api.post(
      `{ graphView(focus: "Kế hoạch số 10/KH-UBND") { truncated } }`,
    );
    const [error] = body.errors ?? [];
    expect(error?.extensions?.code).toBe("AMBIGUOUS");
    expect(error?.extensions?.candidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "vn/dong-nai/ubnd-xã-tân-thành/2025/10-kh-ubnd" }),
        expect.objectContaining({ id: "vn/tay-ninh/ubnd-xã-tân-thành/2025/10-kh-ubnd" }),
      ]),
    );
  });

  it("finds one by the issuer's name with its province, or by the issuer's id", async () => {
    const byName = await graph.api.post(LOOKUP, { issuer: "UBND xã Tân Thành, tỉnh Tây Ninh" });
    expect(byName.body.data?.documentByCode).toEqual({
      id: "vn/tay-ninh/ubnd-xã-tân-thành/2025/10-kh-ubnd",
      issuers: ["UBND xã Tân Thành"],
    });
    const byId = await graph.api.post(LOOKUP, { issuer: "dong-nai/ubnd-xã-tân-thành" });
    expect(byId.body.data?.documentByCode).toEqual({
      id: "vn/dong-nai/ubnd-xã-tân-thành/2025/10-kh-ubnd",
      issuers: ["UBND xã Tân Thành"],
    });
  });
});

describe("graph model: two communes of one province whose names differ by diacritics alone", () => {
  // Đồng Nai has held both since 2025 (Nghị quyết 1662/NQ-UBTVQH15, items 43 and 47).
  const plan = (commune: string) =>
    `ỦY BAN NHÂN DÂN\nXÃ ${commune.toUpperCase()}\n\nSố: 5/KH-UBND\n\n${commune}, ngày 05 tháng 8 năm 2025\n\nKẾ HOẠCH\nTriển khai chuyển đổi số trên địa bàn xã\n\nThực hiện Kế hoạch số 25/KH-UBND ngày 20/7/2025 của UBND tỉnh Đồng Nai, UBND xã ${commune} ban hành kế hoạch.`;
  const LOOKUP = `query ($issuer: String) {
    documentByCode(code: "5/KH-UBND", year: 2025, issuer: $issuer) { id issuers }
  }`;
  const THANH = "dong-nai/ubnd-xã-lộc-thành";
  const THANH_NANG = "dong-nai/ubnd-xã-lộc-thạnh";

  beforeEach(async () => {
    await ingestText(graph.driver, plan("Lộc Thành"));
    await ingestText(graph.driver, plan("Lộc Thạnh"));
  });

  it("keeps the two communes and their plans apart", async () => {
    const { body } = await graph.api.post(
      `{ bodies(where: { name: { startsWith: "UBND xã Lộc" } }, sort: [{ id: ASC }]) { id name issued { id } } }`,
    );
    expect(body.data?.bodies).toEqual([
      { id: THANH, name: "UBND xã Lộc Thành", issued: [{ id: `vn/${THANH}/2025/5-kh-ubnd` }] },
      {
        id: THANH_NANG,
        name: "UBND xã Lộc Thạnh",
        issued: [{ id: `vn/${THANH_NANG}/2025/5-kh-ubnd` }],
      },
    ]);
  });

  it("finds each plan by its issuer's name as written, and asks which when typed without diacritics", async () => {
    const thanhNang = await graph.api.post(LOOKUP, { issuer: "UBND xã Lộc Thạnh" });
    expect(thanhNang.body.data?.documentByCode).toEqual({
      id: `vn/${THANH_NANG}/2025/5-kh-ubnd`,
      issuers: ["UBND xã Lộc Thạnh"],
    });
    const byId = await graph.api.post(LOOKUP, { issuer: THANH });
    expect(byId.body.data?.documentByCode).toEqual({
      id: `vn/${THANH}/2025/5-kh-ubnd`,
      issuers: ["UBND xã Lộc Thành"],
    });
    const folded = await graph.api.post(LOOKUP, { issuer: "UBND xa Loc Thanh" });
    expect(folded.body.errors?.[0]?.extensions?.code).toBe("AMBIGUOUS");
    expect(
      (folded.body.errors?.[0]?.extensions?.candidates as { issuerIds: string[] }[])
        .map((c) => c.issuerIds)
        .sort(),
    ).toEqual([[THANH], [THANH_NANG]]);
  });

  it("counts the district and commune bodies a graph written before still holds under folded ids", async () => {
    expect(await countFoldedLocalIds(graph.driver)).toBe(0);
    // As an older govgraph wrote it: the folded id, no foldedId until the migration.
    await graph.driver.executeQuery(
      "CREATE (:Body {id: 'ha-noi/ubnd-phuong-gia-thuy', name: 'UBND phường Gia Thụy', level: 'COMMUNE'})",
    );
    await applyMigrations(graph.driver);
    expect(await countFoldedLocalIds(graph.driver)).toBe(1);
  });

  it("answers a body's or a document's id typed without diacritics with the ids it may mean", async () => {
    const { body } = await graph.api.post(
      `{ bodyTimeline(body: "dong-nai/ubnd-xa-loc-thanh") { id } }`,
    );
    expect(body.errors?.[0]?.extensions).toEqual({
      code: "NOT_FOUND",
      candidates: [THANH, THANH_NANG],
    });
    // A document id held from before (its issuer's id folded) names both plans.
    const folded = "vn/dong-nai/ubnd-xa-loc-thanh/2025/5-kh-ubnd";
    const plans = [`vn/${THANH}/2025/5-kh-ubnd`, `vn/${THANH_NANG}/2025/5-kh-ubnd`];
    const chain = await graph.api.post(
      `query ($id: String!) { implementationChain(document: $id) { truncated } }`,
      { id: folded },
    );
    expect(chain.body.errors?.[0]?.extensions).toEqual({ code: "NOT_FOUND", candidates: plans });
    expect(chain.body.errors?.[0]?.message).toContain(`no document or meeting with id '${folded}'`);
    const view = await graph.api.post(`query ($id: ID!) { graphView(focus: $id) { truncated } }`, {
      id: folded,
    });
    expect(view.body.errors?.[0]?.extensions).toEqual({ code: "NOT_FOUND", candidates: plans });
    const search = await graph.api.post(`{ search(text: "loc thanh", types: [BODY]) { id } }`);
    expect((search.body.data?.search as { id: string }[]).map((h) => h.id).sort()).toEqual(
      expect.arrayContaining([THANH, THANH_NANG]),
    );
  });
});

describe("graph model: a publisher's province", () => {
  const INGEST = `mutation ($text: String!, $province: String) {
    ingestText(text: $text, province: $province) { status }
  }`;
  // A ward's website: the text names its ward, never the city.
  const text =
    "Chiều ngày 30/6/2025, UBND phường Tương Mai tổ chức hội nghị triển khai Kế hoạch số 12/KH-UBND ngày 02/6/2025 của UBND phường Tương Mai.";
  const editor = async () => ({
    authorization: `Bearer ${await signToken({ roles: ["editor"] })}`,
  });

  it("places the ward's bodies in the province the caller names", async () => {
    const { body } = await graph.api.post(
      INGEST,
      { text, province: "thành phố Hà Nội" },
      await editor(),
    );
    expect(body.errors).toBeUndefined();
    const bodies = await graph.api.post(`{ bodies { id province } }`);
    expect(bodies.body.data?.bodies).toEqual([
      { id: "ha-noi/ubnd-phường-tương-mai", province: "thành phố Hà Nội" },
    ]);
  });

  it("refuses a province that is none, naming it, and writes nothing", async () => {
    const before = await graphCounts(graph.driver);
    const { body } = await graph.api.post(INGEST, { text, province: "Gotham" }, await editor());
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toContain("got 'Gotham'");
    expect(await graphCounts(graph.driver)).toEqual(before);
  });
});

describe("graph model: full-text search without diacritics", () => {
  it("finds titles and names typed without diacritics, stop-word syllables included", async () => {
    await load({
      documents: [
        cited("32/2021/NĐ-CP", {
          kind: "DECREE",
          issuer: "Chính phủ",
          title:
            "Quy định chi tiết thí điểm tổ chức mô hình chính quyền đô thị tại thành phố Hà Nội",
        }),
      ],
      bodies: [
        {
          name: "Tổ dân phố số 5 phường Gia Thụy",
          kind: "OTHER",
          aliases: [],
          evidence: evidence("Tổ dân phố số 5"),
        },
      ],
    });
    const query = async (q: string) => {
      const { records } = await graph.driver.executeQuery(
        "CALL db.index.fulltext.queryNodes('search_text', $q) YIELD node RETURN coalesce(node.code, node.name) AS hit",
        { q },
      );
      return records.map((r) => r.get("hit") as string);
    };
    expect(await query("nghi dinh chinh quyen do thi")).toContain("32/2021/NĐ-CP");
    expect(await query("to dan pho")).toContain("Tổ dân phố số 5 phường Gia Thụy");
    expect(await query("gia thuy")).toContain("Tổ dân phố số 5 phường Gia Thụy");
  });

  it("finds the type asked for even where other types rank above it", async () => {
    await load({
      documents: Array.from({ length: 8 }, (_, i) =>
        cited(`${i + 1}/KH-UBND`, {
          kind: "PLAN",
          issuer: "UBND Thành phố Hà Nội",
          year: 2025,
          title: "Hà Nội",
        }),
      ),
      meetings: [
        {
          key: "m1",
          title: "Hội nghị sơ kết công tác dân vận của phường Gia Thụy, thành phố Hà Nội",
          kind: "Hội nghị sơ kết",
          evidence: evidence("Hội nghị sơ kết"),
        },
      ],
    });
    const { body } = await graph.api.post(
      `{ search(text: "ha noi", types: [MEETING], limit: 1) { type label } }`,
    );
    expect(body.data?.search).toEqual([
      {
        type: "MEETING",
        label: "Hội nghị sơ kết công tác dân vận của phường Gia Thụy, thành phố Hà Nội",
      },
    ]);
  });

  it("tells a person without a position by the text that names them", async () => {
    await load({
      source: { title: "Kết luận 221-KL/TW: Kết luận của Bộ Chính trị" },
      people: [{ name: "Trần Cẩm Tú", positions: [], evidence: evidence("Trần Cẩm Tú") }],
    });
    const { body } = await graph.api.post(
      `{ search(text: "tran cam tu", types: [PERSON]) { label detail } }`,
    );
    expect(body.data?.search).toEqual([
      { label: "Trần Cẩm Tú", detail: "named in Kết luận 221-KL/TW: Kết luận của Bộ Chính trị" },
    ]);
  });

  it("ranks first what is spelled with the diacritics typed, in either tone placement", async () => {
    const body = (name: string) => ({
      name,
      kind: "OTHER" as const,
      aliases: [],
      evidence: evidence(name),
    });
    await load({
      bodies: [body("Cục Thủy sản"), body("Trạm Thúy Lĩnh"), body("UBND phường Gia Thụy")],
    });
    const names = async (text: string) => {
      const { body: answer } = await graph.api.post(
        `query ($text: String!) { search(text: $text, types: [BODY]) { label } }`,
        { text },
      );
      return (answer.data?.search as { label: string }[]).map((hit) => hit.label);
    };
    for (const typed of ["Thụy", "Thuỵ"]) {
      expect((await names(typed))[0]).toBe("UBND phường Gia Thụy");
    }
    expect((await names("Thủy"))[0]).toBe("Cục Thủy sản");
    expect(await names("thuy")).toHaveLength(3);
  });
});

describe("graph model: one body named two ways by two texts", () => {
  it("keeps the second text's name as an alias, so search finds the body by either", async () => {
    await ingestText(
      graph.driver,
      "Tỉnh ủy Nghệ An ban hành Kế hoạch số 300-KH/TU ngày 10/3/2025 về chuyển đổi số.",
    );
    await ingestText(
      graph.driver,
      "Triển khai Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 của Ban Chấp hành Đảng bộ tỉnh Nghệ An về việc thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
    );
    const { records } = await graph.driver.executeQuery(
      "MATCH (b:Body) WHERE b.id = 'tinh-uy-nghe-an' RETURN b.name AS name, b.aliases AS aliases, COUNT { (b)<-[:ISSUED_BY]-() } AS issued",
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { name: "Tỉnh ủy Nghệ An", aliases: ["Ban Chấp hành Đảng bộ tỉnh Nghệ An"], issued: 2 },
    ]);
    const { body } = await graph.api.post(
      `{ search(text: "ban chap hanh dang bo tinh nghe an", types: [BODY]) { id } }`,
    );
    expect((body.data?.search as { id: string }[])[0]?.id).toBe("tinh-uy-nghe-an");
  });
});

describe("graph model: a position over time", () => {
  const profile = async (id: string) => {
    const { body } = await graph.api.post(
      `query ($id: ID!) { personProfile(person: $id) { positions { title bodyName firstStated lastStated } } }`,
      { id },
    );
    return (body.data?.personProfile as { positions: unknown[] } | null)?.positions;
  };
  /** Loads two dated texts into an empty graph, in the order given. */
  const loadDated = async (...texts: [text: string, publishedAt: string][]) => {
    await resetDatabase(graph.driver);
    for (const [text, publishedAt] of texts) await ingestText(graph.driver, text, { publishedAt });
  };
  const deputy: [string, string] = [
    "Phó Chánh Văn phòng Trung ương Đảng Phạm Gia Túc dự hội nghị.",
    "2024-05-01",
  ];
  const chief: [string, string] = [
    "Chánh Văn phòng Trung ương Đảng Phạm Gia Túc chủ trì hội nghị.",
    "2025-10-01",
  ];

  it("takes the latest text's title and the span of days its texts speak as of, in either order", async () => {
    for (const order of [
      [deputy, chief],
      [chief, deputy],
    ]) {
      await loadDated(...order);
      expect(await profile("pham-gia-tuc@van-phong-trung-uong-dang")).toEqual([
        {
          title: "Chánh Văn phòng",
          bodyName: "Văn phòng Trung ương Đảng",
          firstStated: "2024-05-01",
          lastStated: "2025-10-01",
        },
      ]);
    }
  });

  it("gives a graph view's position edge its title and days", async () => {
    await loadDated(deputy, chief);
    const { body } = await graph.api.post(
      `{ graphView(focus: "pham-gia-tuc@van-phong-trung-uong-dang", depth: 1) { edges { type data } } }`,
    );
    const edges = (body.data?.graphView as { edges: { type: string; data: object }[] }).edges;
    expect(edges.find((e) => e.type === "HOLDS_POSITION")?.data).toMatchObject({
      title: "Chánh Văn phòng",
      firstStated: "2024-05-01",
      lastStated: "2025-10-01",
    });
  });

  it("joins the spans of one position when two texts' people fold into one", async () => {
    const member: [string, string] = [
      "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Minh Chính phát biểu.",
      "2024-01-10",
    ];
    const premier: [string, string] = [
      "Thủ tướng Chính phủ Phạm Minh Chính chủ trì phiên họp.",
      "2025-06-01",
    ];
    for (const order of [
      [member, premier],
      [premier, member],
    ]) {
      await loadDated(...order);
      expect(await profile("pham-minh-chinh@bo-chinh-tri")).toEqual([
        {
          title: "Thủ tướng",
          bodyName: "Chính phủ",
          firstStated: "2024-01-10",
          lastStated: "2025-06-01",
        },
        {
          title: "Ủy viên",
          bodyName: "Bộ Chính trị",
          firstStated: "2024-01-10",
          lastStated: "2024-01-10",
        },
      ]);
    }
  });

  it("dates a position by the document the text is when it has no publication day", async () => {
    await ingestText(
      graph.driver,
      "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 21/2025/TT-BGDĐT\n\nHà Nội, ngày 04 tháng 8 năm 2025\n\nTHÔNG TƯ\nQUY ĐỊNH CHẾ ĐỘ TRẢ TIỀN LƯƠNG DẠY THÊM GIỜ\n\nĐiều 1. Phạm vi điều chỉnh.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nPhạm Ngọc Thưởng\n",
    );
    expect(await profile("pham-ngoc-thuong@bo-giao-duc-va-dao-tao")).toEqual([
      {
        title: "Thứ trưởng",
        bodyName: "Bộ Giáo dục và Đào tạo",
        firstStated: "2025-08-04",
        lastStated: "2025-08-04",
      },
    ]);
  });
});

describe("graph model: a document's status as the texts show it", () => {
  const resolution = (number: string, body: string) =>
    `HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: ${number}/2025/NQ-HĐND\n\nHà Nội, ngày 10 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nQUY ĐỊNH MỨC CHI\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT NGHỊ:\n\n${body}\n`;
  const partly = resolution(
    "78",
    "Điều 1. Bãi bỏ khoản 1 Điều 3 Nghị quyết số 22/2024/NQ-HĐND ngày 04 tháng 10 năm 2024 của Hội đồng nhân dân thành phố Hà Nội.",
  );
  const wholly = resolution(
    "81",
    "Điều 1. Nghị quyết này thay thế Nghị quyết số 22/2024/NQ-HĐND ngày 04 tháng 10 năm 2024 của Hội đồng nhân dân thành phố Hà Nội.",
  );
  const status = async () => {
    const { body } = await graph.api.post(
      `{ documentByCode(code: "22/2024/NQ-HĐND", issuer: "hdnd-tp-ha-noi") { status } }`,
    );
    return (body.data?.documentByCode as { status: string } | null)?.status;
  };

  it("is unknown until a text repeals or replaces the document, in part, then wholly, in either order", async () => {
    await ingestText(
      graph.driver,
      "Căn cứ Nghị quyết số 22/2024/NQ-HĐND ngày 04 tháng 10 năm 2024 của Hội đồng nhân dân thành phố Hà Nội.",
    );
    expect(await status()).toBe("UNKNOWN");
    await ingestText(graph.driver, partly);
    expect(await status()).toBe("PARTIALLY_IN_FORCE");
    await ingestText(graph.driver, wholly);
    expect(await status()).toBe("EXPIRED");
    await resetDatabase(graph.driver);
    await ingestText(graph.driver, wholly);
    await ingestText(graph.driver, partly);
    expect(await status()).toBe("EXPIRED");
    const { records } = await graph.driver.executeQuery(
      "MATCH (:Document)-[r:REPEALS|REPLACES]->(:Document {code: '22/2024/NQ-HĐND'}) RETURN type(r) AS type, r.scope AS scope ORDER BY type",
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { type: "REPEALS", scope: "PART" },
      { type: "REPLACES", scope: "WHOLE" },
    ]);
  });

  it("shows in chains and graph views: each document's status, each change's scope", async () => {
    await ingestText(graph.driver, partly);
    const { body } = await graph.api.post(`{
      implementationChain(document: "78/2025/NQ-HĐND", issuer: "hdnd-tp-ha-noi", direction: UP, relations: [REPEALS]) {
        nodes { code status }
      }
      graphView(focus: "78/2025/NQ-HĐND", depth: 1, relationTypes: [REPEALS]) { edges { type data } }
    }`);
    const data = body.data as {
      implementationChain: { nodes: unknown[] };
      graphView: { edges: { type: string; data: Record<string, unknown> }[] };
    };
    expect(data.implementationChain.nodes).toEqual([
      { code: "78/2025/NQ-HĐND", status: "UNKNOWN" },
      { code: "22/2024/NQ-HĐND", status: "PARTIALLY_IN_FORCE" },
    ]);
    expect(data.graphView.edges.map((e) => [e.type, e.data.scope])).toEqual([["REPEALS", "PART"]]);
  });
});

describe("graph model: writes are for editors only", () => {
  const mutations = [
    `mutation { createDocuments(input: [{ id: "x", kind: PLAN, status: UNKNOWN, isStub: true }]) { documents { id } } }`,
    `mutation { updateDocuments(where: { id: { eq: "vn/2021/nd-cp/32" } }, update: { title: { set: "hacked" } }) { documents { id } } }`,
    `mutation { deleteDocuments(where: {}) { nodesDeleted } }`,
    `mutation { createBodies(input: [{ id: "x", name: "x", kind: OTHER, aliases: [] }]) { bodies { id } } }`,
    `mutation { deleteBodies(where: {}) { nodesDeleted } }`,
    `mutation { createPeople(input: [{ id: "x", name: "x", aliases: [] }]) { people { id } } }`,
    `mutation { updatePeople(update: { name: { set: "x" } }) { people { id } } }`,
    `mutation { createMeetings(input: [{ id: "x", title: "x" }]) { meetings { id } } }`,
    `mutation { deleteMeetings(where: {}) { nodesDeleted } }`,
    `mutation { createSources(input: [{ id: "x", contentHash: "x" }]) { sources { id } } }`,
    `mutation { deleteSources(where: {}) { nodesDeleted } }`,
  ];

  beforeEach(async () => {
    await load({
      documents: [
        cited("32/2021/NĐ-CP", { kind: "DECREE", issuer: "Chính phủ", title: "original" }),
      ],
      people: [
        {
          name: "Phan Việt Hưng",
          positions: [{ title: "Bí thư", body: "Đảng ủy phường Gia Thụy" }],
          evidence: evidence("x"),
        },
      ],
      meetings: [{ key: "m1", title: "Hội nghị", kind: "Hội nghị", evidence: evidence("x") }],
    });
  });

  const callers: [string, () => Promise<Record<string, string>>, string][] = [
    ["no token", async () => ({}), "UNAUTHENTICATED"],
    ["a malformed header", async () => ({ authorization: "Bearer not-a-jwt" }), "UNAUTHENTICATED"],
    [
      "an expired token",
      async () => ({
        authorization: `Bearer ${await signToken({ roles: ["editor"] }, { expiresIn: -10 })}`,
      }),
      "UNAUTHENTICATED",
    ],
    [
      "a wrong signature",
      async () => ({
        authorization: `Bearer ${await signToken({ roles: ["editor"] }, { secret: "another-secret-that-is-long-enough-0123456789" })}`,
      }),
      "UNAUTHENTICATED",
    ],
    [
      "a reader's token",
      async () => ({ authorization: `Bearer ${await signToken({ roles: ["reader"] })}` }),
      "FORBIDDEN",
    ],
  ];

  for (const [who, headers, code] of callers) {
    it(`refuses every generated mutation with ${who} and writes nothing`, async () => {
      const before = await graphCounts(graph.driver);
      for (const mutation of mutations) {
        const { body } = await graph.api.post(mutation, {}, await headers());
        expect(body.errors?.[0]?.extensions?.code, mutation).toBe(code);
        expect(body.data?.[Object.keys(body.data ?? {})[0] ?? ""] ?? null).toBeNull();
      }
      expect(await graphCounts(graph.driver)).toEqual(before);
      const { records } = await graph.driver.executeQuery(
        "MATCH (d:Document) RETURN d.title AS title",
      );
      expect(records[0]?.get("title")).toBe("original");
    });
  }
});
