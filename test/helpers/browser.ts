import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium, installed by .ci/install-browser.sh. */
export const CHROMIUM = "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export interface TestBrowser {
  /** A new tab that records what it asks of other origins and what goes wrong in it. */
  open(): Promise<TestPage>;
  close(): Promise<void>;
}

export interface TestPage {
  readonly page: Page;
  /** Requests to anything but the app's own origin (a CDN, a font service…). */
  readonly foreignRequests: string[];
  /** Uncaught exceptions and console errors. */
  readonly problems: string[];
}

/**
 * Headless Chromium with a fresh profile, at a fixed window size so screenshots compare.
 * `origin` is the app's own origin: every other request a page makes is recorded.
 */
export async function launchTestBrowser(origin: string): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `the end-to-end tests drive Debian's Chromium at ${CHROMIUM}; install it with 'sudo bash .ci/install-browser.sh'`,
    );
  }
  const profile = await mkdtemp(path.join(os.tmpdir(), "govgraph-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      locale: "vi-VN",
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    async open() {
      const page = await context.newPage();
      const foreignRequests: string[] = [];
      const problems: string[] = [];
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      });
      return { page, foreignRequests, problems };
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
