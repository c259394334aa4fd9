import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { extractText, toContractJson } from "../../../src/ingest/index.js";

// The founding article and its gold live in ../shared beside the project (shared/README.md);
// without them this test must fail, not pass vacuously.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const shared = path.resolve(root, "..", "shared");
const seed = path.join(shared, "seeds", "gia-thuy-so-ket-thong-tri-03.txt");
const goldFile = path.join(shared, "eval", "gold", "gia-thuy-so-ket-thong-tri-03.gold.json");
const scorerFile = path.join(shared, "eval", "score.mjs");

const CATEGORIES = ["documents", "bodies", "people", "positions", "meetings", "relations"] as const;

interface Counts {
  tp: number;
  nPred: number;
  nGold: number;
}
type Scored = Record<(typeof CATEGORIES)[number], Counts> & {
  missedRelations: string[];
  extraRelations: string[];
};

function f1({ tp, nPred, nGold }: Counts): number {
  const p = nPred ? tp / nPred : nGold ? 0 : 1;
  const r = nGold ? tp / nGold : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function requireShared(): void {
  for (const file of [seed, goldFile, scorerFile]) {
    if (!existsSync(file)) {
      throw new Error(
        `../shared must be beside the project with the founding article; missing ${file}`,
      );
    }
  }
}

describe("ingest pipeline: the founding article", () => {
  it("finds the seed, its gold and the scorer in ../shared", () => {
    expect(requireShared).not.toThrow();
  });

  it("scores F1 1.000 in every category of shared/eval/score.mjs", async () => {
    requireShared();
    const { score } = (await import(pathToFileURL(scorerFile).href)) as {
      score: (pred: unknown, gold: unknown) => Scored;
    };
    const pred = toContractJson(extractText(readFileSync(seed)));
    const result = score(pred, JSON.parse(readFileSync(goldFile, "utf8")));
    expect(result.missedRelations).toEqual([]);
    expect(result.extraRelations).toEqual([]);
    for (const category of CATEGORIES)
      expect([category, f1(result[category])]).toEqual([category, 1]);
  });

  it("quotes every fact's sentence from where it stands in the original text", () => {
    requireShared();
    const original = readFileSync(seed, "utf8");
    const extraction = extractText(original);
    const facts = [
      ...extraction.documents,
      ...extraction.bodies,
      ...extraction.people,
      ...extraction.meetings,
      ...extraction.relations,
    ];
    expect(facts.length).toBeGreaterThan(30);
    for (const { evidence } of facts) {
      expect(evidence.sentence.length).toBeGreaterThan(0);
      // The article is plain text: its sentences are quoted as written, on one line.
      expect(original.slice(evidence.start, evidence.end).replace(/\s+/gu, " ")).toBe(
        evidence.sentence,
      );
    }
  });

  it("reads the meeting's date, venue and organizer and who took part in which role", () => {
    requireShared();
    const extraction = extractText(readFileSync(seed));
    expect(extraction.meetings).toEqual([
      expect.objectContaining({
        key: "m1",
        date: "2022-06-30",
        venue: "Hội trường Nhà văn hóa phường Gia Thụy",
        organizer: "Đảng ủy phường Gia Thụy",
      }),
    ]);
    const roles = extraction.relations
      .filter((r) => r.type === "ATTENDED")
      .map((r) => `${"person" in r.from ? r.from.person : ""}:${r.role}`)
      .sort();
    expect(roles).toEqual([
      "Nguyễn Thành Biên:ATTENDEE",
      "Phan Việt Hưng:ATTENDEE",
      "Phan Việt Hưng:SPEAKER",
      "Đặng Việt Phương:ATTENDEE",
      "Đặng Việt Phương:PRESENTER",
    ]);
  });
});
