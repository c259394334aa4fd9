import { fetchGraphQL } from "../shared/fetchGraphQL.js";
import { SOURCES, type SourceSummary } from "./queries.js";

const known = new Map<string, Promise<SourceSummary | null>>();

/**
 * Titles, links and dates of sources by id. A graph view's edges carry only source ids;
 * hovering them asks once per id for the rest.
 */
export function sourceSummaries(ids: readonly string[]): Promise<(SourceSummary | null)[]> {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  if (missing.length > 0) {
    const fetched = fetchGraphQL<{ sources: SourceSummary[] }>(SOURCES, { ids: missing }).then(
      (data) => new Map(data.sources.map((source) => [source.id, source])),
      () => new Map<string, SourceSummary>(),
    );
    for (const id of missing)
      known.set(
        id,
        fetched.then((byId) => byId.get(id) ?? null),
      );
  }
  return Promise.all(ids.map((id) => known.get(id) ?? Promise.resolve(null)));
}
