import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expandPaths, parseIngestArgs } from "../../../src/cli/commands/ingest.js";

describe("cli: govgraph ingest's arguments", () => {
  it("reads --province in both spellings, beside --dry-run and the paths", () => {
    expect(parseIngestArgs(["--province", "thành phố Hà Nội", "a.txt", "--dry-run"])).toEqual({
      dryRun: true,
      province: "thành phố Hà Nội",
      inputs: ["a.txt"],
    });
    expect(parseIngestArgs(["--province=Đắk Nông", "dir"])).toEqual({
      dryRun: false,
      province: "Đắk Nông",
      inputs: ["dir"],
    });
  });

  it("refuses --province without a name", () => {
    expect(() => parseIngestArgs(["a.txt", "--province"])).toThrow(
      "--province needs a province's name",
    );
  });

  it("reads --place, and refuses one it cannot read before reading any text", () => {
    expect(parseIngestArgs(["--place=huyện Đắk Song, tỉnh Đắk Nông", "dir"])).toEqual({
      dryRun: false,
      place: "huyện Đắk Song, tỉnh Đắk Nông",
      inputs: ["dir"],
    });
    expect(() => parseIngestArgs(["--place", "Đắk Song", "dir"])).toThrow("cannot read 'Đắk Song'");
    expect(() => parseIngestArgs(["--place", "huyện Đắk Song, tỉnh Vũ Đại", "dir"])).toThrow(
      "cannot read 'tỉnh Vũ Đại'",
    );
    expect(() => parseIngestArgs(["dir", "--place"])).toThrow("--place needs a place");
  });
});

describe("cli: the texts govgraph ingest reads from a folder", () => {
  it("reads every text file below it but the folder's own notes, and a note named on its own", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "govgraph-ingest-"));
    try {
      await mkdir(path.join(dir, "news"));
      for (const file of [
        "a.txt",
        "news/b.md",
        "news/c.html",
        "SOURCES.md",
        "README.md",
        "news/readme.txt",
        "LICENSE.txt",
        "notes.pdf",
      ])
        await writeFile(path.join(dir, file), "x");
      const names = (files: string[]) => files.map((f) => path.relative(dir, f));
      expect(names(await expandPaths([dir]))).toEqual(["a.txt", "news/b.md", "news/c.html"]);
      expect(names(await expandPaths([path.join(dir, "SOURCES.md")]))).toEqual(["SOURCES.md"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
