import { createWebHandler } from "./createWebHandler.js";
import { WEB_DIST_DIR } from "./webPaths.js";

export { createWebHandler, type WebRequestHandler } from "./createWebHandler.js";
export { ensureWebAssets, type WebAssetsOptions, type WebAssetsStatus } from "./ensureWebAssets.js";
export { WEB_DIR, WEB_DIST_DIR } from "./webPaths.js";

/**
 * Serves the browser pages (GraphiQL at GET /graphql for browsers, the explorer at
 * /explore) and their assets. Resolves to false when the request is not for them.
 */
export const handleWebRequest = createWebHandler(WEB_DIST_DIR);
