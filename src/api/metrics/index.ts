export { createApiMetrics, type ApiMetrics } from "./createApiMetrics.js";
export { readDriverPool, type PoolCounts } from "./readDriverPool.js";
export { createOperationLabeller, MAX_OPERATION_LABELS } from "./operationLabel.js";
