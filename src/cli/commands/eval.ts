import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ErrorCode, GovgraphError } from "../../errors.js";
import { extractText, toContractJson } from "../../ingest/index.js";
import type { Command } from "../Command.js";

interface Counts {
  readonly tp: number;
  readonly nPred: number;
  readonly nGold: number;
}

const CATEGORIES = ["documents", "bodies", "people", "positions", "meetings", "relations"] as const;
type Category = (typeof CATEGORIES)[number];
const ATTRIBUTES = ["kind", "issuer", "issuedOn", "year"] as const;

/** What shared/eval/score.mjs exports (it is plain JavaScript, so its shape is declared here). */
interface Scorer {
  score(
    pred: unknown,
    gold: unknown,
  ): Record<Category, Counts> & {
    attributes: Record<(typeof ATTRIBUTES)[number], [number, number]>;
    missedRelations: string[];
    extraRelations: string[];
  };
  fold(text: string): string;
  bodyKey(name: string): string;
  docKey(code: string): string | null;
}

interface GoldFile {
  readonly text?: string;
  readonly people?: readonly {
    name: string;
    aliases?: string[];
    optional?: boolean;
    positions?: readonly { title: string; body: string; optional?: boolean }[];
  }[];
  readonly documents?: readonly { code?: string | null; optional?: boolean }[];
  readonly bodies?: readonly { name: string; aliases?: string[]; optional?: boolean }[];
}

function prf({ tp, nPred, nGold }: Counts): { p: number; r: number; f1: number } {
  const p = nPred ? tp / nPred : nGold ? 0 : 1;
  const r = nGold ? tp / nGold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

async function loadScorer(file: string): Promise<Scorer> {
  if (!existsSync(file)) {
    throw new GovgraphError(
      ErrorCode.BAD_USER_INPUT,
      `the scorer must exist at '${file}' (use --scorer), got no file`,
    );
  }
  const scorer = (await import(pathToFileURL(path.resolve(file)).href)) as Partial<Scorer>;
  if (typeof scorer.score !== "function" || typeof scorer.fold !== "function") {
    throw new GovgraphError(
      ErrorCode.BAD_USER_INPUT,
      `'${file}' must export score() and fold(), got neither`,
    );
  }
  return scorer as Scorer;
}

function takeAll(args: string[], name: string): string[] {
  const values: string[] = [];
  for (let i = args.indexOf(name); i >= 0; i = args.indexOf(name)) {
    const value = args[i + 1];
    if (value === undefined)
      throw new GovgraphError(ErrorCode.BAD_USER_INPUT, `${name} needs a value`);
    values.push(value);
    args.splice(i, 2);
  }
  return values;
}

/** Lists what the prediction has that gold lacks, and the reverse, for one category. */
function differences(pred: Set<string>, gold: Map<string, boolean>): string[] {
  const out: string[] = [];
  for (const k of pred) if (!gold.has(k)) out.push(`  extra   ${k}`);
  for (const [k, optional] of gold) if (!optional && !pred.has(k)) out.push(`  missed  ${k}`);
  return out;
}

function details(
  scorer: Scorer,
  pred: ReturnType<typeof toContractJson>,
  gold: GoldFile,
): string[] {
  const docs = new Map<string, boolean>();
  for (const d of gold.documents ?? [])
    if (d.code) docs.set(`doc ${scorer.docKey(d.code)}`, !!d.optional);
  const bodies = new Map<string, boolean>();
  const bodyName = new Map<string, string>();
  for (const b of gold.bodies ?? []) {
    bodies.set(`body ${scorer.bodyKey(b.name)}`, !!b.optional);
    for (const alias of [b.name, ...(b.aliases ?? [])])
      bodyName.set(scorer.bodyKey(alias), scorer.bodyKey(b.name));
  }
  const people = new Map<string, boolean>();
  for (const p of gold.people ?? []) people.set(`person ${scorer.fold(p.name)}`, !!p.optional);
  const canon = (name: string) => bodyName.get(scorer.bodyKey(name)) ?? scorer.bodyKey(name);
  const predBody = (name: string) => `body ${canon(name)}`;
  const position = (person: string, title: string, body: string) =>
    `position ${scorer.fold(person)}|${scorer.fold(title)}|${canon(body)}`;
  const positions = new Map<string, boolean>();
  for (const p of gold.people ?? []) {
    for (const x of p.positions ?? []) {
      positions.set(position(p.name, x.title, x.body), !!(p.optional || x.optional));
    }
  }
  const predPositions = new Set(
    pred.people.flatMap((p) => p.positions.map((x) => position(p.name, x.title, x.body ?? ""))),
  );
  return [
    ...differences(
      new Set(
        pred.documents.filter((d) => d.code).map((d) => `doc ${scorer.docKey(d.code ?? "")}`),
      ),
      docs,
    ),
    ...differences(new Set(pred.bodies.map((b) => predBody(b.name))), bodies),
    ...differences(new Set(pred.people.map((p) => `person ${scorer.fold(p.name)}`)), people),
    ...differences(predPositions, positions),
  ];
}

export const evalCommand: Command = {
  name: "eval",
  summary: "score the extractor against gold files (precision, recall, F1 per category)",
  usage: `Usage: govgraph eval [--gold DIR]... [--scorer FILE] [--out DIR] [--min-f1 X] [-v] [CORPUS_DIR]

Runs the extractor over the text of every *.gold.json in the gold folders (default
test/gold/corpus and ../shared/eval/gold, where present), finding each text by the
gold file's "text" path or, failing that, by name in CORPUS_DIR; scores it with
../shared/eval/score.mjs and prints F1 per text and category, then the micro-average
over all texts. --out writes each prediction as NAME.json; -v lists what was missed
and what was extra. Exits 1 when an overall F1 is under --min-f1.`,
  async run(argv) {
    const args = [...argv];
    const verbose = args.includes("-v");
    if (verbose) args.splice(args.indexOf("-v"), 1);
    let goldDirs = takeAll(args, "--gold");
    const [scorerFile = path.resolve("..", "shared", "eval", "score.mjs")] = takeAll(
      args,
      "--scorer",
    );
    const [outDir] = takeAll(args, "--out");
    const [minText] = takeAll(args, "--min-f1");
    const minF1 = minText === undefined ? undefined : Number(minText);
    if (minF1 !== undefined && !(minF1 >= 0 && minF1 <= 1)) {
      throw new GovgraphError(
        ErrorCode.BAD_USER_INPUT,
        `--min-f1 must be a number from 0 to 1, got '${minText}'`,
      );
    }
    const unknown = args.find((a) => a.startsWith("-"));
    if (unknown) throw new GovgraphError(ErrorCode.BAD_USER_INPUT, `unknown option '${unknown}'`);
    if (args.length > 1)
      throw new GovgraphError(
        ErrorCode.BAD_USER_INPUT,
        `give at most one CORPUS_DIR, got ${args.length}`,
      );
    const corpusDir = args[0];
    if (goldDirs.length === 0) {
      goldDirs = [
        path.join("test", "gold", "corpus"),
        path.join("..", "shared", "eval", "gold"),
      ].filter((d) => existsSync(d));
    }
    if (goldDirs.length === 0)
      throw new GovgraphError(ErrorCode.BAD_USER_INPUT, "no gold folder found: give --gold DIR");
    const scorer = await loadScorer(scorerFile);
    if (outDir) await mkdir(outDir, { recursive: true });

    const total = Object.fromEntries(
      CATEGORIES.map((c) => [c, { tp: 0, nPred: 0, nGold: 0 }]),
    ) as Record<Category, { tp: number; nPred: number; nGold: number }>;
    const attributes = Object.fromEntries(ATTRIBUTES.map((a) => [a, [0, 0]])) as Record<
      string,
      [number, number]
    >;
    let texts = 0;
    let missing = 0;
    const width = 58;
    process.stdout.write(
      `${"text".padEnd(width)} ${CATEGORIES.map((c) => c.slice(0, 9).padStart(9)).join(" ")}\n`,
    );
    for (const dir of goldDirs) {
      for (const file of (await readdir(dir)).filter((f) => f.endsWith(".gold.json")).sort()) {
        const name = file.replace(/\.gold\.json$/u, "");
        const gold = JSON.parse(await readFile(path.join(dir, file), "utf8")) as GoldFile;
        const candidates = [
          ...(gold.text ? [path.resolve(dir, gold.text)] : []),
          ...(gold.text && corpusDir ? [path.join(corpusDir, path.basename(gold.text))] : []),
          ...(corpusDir ? [path.join(corpusDir, `${name}.txt`)] : []),
        ];
        const textFile = candidates.find((c) => existsSync(c));
        if (!textFile) {
          missing++;
          process.stdout.write(
            `${name.slice(0, width).padEnd(width)} text not found (${gold.text ?? name})\n`,
          );
          continue;
        }
        const pred = toContractJson(extractText(await readFile(textFile)));
        if (outDir)
          await writeFile(path.join(outDir, `${name}.json`), `${JSON.stringify(pred, null, 2)}\n`);
        const result = scorer.score(pred, gold);
        texts++;
        for (const c of CATEGORIES) {
          total[c].tp += result[c].tp;
          total[c].nPred += result[c].nPred;
          total[c].nGold += result[c].nGold;
        }
        for (const a of ATTRIBUTES) {
          const [ok, n] = result.attributes[a];
          const sum = attributes[a] ?? [0, 0];
          attributes[a] = [sum[0] + ok, sum[1] + n];
        }
        const cells = CATEGORIES.map((c) => prf(result[c]).f1.toFixed(3).padStart(9)).join(" ");
        process.stdout.write(`${name.slice(0, width).padEnd(width)} ${cells}\n`);
        if (verbose) {
          const lines = [
            ...details(scorer, pred, gold),
            ...result.missedRelations.map((k) => `  missed  ${k}`),
            ...result.extraRelations.map((k) => `  extra   ${k}`),
          ];
          if (lines.length) process.stdout.write(`${lines.join("\n")}\n`);
        }
      }
    }
    process.stdout.write(
      `\nmicro-average over ${texts} texts${missing ? ` (${missing} without text)` : ""}\n`,
    );
    let failed = false;
    for (const c of CATEGORIES) {
      const { p, r, f1 } = prf(total[c]);
      const { tp, nPred, nGold } = total[c];
      process.stdout.write(
        `${c.padEnd(10)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${tp}, pred ${nPred}, gold ${nGold})\n`,
      );
      if (minF1 !== undefined && f1 < minF1) failed = true;
    }
    const attrs = ATTRIBUTES.map((a) => {
      const [ok, n] = attributes[a] ?? [0, 0];
      return `${a} ${n ? (ok / n).toFixed(3) : "-"} (${ok}/${n})`;
    });
    process.stdout.write(`document attributes: ${attrs.join(", ")}\n`);
    return failed ? 1 : 0;
  },
};
