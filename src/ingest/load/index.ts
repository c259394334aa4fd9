export { planLoad, validDate, type SourceInfo } from "./planLoad.js";
export { loadPlan, type LoadResult, type Tally } from "./loadExtraction.js";
export type { LoadPlan } from "./LoadPlan.js";
export { EDGE_SHAPES, type EdgeShape } from "./LoadPlan.js";
export { BODY_SETS, DOCUMENT_SETS, STATUS_AFTER_CHANGE } from "./loadStatements.js";
export { dateStoredBodies } from "./dateStoredBodies.js";
