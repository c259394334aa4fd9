import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveInside } from "../../../../src/api/web/resolveInside.js";

const ROOT = path.resolve("/srv/govgraph/web/dist/assets");

describe("api/web: resolveInside", () => {
  it("resolves a plain or percent-encoded file name inside the root", () => {
    expect(resolveInside(ROOT, "explore-AbC123.js")).toBe(path.join(ROOT, "explore-AbC123.js"));
    expect(resolveInside(ROOT, "fonts/be%20vietnam.woff2")).toBe(
      path.join(ROOT, "fonts", "be vietnam.woff2"),
    );
    expect(resolveInside(ROOT, "a/../b.js")).toBe(path.join(ROOT, "b.js"));
  });

  it("reads a leading slash as the root itself, never as the machine's root", () => {
    expect(resolveInside(ROOT, "/etc/passwd")).toBe(path.join(ROOT, "etc", "passwd"));
    expect(resolveInside(ROOT, "%2fetc%2fpasswd")).toBe(path.join(ROOT, "etc", "passwd"));
  });

  it.each([
    "../secret.txt",
    "../../../../etc/passwd",
    "..%2fsecret.txt",
    "%2e%2e/secret.txt",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..\\secret.txt",
    "..%5csecret.txt",
    "secret.txt%00.js",
    "%E0%A4%A",
    "",
    ".",
    "a/../../assets-other/x.js",
  ])("refuses %j, which would leave the root or is not a file name", (urlPath) => {
    expect(resolveInside(ROOT, urlPath)).toBeUndefined();
  });
});
