import { access, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebAssets } from "../../src/api/index.js";
import { createLogger } from "../../src/logger.js";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "govgraph-webdist-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("e2e: building the browser pages", () => {
  it("builds the pages with Vite when they are missing, says so, and reuses them next time", async () => {
    const distDir = path.join(root, "dist");
    const lines: string[] = [];
    const logger = createLogger("info", (line) => lines.push(line));

    expect(await ensureWebAssets(logger, { distDir })).toBe("built");
    const messages = lines.map((line) => (JSON.parse(line) as { message: string }).message);
    expect(messages).toEqual([
      "building the browser pages (web/dist is missing)",
      "browser pages built",
    ]);

    const assets = new Set(await readdir(path.join(distDir, "assets")));
    for (const page of ["explore/index.html", "playground/index.html"]) {
      const html = await readFile(path.join(distDir, page), "utf8");
      const scripts = [...html.matchAll(/src="\/assets\/([^"]+\.js)"/g)].map((match) => match[1]);
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const script of scripts) expect(assets.has(script ?? ""), script).toBe(true);
      expect(html, `${page} loads nothing from elsewhere`).not.toMatch(
        /(src|href)="(https?:)?\/\//,
      );
    }
    // Monaco's workers and the Vietnamese subsets of the faces are bundled, not fetched.
    const names = [...assets];
    expect(names.some((name) => name.startsWith("graphql.worker-"))).toBe(true);
    expect(names.some((name) => name.startsWith("be-vietnam-pro-vietnamese-500-normal-"))).toBe(
      true,
    );
    expect(await readdir(root), "no staging directory left behind").toEqual(["dist"]);

    lines.length = 0;
    expect(await ensureWebAssets(logger, { distDir })).toBe("present");
    expect(lines).toEqual([]);
    // A full Vite build: half a minute alone, more on a two-core machine running other suites.
  }, 240_000);

  it("reports the pages unavailable, with the command that builds them, where there is no Vite project", async () => {
    const lines: string[] = [];
    const logger = createLogger("info", (line) => lines.push(line));
    const status = await ensureWebAssets(logger, {
      webDir: path.join(root, "no-web-project"),
      distDir: path.join(root, "no-web-project", "dist"),
    });
    expect(status).toBe("unavailable");
    expect(lines.join("\n")).toContain("npm run build:web");
    await expect(access(path.join(root, "no-web-project"))).rejects.toThrow();
  });

  it("keeps serving pages older than web/ where it cannot rebuild them, and says so", async () => {
    const webDir = path.join(root, "edited-web");
    const distDir = path.join(webDir, "dist");
    await mkdir(path.join(webDir, "src"), { recursive: true });
    await writeFile(path.join(webDir, "src", "main.ts"), "export {};");
    for (const page of ["explore", "playground"]) {
      await mkdir(path.join(distDir, page), { recursive: true });
      await writeFile(path.join(distDir, page, "index.html"), "<!doctype html>");
      const longAgo = new Date("2001-01-01T00:00:00Z");
      await utimes(path.join(distDir, page, "index.html"), longAgo, longAgo);
    }
    const lines: string[] = [];
    const logger = createLogger("info", (line) => lines.push(line));

    expect(await ensureWebAssets(logger, { webDir, distDir })).toBe("present");
    expect(lines.join("\n")).toContain("browser pages are older than web/");

    // Sources older than the build: nothing to do, nothing said.
    lines.length = 0;
    const earlier = new Date("2000-01-01T00:00:00Z");
    await utimes(path.join(webDir, "src", "main.ts"), earlier, earlier);
    expect(await ensureWebAssets(logger, { webDir, distDir })).toBe("present");
    expect(lines).toEqual([]);
  });
});
