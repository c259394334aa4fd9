import { fileURLToPath } from "node:url";

// src/api/web and dist/api/web sit at the same depth below the repository root.
/** The Vite project of the browser pages (web/). */
export const WEB_DIR = fileURLToPath(new URL("../../../web/", import.meta.url));

/** Where `npm run build:web` puts the pages and their assets (web/dist/). */
export const WEB_DIST_DIR = fileURLToPath(new URL("../../../web/dist/", import.meta.url));

/** The built pages, relative to the dist directory. */
export const PAGES = {
  explore: "explore/index.html",
  playground: "playground/index.html",
} as const;
