import { readFile } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import { ingestText } from "../../src/ingest/ingestText.js";
import { resetDatabase } from "./neo4j.js";

/** The article govgraph was founded on (seed/), as the sample data of a fresh start. */
export const FOUNDING_ARTICLE = new URL(
  "../../seed/gia-thuy-so-ket-thong-tri-03.txt",
  import.meta.url,
);

/** Empties the test database and ingests the founding article alone. */
export async function loadFoundingArticle(driver: Driver): Promise<void> {
  await resetDatabase(driver);
  await ingestText(driver, await readFile(FOUNDING_ARTICLE));
}
