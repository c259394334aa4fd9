import { element } from "./element.js";
import type { EdgeData, EvidenceItem } from "./graphElements.js";
import { sourceSummaries } from "./sourceSummaries.js";

/** Only links a reader can follow safely leave the page. */
function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function sourceLine(item: EvidenceItem): HTMLElement {
  const source = item.source;
  const title = source?.title ?? item.sourceId ?? "unknown source";
  const url = safeUrl(source?.url);
  const name = url
    ? element("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, title)
    : element("span", {}, title);
  const date = source?.publishedAt
    ? element("span", { class: "evidence-date" }, ` · ${source.publishedAt}`)
    : null;
  return element("div", { class: "evidence-source" }, "— ", name, date);
}

/**
 * The sentences that state a relation and their sources, as shown in the hover tooltip
 * and the details panel. Sources of graph-view edges are looked up by id, then filled in.
 */
export function evidenceView(
  edge: EdgeData,
  sourceLabel: string,
  targetLabel: string,
): HTMLElement {
  const items = edge.evidence;
  const list = element("ol", { class: "evidence-list" });
  const render = (evidence: EvidenceItem[]) => {
    list.replaceChildren(
      ...evidence.map((item) =>
        element(
          "li",
          {},
          element("blockquote", { class: "evidence-sentence" }, item.sentence),
          sourceLine(item),
        ),
      ),
    );
  };
  render(items);
  const unresolved = items.filter((item) => !item.source && item.sourceId);
  if (unresolved.length > 0) {
    void sourceSummaries(items.map((item) => item.sourceId ?? "")).then((sources) => {
      const filled = items.map((item, index) => ({
        ...item,
        source: item.source ?? sources[index] ?? null,
      }));
      edge.evidence = filled;
      render(filled);
    });
  }
  return element(
    "div",
    { class: "evidence" },
    element("div", { class: "evidence-relation" }, element("strong", {}, edge.label)),
    element("div", { class: "evidence-ends" }, `${sourceLabel} → ${targetLabel}`),
    items.length > 0
      ? list
      : element("p", { class: "muted" }, "No sentence recorded for this relation."),
  );
}
