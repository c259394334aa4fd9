export { loadTypeDefs } from "./typeDefs.js";
export { connectNeo4j, type Neo4jTarget } from "./connectNeo4j.js";
export { applyMigrations, MIGRATIONS } from "./migrations.js";
export { countFoldedLocalIds } from "./countFoldedLocalIds.js";
export { translateNeo4jError } from "./neo4jErrors.js";
export { cypherParams } from "./cypherParams.js";
export { runRead, type ReadOptions } from "./runRead.js";
export { runReadJson } from "./runReadJson.js";
export { rowsOf, type Columns } from "./rowsOf.js";
