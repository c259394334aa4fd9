import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
        },
      },
      {
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
