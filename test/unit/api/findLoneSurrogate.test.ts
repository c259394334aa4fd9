import { describe, expect, it } from "vitest";
import { findLoneSurrogate } from "../../../src/api/findLoneSurrogate.js";

describe("api: well-formed request strings", () => {
  it("accepts Vietnamese, emoji (surrogate pairs) and controls", () => {
    expect(
      findLoneSurrogate({
        query: "{ a }",
        variables: { t: "Nghị định 😀 \u0000", list: ["ổ", 1, null] },
      }),
    ).toBeUndefined();
  });

  it("names where a lone surrogate sits", () => {
    expect(findLoneSurrogate({ variables: { input: [{ id: "x" }, { title: "a\ud800b" }] } })).toBe(
      "variables.input[1].title",
    );
    expect(findLoneSurrogate({ variables: { "k\udc00": 1 } })).toBe("variables.k\udc00");
    expect(findLoneSurrogate(["\udfff"])).toBe("[0]");
    expect(findLoneSurrogate("\ud83d")).toBe("the request");
  });

  it("walks deeply nested input without exhausting the stack", () => {
    let deep: unknown = "\ud800";
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    expect(findLoneSurrogate(deep)).toMatch(/^\[0\](\[0\])+$/);
  });
});
