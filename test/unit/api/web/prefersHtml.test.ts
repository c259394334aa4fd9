import { describe, expect, it } from "vitest";
import { prefersHtml } from "../../../../src/api/web/prefersHtml.js";

describe("api/web: prefersHtml", () => {
  it.each([
    ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true],
    ["text/html", true],
    ["application/json, text/html", true],
    ["TEXT/HTML; q=0.9, application/json; q=0.5", true],
    ["application/json", false],
    ["application/json, multipart/mixed", false],
    ["application/graphql-response+json, application/json;q=0.9", false],
    ["*/*", false],
    ["text/*", false],
    ["application/json, text/html;q=0.5", false],
    ["text/html;q=0", false],
    ["", false],
    [undefined, false],
  ])("%j → %s", (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});
