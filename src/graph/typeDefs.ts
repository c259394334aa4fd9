import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// src/graph and dist/graph sit at the same depth, so one relative path serves both.
const SCHEMA_DIR = fileURLToPath(new URL("../../schema/", import.meta.url));

/** The GraphQL type definitions in schema/*.graphql, concatenated in a stable order. */
export function loadTypeDefs(dir: string = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => readFileSync(`${dir}${name}`, "utf8"))
    .join("\n");
}
