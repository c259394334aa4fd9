import { describe, expect, it } from "vitest";
import { parseJavaMajorVersion } from "../../../src/graph/embedded/findJava.js";
import { parseLauncherLine } from "../../../src/graph/embedded/launcherLine.js";

describe("graph: embedded launcher protocol", () => {
  it("reads the ready line", () => {
    const line =
      'GOVGRAPH_NEO4J_READY {"bolt":"bolt://127.0.0.1:41533","version":"5.26.30","dataDir":"/data/Hà Nội"}';
    expect(parseLauncherLine(line)).toEqual({
      kind: "ready",
      bolt: "bolt://127.0.0.1:41533",
      version: "5.26.30",
      dataDir: "/data/Hà Nội",
    });
  });

  it("reads error lines and maps unknown codes to STARTUP_FAILED", () => {
    expect(
      parseLauncherLine('GOVGRAPH_NEO4J_ERROR {"code":"DATA_DIR_LOCKED","message":"in use"}'),
    ).toEqual({ kind: "error", code: "DATA_DIR_LOCKED", message: "in use" });
    expect(parseLauncherLine('GOVGRAPH_NEO4J_ERROR {"code":"NEW_CODE","message":"x"}')).toEqual({
      kind: "error",
      code: "STARTUP_FAILED",
      message: "x",
    });
    expect(parseLauncherLine("GOVGRAPH_NEO4J_ERROR not json")).toEqual({
      kind: "error",
      code: "STARTUP_FAILED",
      message: "not json",
    });
  });

  it("ignores other lines and a ready line without its fields", () => {
    expect(parseLauncherLine("WARNING: An illegal reflective access operation")).toBeUndefined();
    expect(parseLauncherLine('GOVGRAPH_NEO4J_READY {"bolt":"bolt://127.0.0.1:1"}')).toBeUndefined();
  });

  it("reads Java's major version from `java -version`", () => {
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajorVersion('java version "1.8.0_402"')).toBe(8);
    expect(parseJavaMajorVersion("command not found")).toBeUndefined();
  });
});
