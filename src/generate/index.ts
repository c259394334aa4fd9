export { generateGraph, GENERATED_UNTIL, type GenerateOptions } from "./generateGraph.js";
export { ANCHORS, type Anchor } from "./anchors.js";
export { buildCatalogue } from "./buildCatalogue.js";
export { countRows, type GeneratedRows } from "./GeneratedRows.js";
export { bulkLoad, type BulkLoadResult } from "./bulkLoad.js";
export { anchorIds, type AnchorIds } from "./anchorIds.js";
export { directorySize } from "./directorySize.js";
