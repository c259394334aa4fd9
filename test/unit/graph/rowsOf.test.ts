import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../../src/errors.js";
import { rowsOf } from "../../../src/graph/rowsOf.js";

describe("rowsOf", () => {
  it("pairs the values of every column by position, nulls included", () => {
    expect(rowsOf({ id: ["a", "b", "c"], code: ["1/KH", null, "3/KH"], depth: [0, 1, 1] })).toEqual(
      [
        { id: "a", code: "1/KH", depth: 0 },
        { id: "b", code: null, depth: 1 },
        { id: "c", code: "3/KH", depth: 1 },
      ],
    );
  });

  it("answers no rows for empty columns", () => {
    expect(rowsOf({ source: [], target: [] })).toEqual([]);
  });

  it("refuses columns of different lengths instead of pairing one row's values with another's", () => {
    expect(() => rowsOf({ id: ["a", "b"], code: ["1/KH"] })).toThrow(
      expect.objectContaining({
        code: ErrorCode.INTERNAL,
        message: "the answer's columns differ in length: 'id' has 2 values, 'code' 1",
      }),
    );
  });
});
