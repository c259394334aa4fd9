import { defineConfig } from "vitest/config";

// Node resolves "graphql" to its CommonJS build for every importer (the package has no
// exports map), so @neo4j/graphql and govgraph share one copy. Vite would hand
// govgraph's sources the .mjs build instead: a second graphql whose type checks
// (isObjectType, getNamedType) refuse the schema @neo4j/graphql built.
const resolve = { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/integration/globalSetup.ts"],
          // One embedded Neo4j serves the whole run; files share it one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          // The real app in headless Chromium, on its own throwaway Neo4j.
          globalSetup: ["test/integration/globalSetup.ts"],
          fileParallelism: false,
          // Starting may build the browser pages with Vite first (about half a minute).
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        resolve,
        test: {
          name: "reliability",
          include: ["test/reliability/**/*.test.ts"],
          // Its own throwaway Neo4j: transaction counts must see only this project's work.
          // The fault tests start further instances of their own.
          globalSetup: ["test/integration/globalSetup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
