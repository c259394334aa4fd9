import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const webDir = fileURLToPath(new URL(".", import.meta.url));

/**
 * The two browser pages govgraph serves: the GraphiQL playground (GET /graphql from a
 * browser) and the graph explorer (/explore). Everything they need — scripts, Monaco's
 * web workers, fonts — ends up in web/dist, so the pages work with no internet.
 */
export default defineConfig({
  root: webDir,
  // Absolute asset URLs: the playground's page is served at /graphql, not /playground/.
  base: "/",
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    // Monaco alone is several megabytes; the pages are served from the local machine.
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      // React libraries mark modules "use client" for server frameworks; a browser bundle
      // has no server side, so Rollup dropping the directive is expected, not a problem.
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
      input: {
        explore: fileURLToPath(new URL("explore/index.html", import.meta.url)),
        playground: fileURLToPath(new URL("playground/index.html", import.meta.url)),
      },
    },
  },
  // Monaco's language workers import modules of their own; only ES workers can.
  worker: { format: "es" },
});
