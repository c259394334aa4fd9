import { extractText, toContractJson, type ContractJson } from "../../../../src/ingest/index.js";

/** Runs the whole pipeline on a short text and returns the contract JSON without evidence. */
export function facts(text: string, publishedAt?: string): ContractJson {
  const json = toContractJson(extractText(text, publishedAt ? { publishedAt } : {}));
  return JSON.parse(
    JSON.stringify(json, (key, value: unknown) => (key === "evidence" ? undefined : value)),
  ) as ContractJson;
}

/** "TYPE from → to" lines, for comparing relations. */
export function relationLines(json: ContractJson): string[] {
  const end = (e: ContractJson["relations"][number]["from"]): string => {
    if ("body" in e) return `body:${e.body}`;
    if ("person" in e) return `person:${e.person}`;
    if ("meeting" in e) return `meeting:${e.meeting}`;
    return e.document === null ? `(${e.kind}${e.title ? `: ${e.title}` : ""})` : e.document;
  };
  return json.relations.map((r) => `${r.type} ${end(r.from)} → ${end(r.to)}`).sort();
}
