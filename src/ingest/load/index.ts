export { planLoad, validDate, type SourceInfo } from "./planLoad.js";
export { loadPlan, type LoadResult, type Tally } from "./loadExtraction.js";
export type { LoadPlan } from "./LoadPlan.js";
export { EDGE_SHAPES } from "./LoadPlan.js";
