import DataLoader from "dataloader";
import type { Driver } from "neo4j-driver";
import { SOURCES_BY_ID } from "../graph/queries/index.js";
import { runRead } from "../graph/runRead.js";

export interface SourceSummary {
  id: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
}

/** Per-request batch loaders: every lookup of one kind in a request is one statement. */
export interface Loaders {
  readonly sourceById: DataLoader<string, SourceSummary | null>;
}

export function createLoaders(
  driver: Driver,
  options: { database?: string; timeoutMs: number; counter: { count: number } },
): Loaders {
  return {
    sourceById: new DataLoader(async (ids) => {
      const rows = await runRead<SourceSummary>(
        driver,
        SOURCES_BY_ID,
        { ids: [...ids] },
        { ...options, what: "sources" },
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
