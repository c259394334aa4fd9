import { describe, expect, it } from "vitest";
import { parseIngestArgs } from "../../../src/cli/commands/ingest.js";

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
});
