import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../helpers/api.js";
import { loadFoundingArticle } from "../helpers/foundingArticle.js";
import { graphCounts, testDriver } from "../helpers/neo4j.js";

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  driver = testDriver();
  await loadFoundingArticle(driver);
  api = await startTestApi(driver);
});
afterAll(async () => {
  await api.stop();
  await driver.close();
});

async function query<T = Record<string, unknown>>(text: string, variables = {}): Promise<T> {
  const { body } = await api.post(text, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const CHAIN = `query ($document: String!, $direction: ChainDirection, $maxDepth: Int, $relations: [ChainRelation!]) {
  implementationChain(document: $document, direction: $direction, maxDepth: $maxDepth, relations: $relations) {
    root { id code }
    nodes { id type code label depth }
    edges { source target type implementationKind evidence { sentence sourceId source { id publishedAt } } }
    truncated
  }
}`;

interface Chain {
  implementationChain: {
    root: { id: string; code: string };
    nodes: { id: string; type: string; code: string | null; label: string; depth: number }[];
    edges: {
      source: string;
      target: string;
      type: string;
      evidence: { sentence: string; source: { id: string } | null }[];
    }[];
    truncated: boolean;
  };
}

describe("analytics: implementationChain on the founding article", () => {
  it("goes UP from 03-TT/QU to 32/2021/NĐ-CP and on to 97/2019/QH14, with the sentences", async () => {
    const { implementationChain: chain } = await query<Chain>(CHAIN, {
      document: "03-TT/QU",
      direction: "UP",
    });
    const byCode = new Map(chain.nodes.map((n) => [n.code, n]));
    expect(chain.root.code).toBe("03-TT/QU");
    expect(byCode.get("32/2021/NĐ-CP")?.depth).toBe(1);
    expect(byCode.get("97/2019/QH14")?.depth).toBe(2);
    const edge = chain.edges.find(
      (e) => e.source === chain.root.id && e.target === byCode.get("32/2021/NĐ-CP")?.id,
    );
    expect(edge?.type).toBe("IMPLEMENTS");
    expect(edge?.evidence[0]?.sentence).toContain("03-TT/QU");
    expect(edge?.evidence[0]?.source?.id).toMatch(/^src\//);
    expect(chain.truncated).toBe(false);
  });

  it("goes DOWN from 97/2019/QH14 to 03-TT/QU and the review meeting", async () => {
    const { implementationChain: chain } = await query<Chain>(CHAIN, {
      document: "97/2019/QH14",
      direction: "DOWN",
    });
    expect(chain.nodes.map((n) => n.code)).toEqual(
      expect.arrayContaining(["97/2019/QH14", "32/2021/NĐ-CP", "03-TT/QU"]),
    );
    const meeting = chain.nodes.find((n) => n.type === "MEETING");
    expect(meeting?.label).toMatch(/sơ kết/i);
    expect(meeting?.depth).toBe(3);
    expect(new Set(chain.nodes.map((n) => n.id)).size).toBe(chain.nodes.length);
  });

  it("answers aliased fields by field, not by alias", async () => {
    const { implementationChain: chain } = await query<{
      implementationChain: { nodes: { code: string; title: string; name: string | null }[] };
    }>(
      `{ implementationChain(document: "97/2019/QH14", maxDepth: 1) {
        nodes { code title: code name: label }
      } }`,
    );
    expect(chain.nodes[0]).toEqual({
      code: "97/2019/QH14",
      title: "97/2019/QH14",
      name: "Nghị quyết 97/2019/QH14",
    });
  });

  it("answers a document nothing carries out with itself alone, not with NOT_FOUND", async () => {
    const { implementationChain: up } = await query<Chain>(CHAIN, {
      document: "97/2019/QH14",
      direction: "UP",
    });
    expect(up.root.code).toBe("97/2019/QH14");
    expect(up.nodes.map((n) => n.code)).toEqual(["97/2019/QH14"]);
    expect(up.edges).toEqual([]);
    expect(up.truncated).toBe(false);

    const { implementationChain: down } = await query<Chain>(CHAIN, { document: "03-TT/QU" });
    const meeting = down.nodes.find((n) => n.type === "MEETING");
    expect(meeting).toBeDefined();
    const { implementationChain: fromMeeting } = await query<Chain>(CHAIN, {
      document: meeting?.id,
    });
    expect(fromMeeting.nodes.map((n) => n.id)).toEqual([meeting?.id]);
  });

  it("gives every node and edge of a chain the values stored on it, field for field", async () => {
    const { implementationChain: chain } = await query<{
      implementationChain: {
        nodes: { id: string; code: string | null; title: string | null; isStub: boolean }[];
        edges: {
          source: string;
          target: string;
          type: string;
          implementationKind: string | null;
          evidence: { sourceId: string; sentence: string }[];
        }[];
      };
    }>(
      `{ implementationChain(document: "97/2019/QH14", direction: DOWN) {
        nodes { id code title isStub }
        edges { source target type implementationKind evidence { sourceId sentence } }
      } }`,
    );
    // Nodes without a code and edges without a kind among those with one: a value read
    // for the wrong node or edge would show.
    expect(chain.nodes.some((n) => n.code === null)).toBe(true);
    expect(new Set(chain.edges.map((e) => e.type))).toEqual(new Set(["IMPLEMENTS", "REVIEWS"]));
    const { records: nodes } = await driver.executeQuery(
      `UNWIND $ids AS id MATCH (n {id: id})
       RETURN n.id AS id, n.code AS code, n.title AS title, coalesce(n.isStub, false) AS isStub`,
      { ids: chain.nodes.map((n) => n.id) },
    );
    expect(chain.nodes).toEqual(
      chain.nodes.map((n) => nodes.find((r) => r.get("id") === n.id)?.toObject()),
    );
    const { records: edges } = await driver.executeQuery(
      `UNWIND $edges AS e MATCH (a {id: e.source})-[r]->(b {id: e.target}) WHERE type(r) = e.type
       RETURN a.id AS source, b.id AS target, type(r) AS type,
         CASE type(r) WHEN 'IMPLEMENTS' THEN coalesce(r.kind, 'IMPLEMENTS') END AS implementationKind,
         [i IN range(0, size(r.sourceIds) - 1) | {sourceId: r.sourceIds[i], sentence: r.sentences[i]}] AS evidence`,
      { edges: chain.edges },
    );
    expect(edges).toHaveLength(chain.edges.length);
    expect(chain.edges).toEqual(edges.map((r) => r.toObject()));
  });

  it("answers a narrow selection of node fields as the full one does, field for field", async () => {
    const FIELDS = ["type", "label", "depth", "code", "kind", "title", "date", "bodies", "isStub"];
    type Node = Record<string, unknown> & { id: string };
    const chainOf = async (selection: string, fragments = "") =>
      (
        await query<{ implementationChain: { root: Node; nodes: Node[] } }>(
          `{ implementationChain(document: "97/2019/QH14", maxDepth: 4) { ${selection} } } ${fragments}`,
        )
      ).implementationChain;
    const full = await chainOf(`nodes { id ${FIELDS.join(" ")} }`);
    expect(full.nodes.length).toBeGreaterThan(3);
    expect(full.nodes.some((n) => n.type === "MEETING")).toBe(true);
    for (const field of FIELDS) {
      const narrow = await chainOf(`nodes { id ${field} }`);
      expect(narrow.nodes, field).toEqual(full.nodes.map((n) => ({ id: n.id, [field]: n[field] })));
    }
    // Through a fragment, and asked of the root alone.
    const viaFragment = await chainOf(
      `root { ...Shown } nodes { id }`,
      `fragment Shown on ChainNode { label bodies }`,
    );
    const root = full.nodes[0]!;
    expect(viaFragment.root).toEqual({ label: root.label, bodies: root.bodies });
  });

  it("says when maxDepth cut the chain", async () => {
    const { implementationChain: chain } = await query<Chain>(CHAIN, {
      document: "97/2019/QH14",
      maxDepth: 1,
    });
    expect(chain.nodes.map((n) => n.code)).toEqual(["97/2019/QH14", "32/2021/NĐ-CP"]);
    expect(chain.truncated).toBe(true);
  });

  it("refuses maxDepth above the cap with a message naming it", async () => {
    const { body } = await api.post(CHAIN, { document: "97/2019/QH14", maxDepth: 50 });
    expect(body.errors?.[0]).toMatchObject({
      message: "maxDepth must be from 1 to 10, got 50",
      extensions: { code: "LIMIT_EXCEEDED" },
    });
  });

  it("names an unknown code as not found, and a malformed one as bad input", async () => {
    const missing = await api.post(CHAIN, { document: "999/2020/NĐ-CP" });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const malformed = await api.post(CHAIN, { document: "hello" });
    expect(malformed.body.errors?.[0]?.message).toBe(
      "document code must look like '32/2021/NĐ-CP', '100/KH-UBND' or '03-TT/QU', got 'hello'",
    );
  });
});

describe("analytics: graphView, search and lookups on the founding article", () => {
  it("shows the review meeting with its three attendees and its organiser", async () => {
    const { search } = await query<{ search: { id: string; type: string }[] }>(
      `{ search(text: "hoi nghi so ket", types: [MEETING]) { id type } }`,
    );
    const meetingId = search[0]?.id;
    const { graphView } = await query<{
      graphView: {
        nodes: { id: string; type: string; label: string }[];
        edges: { source: string; target: string; type: string }[];
        truncated: boolean;
      };
    }>(
      `query ($id: ID!) { graphView(focus: $id, relationTypes: [ATTENDED, ORGANIZED_BY]) {
        nodes { id type label } edges { source target type } truncated } }`,
      { id: meetingId },
    );
    const people = graphView.nodes
      .filter((n) => n.type === "PERSON")
      .map((n) => n.label)
      .sort();
    expect(people).toEqual(["Nguyễn Thành Biên", "Phan Việt Hưng", "Đặng Việt Phương"].sort());
    const organisers = graphView.edges.filter((e) => e.type === "ORGANIZED_BY");
    expect(organisers).toHaveLength(1);
    expect(graphView.nodes.find((n) => n.id === organisers[0]?.target)?.label).toBe(
      "Đảng ủy phường Gia Thụy",
    );
  });

  it("says a view was cut whether or not it asks how large the neighbourhood is", async () => {
    type View = {
      graphView: {
        nodes: { id: string }[];
        truncated: boolean;
        counts?: { nodesTotal: number; edgesTotal: number; totalsExact: boolean };
      };
    };
    const view = (limit: number, counts: boolean) =>
      query<View>(
        `query ($limit: Int!) { graphView(focus: "32/2021/NĐ-CP", depth: 2, limit: $limit) {
          nodes { id } truncated ${counts ? "counts { nodesTotal edgesTotal totalsExact }" : ""} } }`,
        { limit },
      );
    const { graphView: whole } = await view(100, true);
    const size = whole.counts?.nodesTotal ?? 0;
    expect(size).toBeGreaterThan(4);
    expect(whole).toMatchObject({ truncated: false, counts: { totalsExact: true } });
    expect(whole.nodes).toHaveLength(size);
    // Drawn without counts, a view cut by its limit still says so, and one that holds
    // the whole neighbourhood does not.
    for (const counts of [false, true]) {
      const { graphView: cut } = await view(2, counts);
      expect(cut.nodes.map((n) => n.id)).toEqual(whole.nodes.slice(0, 2).map((n) => n.id));
      expect(cut.truncated).toBe(true);
      const { graphView: exact } = await view(size, counts);
      expect(exact.truncated).toBe(false);
      expect(exact.nodes).toHaveLength(size);
    }
    // Asked, the counts cover the whole neighbourhood, not only one node past the limit.
    const { graphView: counted } = await view(2, true);
    expect(counted.counts).toEqual(whole.counts);
  });

  it("draws a node with nothing around it of the kinds asked as itself alone, not NOT_FOUND", async () => {
    const { graphView } = await query<{
      graphView: {
        focus: { id: string; label: string };
        nodes: { id: string }[];
        edges: unknown[];
        counts: { nodesTotal: number; edgesTotal: number };
      };
    }>(
      `{ graphView(focus: "vn/2019/qh14/97", relationTypes: [ATTENDED]) {
        focus { id label } nodes { id } edges { id } counts { nodesTotal edgesTotal } } }`,
    );
    expect(graphView.focus).toEqual({ id: "vn/2019/qh14/97", label: "Nghị quyết 97/2019/QH14" });
    expect(graphView.nodes).toEqual([{ id: "vn/2019/qh14/97" }]);
    expect(graphView.edges).toEqual([]);
    expect(graphView.counts).toEqual({ nodesTotal: 1, edgesTotal: 0 });
  });

  it("gives each drawn node and edge its own data: ISO dates, no index fields, no empty keys", async () => {
    const { graphView } = await query<{
      graphView: {
        nodes: { type: string; data: Record<string, unknown> }[];
        edges: { type: string; data: Record<string, unknown> }[];
      };
    }>(
      `{ graphView(focus: "vn/2021/nd-cp/32", depth: 2) { nodes { type data } edges { type data } } }`,
    );
    const meeting = graphView.nodes.find((n) => n.type === "MEETING");
    expect(meeting?.data.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const { data } of [...graphView.nodes, ...graphView.edges]) {
      expect(Object.keys(data)).not.toContain("searchText");
      expect(Object.keys(data)).not.toContain("codeKey");
      expect(Object.values(data)).not.toContain(null);
    }
    const implementing = graphView.edges.find((e) => e.type === "IMPLEMENTS");
    expect(implementing?.data.sentences).toEqual([expect.stringContaining("32/2021/NĐ-CP")]);
  });

  it("draws every node and edge with the values stored on it", async () => {
    const { graphView } = await query<{
      graphView: {
        nodes: { id: string; type: string; label: string; data: Record<string, unknown> }[];
        edges: { source: string; target: string; type: string; data: Record<string, unknown> }[];
      };
    }>(
      `{ graphView(focus: "vn/2021/nd-cp/32", depth: 2) {
        nodes { id type label data } edges { source target type data } } }`,
    );
    const { records: nodes } = await driver.executeQuery(
      `UNWIND $ids AS id MATCH (n {id: id})
       RETURN n.id AS id, toUpper(labels(n)[0]) AS type, n.code AS code, n.title AS title, n.name AS name`,
      { ids: graphView.nodes.map((n) => n.id) },
    );
    expect(
      graphView.nodes.map((n) => [n.id, n.type, n.data.id, n.data.title, n.data.name]),
    ).toEqual(
      nodes.map((r) => [
        r.get("id"),
        r.get("type"),
        r.get("id"),
        r.get("title") ?? undefined,
        r.get("name") ?? undefined,
      ]),
    );
    const document = graphView.nodes.find((n) => n.id === "vn/2021/nd-cp/32");
    expect(document?.label).toBe("Nghị định 32/2021/NĐ-CP");
    const { records: edges } = await driver.executeQuery(
      `UNWIND $edges AS e MATCH (a {id: e.source})-[r]->(b {id: e.target}) WHERE type(r) = e.type
       RETURN r.kind AS kind, r.role AS role, r.sentences AS sentences`,
      { edges: graphView.edges },
    );
    expect(edges).toHaveLength(graphView.edges.length);
    expect(graphView.edges.map((e) => [e.data.kind, e.data.role, e.data.sentences])).toEqual(
      edges.map((r) => [
        r.get("kind") ?? undefined,
        r.get("role") ?? undefined,
        r.get("sentences") ?? undefined,
      ]),
    );
  });

  it("ranks 32/2021/NĐ-CP first for 'nghi dinh 32' and for every spelling of its code", async () => {
    for (const text of [
      "nghi dinh 32",
      "nghị định 32",
      "32/2021/NĐ-CP",
      "32/NĐ-CP",
      "nd 32 2021",
      "Nghị định số 32/2021/NĐ-CP",
    ]) {
      const { search } = await query<{ search: { label: string; type: string }[] }>(
        `query ($text: String!) { search(text: $text) { label type } }`,
        { text },
      );
      expect(search[0], text).toEqual({ label: "Nghị định 32/2021/NĐ-CP", type: "DOCUMENT" });
    }
  });

  it("finds people and bodies without diacritics, each with what tells it apart", async () => {
    const { search } = await query<{
      search: { label: string; type: string; detail: string | null }[];
    }>(`{ search(text: "phan viet hung") { label type detail } }`);
    expect(search[0]).toEqual({
      label: "Phan Việt Hưng",
      type: "PERSON",
      detail: "Bí thư, Đảng ủy phường Gia Thụy",
    });
  });

  it("looks documents up by code, asking for an issuer only when the code repeats", async () => {
    const data = await query<{
      documentByCode: { id: string; issuers: string[]; issuedOn: string };
    }>(`{ documentByCode(code: "03-TT/QU") { id issuers issuedOn } }`);
    expect(data.documentByCode).toEqual({
      id: "vn/ha-noi/quận-ủy-long-biên/2021/3-tt-qu",
      issuers: ["Quận ủy Long Biên"],
      issuedOn: "2021-04-22",
    });
  });

  it("takes a document as texts cite it and as its own label names it", async () => {
    const { implementationChain: chain } = await query<Chain>(CHAIN, {
      document: "Nghị định số 32/2021/NĐ-CP",
      direction: "BOTH",
    });
    expect(chain.root.code).toBe("32/2021/NĐ-CP");
    const coded = chain.nodes.filter((n) => n.code !== null);
    expect(coded.length).toBeGreaterThan(2);
    for (const node of coded) {
      const { documentByCode } = await query<{ documentByCode: { id: string } | null }>(
        `query ($code: String!) { documentByCode(code: $code) { id } }`,
        { code: node.label },
      );
      expect(documentByCode?.id, node.label).toBe(node.id);
    }
    const { graphView } = await query<{ graphView: { focus: { id: string } } }>(
      `{ graphView(focus: "Nghị định số 32/2021/NĐ-CP", limit: 3) { focus { id } } }`,
    );
    expect(graphView.focus.id).toBe(chain.root.id);
    const unknown = await api.post(`{ graphView(focus: "999/2020/NĐ-CP") { truncated } }`);
    expect(unknown.body.errors?.[0]).toMatchObject({
      message: "no document with code '999/2020/NĐ-CP' is in the graph",
      extensions: { code: "NOT_FOUND" },
    });
  });

  it("gives Quận ủy Long Biên's timeline newest first", async () => {
    const { bodyTimeline } = await query<{ bodyTimeline: { label: string; date: string }[] }>(
      `{ bodyTimeline(body: "ha-noi/quận-ủy-long-biên") { label date } }`,
    );
    expect(bodyTimeline.map((e) => e.label)).toEqual(["Kế hoạch 123-KH/QU", "Thông tri 03-TT/QU"]);
    // The id as sent with the old tone-mark placement, or decomposed, is the same body.
    for (const id of ["ha-noi/quận-uỷ-long-biên", "ha-noi/quận-ủy-long-biên".normalize("NFD")]) {
      const again = await query<{ bodyTimeline: unknown[] }>(
        `query ($id: ID!) { bodyTimeline(body: $id) { id } }`,
        { id },
      );
      expect(again.bodyTimeline).toHaveLength(2);
    }
  });

  it("tells a caller holding an id without its province or its diacritics which ids it may mean", async () => {
    const hint =
      "ids it may mean (a district's or commune's body is placed in its province, and its id keeps the name's diacritics)";
    for (const id of ["quan-uy-long-bien", "quận-ủy-long-biên", "ha-noi/quan-uy-long-bien"]) {
      const timeline = await api.post(`query ($id: ID!) { bodyTimeline(body: $id) { id } }`, {
        id,
      });
      expect(timeline.body.errors?.[0]?.extensions, id).toEqual({
        code: "NOT_FOUND",
        candidates: ["ha-noi/quận-ủy-long-biên"],
      });
      expect(timeline.body.errors?.[0]?.message).toBe(
        `no body with id '${id}'; ${hint}: 'ha-noi/quận-ủy-long-biên'`,
      );
    }
    const view = await api.post(`{ graphView(focus: "dang-uy-phuong-gia-thuy") { truncated } }`);
    expect(view.body.errors?.[0]?.extensions?.candidates).toEqual([
      "ha-noi/đảng-ủy-phường-gia-thụy",
    ]);
    const unknown = await api.post(`{ bodyTimeline(body: "ubnd-xa-khong-co") { id } }`);
    expect(unknown.body.errors?.[0]?.message).toBe("no body with id 'ubnd-xa-khong-co'");
    // A person's id holds their body's: held from before, it names the person it meant.
    const secretary = "phan-viet-hung@ha-noi/đảng-ủy-phường-gia-thụy";
    for (const id of [
      "phan-viet-hung@ha-noi/dang-uy-phuong-gia-thuy",
      "phan-viet-hung@dang-uy-phuong-gia-thuy",
    ]) {
      const profile = await api.post(`query ($id: ID!) { personProfile(person: $id) { id } }`, {
        id,
      });
      expect(profile.body.errors?.[0]?.extensions, id).toEqual({
        code: "NOT_FOUND",
        candidates: [secretary],
      });
    }
    const found = await query<{ personProfile: { name: string } }>(
      `query ($id: ID!) { personProfile(person: $id) { name } }`,
      { id: secretary },
    );
    expect(found.personProfile.name).toBe("Phan Việt Hưng");
    const nobody = await query<{ personProfile: null }>(
      `{ personProfile(person: "khong-co-ai@ha-noi/dang-uy-phuong-gia-thuy") { id } }`,
    );
    expect(nobody.personProfile).toBeNull();
  });

  it("gives a body that issued nothing an empty timeline, not an error", async () => {
    const data = await query<{ bodyTimeline: unknown[] }>(
      `{ bodyTimeline(body: "ha-noi/ubnd-quận-long-biên") { id } }`,
    );
    expect(data.bodyTimeline).toEqual([]);
  });

  it("changes nothing in the graph by reading", async () => {
    const before = await graphCounts(driver);
    await query(`{ search(text: "}) DETACH DELETE n //") { id } }`);
    await query(CHAIN, { document: "03-TT/QU", direction: "BOTH" });
    expect(await graphCounts(driver)).toEqual(before);
  });
});
