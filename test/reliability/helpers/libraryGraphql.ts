import { createRequire } from "node:module";

// @neo4j/graphql builds its schemas with graphql's CommonJS build, which is what Node
// resolves "graphql" to. Under vitest a bare import of "graphql" gets the package's ES
// module build instead: a second realm, whose graphql() refuses the library's schema.
// Tests that execute such a schema directly use the library's own copy.
const require = createRequire(import.meta.url);

export const { graphql } = require("graphql") as typeof import("graphql");
