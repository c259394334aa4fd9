import { mkdir } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGovgraph, type RunningGovgraph } from "../../src/app/index.js";
import { silentLogger } from "../../src/logger.js";
import { launchTestBrowser, type TestBrowser } from "../helpers/browser.js";
import { resetDatabase, testConfig, testDriver } from "../helpers/neo4j.js";

const SCREENSHOTS = new URL("../../test-output/e2e/", import.meta.url);

let driver: Driver;
let app: RunningGovgraph;
let origin: string;
let browser: TestBrowser;

beforeAll(async () => {
  driver = testDriver();
  // An empty graph, so the start loads the founding article from seed/.
  await resetDatabase(driver);
  app = await startGovgraph(testConfig(), silentLogger, { seed: true });
  origin = new URL(app.url).origin;
  browser = await launchTestBrowser(origin);
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await driver?.close();
});

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(app.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** Text as Monaco lays it out: one line per row, spaces drawn as no-break spaces. */
async function visibleText(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\u00a0/g, " ");
}

/** What the explorer exposes of its Cytoscape instance, read in the page. */
interface DrawnGraph {
  width: number;
  height: number;
  zoom: number;
  nodes: {
    id: string;
    type: string;
    label: string;
    drawnLabel: string;
    visible: boolean;
    box: { x1: number; y1: number; x2: number; y2: number };
  }[];
  edges: { id: string; source: string; target: string; type: string }[];
}

function drawnGraph(page: Page): Promise<DrawnGraph> {
  return page.evaluate(() => {
    interface Box {
      x1: number;
      y1: number;
      x2: number;
      y2: number;
    }
    interface Element {
      id(): string;
      data(key: string): string;
      style(name: string): string;
      visible(): boolean;
      renderedBoundingBox(options: object): Box;
    }
    interface Cy {
      width(): number;
      height(): number;
      zoom(): number;
      nodes(): { map<T>(f: (node: Element) => T): T[] };
      edges(): { map<T>(f: (edge: Element) => T): T[] };
    }
    const { cy } = (globalThis as unknown as { govgraphExplorer: { cy: Cy } }).govgraphExplorer;
    return {
      width: cy.width(),
      height: cy.height(),
      zoom: cy.zoom(),
      nodes: cy.nodes().map((node) => ({
        id: node.id(),
        type: node.data("type"),
        label: node.data("label"),
        drawnLabel: node.style("label"),
        visible: node.visible(),
        box: node.renderedBoundingBox({ includeLabels: true }),
      })),
      edges: cy.edges().map((edge) => ({
        id: edge.id(),
        source: edge.data("source"),
        target: edge.data("target"),
        type: edge.data("type"),
      })),
    };
  });
}

/** Page coordinates of a point on a node (its centre) or an edge (30% along it, clear of its label). */
function pointOn(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    interface Point {
      x: number;
      y: number;
    }
    interface Element {
      isNode(): boolean;
      renderedPosition(): Point;
      renderedSourceEndpoint(): Point;
      renderedTargetEndpoint(): Point;
    }
    interface Cy {
      getElementById(id: string): Element;
      container(): { getBoundingClientRect(): { left: number; top: number } };
    }
    const { cy } = (globalThis as unknown as { govgraphExplorer: { cy: Cy } }).govgraphExplorer;
    const element = cy.getElementById(elementId);
    const frame = cy.container().getBoundingClientRect();
    let at: Point;
    if (element.isNode()) {
      at = element.renderedPosition();
    } else {
      const from = element.renderedSourceEndpoint();
      const to = element.renderedTargetEndpoint();
      at = { x: from.x + 0.3 * (to.x - from.x), y: from.y + 0.3 * (to.y - from.y) };
    }
    return { x: frame.left + at.x, y: frame.top + at.y };
  }, id);
}

const waitForDrawing = (page: Page) =>
  page.waitForSelector('body[data-graph-state="ready"]', { timeout: 30_000 });

describe("e2e: explorer", () => {
  it("finds 03-TT/QU, draws its chain to 32/2021/NĐ-CP, expands a node and shows a relation's evidence", async () => {
    const { page, foreignRequests, problems } = await browser.open();
    await page.goto(`${origin}/explore`);
    expect(await page.locator(".empty-state h1").innerText()).toBe(
      "Follow a decision from the law to the ward",
    );

    await page.fill("#search-input", "03-TT/QU");
    const firstHit = page.locator("#search-results li.hit").first();
    await firstHit.waitFor();
    expect(await firstHit.locator(".hit-label").innerText()).toBe("Thông tri 03-TT/QU");
    await firstHit.click();
    await waitForDrawing(page);

    const chain = await drawnGraph(page);
    const byLabel = new Map(chain.nodes.map((node) => [node.label, node]));
    const root = byLabel.get("Thông tri 03-TT/QU");
    const decree = byLabel.get("Nghị định 32/2021/NĐ-CP");
    expect(root, "root drawn").toBeDefined();
    expect(decree, "32/2021/NĐ-CP drawn").toBeDefined();
    expect(byLabel.has("Nghị quyết 97/2019/QH14")).toBe(true);
    const implementsDecree = chain.edges.find(
      (edge) => edge.source === root?.id && edge.target === decree?.id,
    );
    expect(implementsDecree?.type).toBe("IMPLEMENTS");
    // Labels are drawn in the node, at a size Cytoscape does not hide, inside the canvas.
    expect(chain.zoom * 12).toBeGreaterThanOrEqual(5);
    for (const node of chain.nodes) {
      expect(node.visible, node.label).toBe(true);
      expect(node.drawnLabel.length, node.label).toBeGreaterThan(0);
      expect(node.label.startsWith(node.drawnLabel.replace(/…$/, "")), node.label).toBe(true);
      expect(node.box.x1, node.label).toBeGreaterThanOrEqual(0);
      expect(node.box.y1, node.label).toBeGreaterThanOrEqual(0);
      expect(node.box.x2, node.label).toBeLessThanOrEqual(chain.width);
      expect(node.box.y2, node.label).toBeLessThanOrEqual(chain.height);
    }
    const fontLoaded = await page.evaluate(() =>
      (
        globalThis as unknown as {
          document: { fonts: { check(font: string, text: string): boolean } };
        }
      ).document.fonts.check('500 12px "Be Vietnam Pro"', "Nghị định Quận ủy"),
    );
    expect(fontLoaded, "the bundled Vietnamese face is loaded").toBe(true);

    const rootAt = await pointOn(page, root?.id ?? "");
    await page.mouse.click(rootAt.x, rootAt.y);
    await page.waitForFunction(
      (before) =>
        (
          globalThis as unknown as { govgraphExplorer: { cy: { nodes(): { length: number } } } }
        ).govgraphExplorer.cy.nodes().length > before,
      chain.nodes.length,
      { timeout: 30_000 },
    );
    await waitForDrawing(page);
    const expanded = await drawnGraph(page);
    expect(expanded.nodes.length).toBeGreaterThan(chain.nodes.length);
    expect(await page.locator("#status").innerText()).toMatch(
      /Thông tri 03-TT\/QU: \d+ neighbours? added/,
    );

    const { implementationChain } = await api<{
      implementationChain: {
        edges: {
          id: string;
          evidence: { sentence: string; source: { title: string | null } | null }[];
        }[];
      };
    }>(
      `{ implementationChain(document: "03-TT/QU", direction: UP, maxDepth: 1) {
        edges { id evidence { sentence source { title } } } } }`,
    );
    const evidence = implementationChain.edges.find((edge) => edge.id === implementsDecree?.id)
      ?.evidence[0];
    expect(evidence?.sentence, "the API states the relation with a sentence").toBeTruthy();
    const edgeAt = await pointOn(page, implementsDecree?.id ?? "");
    await page.mouse.move(edgeAt.x, edgeAt.y);
    const tooltip = page.locator("#tooltip");
    await tooltip.waitFor({ state: "visible" });
    const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
    const sentence = oneLine(evidence?.sentence ?? "");
    expect(oneLine(await tooltip.innerText())).toContain(
      "Thông tri 03-TT/QU → Nghị định 32/2021/NĐ-CP",
    );
    // The tooltip quotes the words around the two codes, marked, from the sentence itself.
    const excerpt = oneLine(await tooltip.locator("blockquote").first().innerText());
    expect(sentence).toContain(excerpt.replace(/^…|…$/g, "").trim());
    expect(await tooltip.locator("blockquote mark").allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^32\/(2021\/)?NĐ-CP$/)]),
    );
    if (evidence?.source?.title) {
      expect(oneLine(await tooltip.innerText())).toContain(oneLine(evidence.source.title));
    }
    // Clicking the relation puts its whole sentence in the details panel.
    await page.mouse.click(edgeAt.x, edgeAt.y);
    await expect
      .poll(async () => oneLine(await page.locator("#details blockquote").first().innerText()))
      .toBe(sentence);

    await page.screenshot({ path: new URL("explore.png", SCREENSHOTS).pathname });
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("e2e: playground", () => {
  it("opens GraphiQL with the founding article's examples, runs one and shows 32/2021/NĐ-CP", async () => {
    const { page, foreignRequests, problems } = await browser.open();
    await page.goto(`${origin}/graphql`);
    const tabs = page.locator(".graphiql-tab");
    await expect
      .poll(() => tabs.allInnerTexts(), { timeout: 30_000 })
      .toEqual([
        "UpFrom03TTQU",
        "DownFromNQ97",
        "ReviewMeeting",
        "SearchNoDiacritics",
        "BodyTimeline",
        "EndedBodies",
      ]);
    await expect
      .poll(() => visibleText(page, ".graphiql-query-editor"), { timeout: 30_000 })
      .toContain('implementationChain(document: "03-TT/QU", direction: UP)');

    const answer = page.waitForResponse(
      (response) =>
        response.url() === app.url &&
        response.request().method() === "POST" &&
        (response.request().postData() ?? "").includes("UpFrom03TTQU"),
    );
    await page.locator(".graphiql-execute-button").click();
    expect(await (await answer).text()).toContain("32/2021/NĐ-CP");
    await expect
      .poll(() => visibleText(page, ".graphiql-response"), { timeout: 30_000 })
      .toContain("Nghị định 32/2021/NĐ-CP");

    // The review meeting's example comes with the meeting's id already filled in.
    const { search } = await api<{ search: { id: string }[] }>(
      `{ search(text: "hoi nghi so ket", types: [MEETING], limit: 1) { id } }`,
    );
    await tabs.nth(2).click();
    await expect
      .poll(() => visibleText(page, ".graphiql-editor-tool"))
      .toContain(`"focus": "${search[0]?.id}"`);
    await tabs.nth(0).click();
    await expect
      .poll(() => visibleText(page, ".graphiql-response"), { timeout: 30_000 })
      .toContain("Nghị định 32/2021/NĐ-CP");

    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByText("Query", { exact: true }).click();
    await expect.poll(() => docs.innerText()).toContain("implementationChain");

    await page.screenshot({ path: new URL("playground.png", SCREENSHOTS).pathname });
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("leaves /graphql to the API for everything but a browser's page load", async () => {
    const page = await fetch(app.url, { headers: { accept: "text/html,*/*;q=0.8" } });
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const get = await fetch(`${app.url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "text/html,*/*;q=0.8", "apollo-require-preflight": "true" },
    });
    expect(await get.json()).toEqual({ data: { __typename: "Query" } });
    const post = await fetch(app.url, {
      method: "POST",
      headers: { accept: "text/html, application/json", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await post.json()).toEqual({ data: { __typename: "Query" } });
  });
});
