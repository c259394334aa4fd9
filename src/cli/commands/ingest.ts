import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import { openDatabase } from "../../app/index.js";
import { loadConfig } from "../../config.js";
import { ErrorCode, GovgraphError, isGovgraphError } from "../../errors.js";
import { readPublisherPlace } from "../../ingest/extract/index.js";
import { readSource } from "../../ingest/pipeline.js";
import { ingestText } from "../../ingest/ingestText.js";
import type { LoadResult } from "../../ingest/load/index.js";
import { createLogger } from "../../logger.js";
import type { Command } from "../Command.js";
import { createProgress } from "../progress.js";
import { printIngestSummary, type IngestOutcome } from "./ingestSummary.js";

const TEXT_FILES = "**/*.{txt,md,html,htm}";
// A folder's own notes describe its texts and are none of them: a corpus's SOURCES.md
// lists hundreds of numbers and issuers in a table.
const FOLDER_NOTES = [
  "README",
  "SOURCES",
  "LICENSE",
  "LICENCE",
  "CHANGELOG",
  "CONTRIBUTING",
  "NOTICE",
]
  .flatMap((name) => [name, name.toLowerCase(), name.charAt(0) + name.slice(1).toLowerCase()])
  .map((name) => `**/${name}.*`);

/**
 * Files, folders (their text files, recursively, without the folder's README, SOURCES
 * or LICENSE) and globs → a sorted, de-duplicated list. A file named on its own is read
 * whatever its name.
 */
export async function expandPaths(inputs: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isFile()) files.add(path.resolve(input));
    else if (info?.isDirectory()) {
      const found = await glob(TEXT_FILES, { cwd: input, absolute: true, ignore: FOLDER_NOTES });
      for (const file of found) files.add(file);
    } else {
      const matched = await glob(input, { absolute: true, onlyFiles: true });
      if (matched.length === 0) {
        throw new GovgraphError(
          ErrorCode.BAD_USER_INPUT,
          `no file, folder or glob match for '${input}'`,
        );
      }
      for (const file of matched) files.add(file);
    }
  }
  return [...files].sort();
}

export const ingestCommand: Command = {
  name: "ingest",
  summary: "read texts (files, folders, globs) and merge what they say into the graph",
  usage: `Usage: govgraph ingest [--dry-run] [--province NAME] [--place PLACE] PATH...

A folder is read for its .txt, .md and .html files, recursively, leaving out its own
README, SOURCES, LICENSE and CHANGELOG notes (name such a file to read it anyway).
Each text is normalised, extracted, resolved and loaded in its own transaction: a text
that fails leaves no trace and the others still load. --dry-run extracts without
writing. --province names the province the texts' publisher belongs to (a ward's or a
province's website, "thành phố Hà Nội"): district and commune bodies a text does not
place itself are placed there. --place names the publisher's place below its province,
levels lowest first ("huyện Đắk Song, tỉnh Đắk Nông" for a district's website): what a
text names by its level word alone ("huyện ủy", "UBND huyện") is that place's, unless
the text names another place of that level. Exits 1 when any text failed.`,
  async run(args) {
    const { dryRun, province, place, inputs } = parseIngestArgs(args);
    if (inputs.length === 0)
      throw new GovgraphError(ErrorCode.BAD_USER_INPUT, "give at least one file, folder or glob");
    const files = await expandPaths(inputs);
    const config = loadConfig();
    const logger = createLogger(config.logLevel);
    const database = dryRun ? undefined : await openDatabase(config, logger);
    const outcomes: IngestOutcome[] = [];
    const progress = createProgress("ingest", files.length, process.stderr, "texts");
    const started = Date.now();
    try {
      for (const [index, file] of files.entries()) {
        const name = path.relative(process.cwd(), file);
        try {
          const input = await readFile(file);
          const meta = { ...(province ? { province } : {}), ...(place ? { place } : {}) };
          const result: LoadResult | undefined = database
            ? await ingestText(database.driver, input, meta, { database: config.neo4j.database })
            : dryRunResult(readSource(input, meta));
          outcomes.push({ file: name, result });
        } catch (error) {
          if (!isGovgraphError(error)) logger.error(`unexpected failure on ${name}`, error);
          outcomes.push({
            file: name,
            error: isGovgraphError(error) ? error.message : String(error),
          });
        }
        progress.tick(index + 1, name.length > 40 ? `…${name.slice(-39)}` : name);
      }
    } finally {
      progress.finish();
      await database?.close();
    }
    printIngestSummary(outcomes, Date.now() - started, dryRun);
    return outcomes.some((o) => o.error) ? 1 : 0;
  },
};

/** "--dry-run", "--province NAME", "--place PLACE" (or "--option=VALUE"), and the paths. */
export function parseIngestArgs(args: readonly string[]): {
  dryRun: boolean;
  province?: string;
  place?: string;
  inputs: string[];
} {
  let dryRun = false;
  const values: { province?: string; place?: string } = {};
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const option = (["province", "place"] as const).find(
      (name) => arg === `--${name}` || arg.startsWith(`--${name}=`),
    );
    if (arg === "--dry-run") dryRun = true;
    else if (option) {
      const value = arg === `--${option}` ? args[++i] : arg.slice(`--${option}=`.length);
      if (!value) {
        throw new GovgraphError(
          ErrorCode.BAD_USER_INPUT,
          option === "province"
            ? "--province needs a province's name"
            : "--place needs a place ('huyện Đắk Song, tỉnh Đắk Nông')",
        );
      }
      values[option] = value;
    } else inputs.push(arg);
  }
  // A place that cannot be read is refused before any text is.
  if (values.place) readPublisherPlace(values.place);
  return { dryRun, ...values, inputs };
}

function dryRunResult({ extraction }: ReturnType<typeof readSource>): LoadResult {
  const found = (n: number) => ({ created: n, matched: 0 });
  return {
    sourceId: "(dry run)",
    status: "loaded",
    documents: found(extraction.documents.length),
    bodies: found(extraction.bodies.length),
    people: found(extraction.people.length),
    meetings: found(extraction.meetings.length),
    relations: found(extraction.relations.length),
  };
}
