export { startGovgraph, type RunningGovgraph } from "./startGovgraph.js";
