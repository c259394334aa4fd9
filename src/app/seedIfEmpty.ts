import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { ingestText } from "../ingest/ingestText.js";
import type { Logger } from "../logger.js";

// src/app and dist/app sit at the same depth below the repository root.
const SEED_DIR = fileURLToPath(new URL("../../seed/", import.meta.url));

/** Loads every text in seed/ when the graph holds no document yet; a second start reuses the data. */
export async function seedIfEmpty(driver: Driver, config: Config, logger: Logger): Promise<void> {
  const { records } = await driver.executeQuery(
    "MATCH (d:Document) RETURN count(d) > 0 AS seeded",
    {},
    { database: config.neo4j.database },
  );
  if (records[0]?.get("seeded") === true) return;
  const files = (await readdir(SEED_DIR)).filter((name) => name.endsWith(".txt")).sort();
  for (const file of files) {
    const result = await ingestText(
      driver,
      await readFile(`${SEED_DIR}${file}`),
      {},
      {
        database: config.neo4j.database,
      },
    );
    logger.info("sample text loaded", {
      file,
      documents: result.documents,
      relations: result.relations,
    });
  }
}
