export { startGovgraph, type RunningGovgraph } from "./startGovgraph.js";
export { openDatabase, type Database } from "./openDatabase.js";
