import { fetchGraphQL } from "../shared/fetchGraphQL.js";
import { element } from "./element.js";
import { NODE_LOOKS } from "./nodeLooks.js";
import { SEARCH, type SearchHit } from "./queries.js";

export interface SearchBox {
  /** Runs a search for `text` and picks its best hit, as if the reader had pressed Enter. */
  searchAndPick(text: string): Promise<void>;
  /** Shows what was picked in the box without searching again. */
  showPicked(label: string): void;
}

/**
 * The one search box: the API's search reads codes in any spelling and names with or
 * without diacritics, so the box only waits for a pause in typing and lists the hits.
 */
export function createSearchBox(
  input: HTMLInputElement,
  list: HTMLUListElement,
  onPick: (hit: SearchHit) => void,
  onError: (message: string) => void,
): SearchBox {
  let hits: SearchHit[] = [];
  /** The text `hits` answer: Enter must never pick a hit for what was typed before. */
  let hitsFor = "";
  let active = -1;
  let pending: AbortController | undefined;
  let timer: number | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  };

  const pick = (hit: SearchHit) => {
    window.clearTimeout(timer);
    pending?.abort();
    close();
    input.value = hit.label;
    onPick(hit);
  };

  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, index) => {
        const look = NODE_LOOKS[hit.type];
        const item = element(
          "li",
          {
            role: "option",
            class: index === active ? "hit active" : "hit",
            "aria-selected": String(index === active),
            "data-id": hit.id,
          },
          element("span", { class: `type-dot type-${hit.type.toLowerCase()}`, title: look.name }),
          element(
            "span",
            { class: "hit-text" },
            element("span", { class: "hit-label" }, hit.label),
            hit.detail ? element("span", { class: "hit-detail" }, hit.detail) : null,
          ),
        );
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          pick(hit);
        });
        return item;
      }),
    );
    if (hits.length === 0 && input.value.trim() !== "") {
      list.replaceChildren(
        element("li", { class: "no-hits" }, "Nothing found. Try a code such as 32/2021/NĐ-CP."),
      );
    }
    list.hidden = input.value.trim() === "";
    input.setAttribute("aria-expanded", String(!list.hidden));
  };

  const search = async (text: string): Promise<SearchHit[]> => {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    const data = await fetchGraphQL<{ search: SearchHit[] }>(SEARCH, { text }, controller.signal);
    return data.search;
  };

  const refresh = async (then: "list" | "pick" = "list") => {
    const text = input.value.trim();
    if (text === "") {
      hits = [];
      hitsFor = "";
      close();
      return;
    }
    try {
      hits = await search(text);
      hitsFor = text;
      active = hits.length > 0 ? 0 : -1;
      const [best] = hits;
      if (then === "pick" && best) pick(best);
      else if (document.activeElement === input) render();
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return;
      onError(error instanceof Error ? error.message : String(error));
    }
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void refresh(), 200);
  });
  input.addEventListener("focus", () => {
    if (hits.length > 0) render();
  });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      window.clearTimeout(timer);
      const chosen = hits[active];
      if (chosen && hitsFor === input.value.trim()) pick(chosen);
      else void refresh("pick");
    } else if (event.key === "Escape") {
      close();
    }
  });

  return {
    async searchAndPick(text) {
      input.value = text;
      await refresh("pick");
      if (hits.length === 0) onError(`nothing found for "${text}"`);
    },
    showPicked(label) {
      input.value = label;
      close();
    },
  };
}
