import { element } from "./element.js";
import { excerptAround } from "./excerptAround.js";
import type { EdgeData, EvidenceItem } from "./graphElements.js";
import { sourceSummaries } from "./sourceSummaries.js";

/** Only links a reader can follow safely leave the page. */
function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/**
 * How a node is named in running text: a document by its code (and the short
 * "32/NĐ-CP" that articles also write), anything else by its label.
 */
function mentionTerms(label: string): string[] {
  const code = label.split(" ").at(-1) ?? "";
  if (!/\d/.test(code) || !/[/-]/.test(code)) return [label];
  const short = /^(\d+)\/\d{4}\/(.+)$/.exec(code);
  return short ? [code, `${short[1]}/${short[2]}`] : [code];
}

function sentenceView(sentence: string, terms: string[], maxLength: number): HTMLElement {
  return element(
    "blockquote",
    { class: "evidence-sentence" },
    ...excerptAround(sentence, terms, maxLength).map((segment) =>
      segment.marked ? element("mark", {}, segment.text) : segment.text,
    ),
  );
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

/** The tooltip shows up to this many sentences, each cut to the words around the codes. */
const TOOLTIP_SENTENCES = 2;
const TOOLTIP_EXCERPT = 220;

/**
 * The sentences that state a relation and their sources: in brief for the hover tooltip
 * ("excerpt"), whole for the details panel ("full"). The two ends are marked in each
 * sentence. Sources of graph-view edges are looked up by id, then filled in.
 */
export function evidenceView(
  edge: EdgeData,
  sourceLabel: string,
  targetLabel: string,
  mode: "excerpt" | "full",
): HTMLElement {
  const terms = [...mentionTerms(targetLabel), ...mentionTerms(sourceLabel)];
  const items = edge.evidence;
  const shown = mode === "excerpt" ? TOOLTIP_SENTENCES : items.length;
  const list = element("ol", { class: "evidence-list" });
  const render = (evidence: EvidenceItem[]) => {
    list.replaceChildren(
      ...evidence
        .slice(0, shown)
        .map((item) =>
          element(
            "li",
            {},
            sentenceView(
              item.sentence,
              terms,
              mode === "excerpt" ? TOOLTIP_EXCERPT : Number.POSITIVE_INFINITY,
            ),
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
  const more = items.length - shown;
  return element(
    "div",
    { class: "evidence" },
    element("div", { class: "evidence-relation" }, element("strong", {}, edge.label)),
    element("div", { class: "evidence-ends" }, `${sourceLabel} → ${targetLabel}`),
    items.length > 0
      ? list
      : element("p", { class: "muted" }, "No sentence recorded for this relation."),
    mode === "excerpt" && items.length > 0
      ? element(
          "p",
          { class: "evidence-hint" },
          more > 0
            ? `${more} more source${more === 1 ? "" : "s"}: click the relation to read them all.`
            : "Click the relation to read the whole sentence.",
        )
      : null,
  );
}
