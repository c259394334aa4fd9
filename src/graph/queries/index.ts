export { IMPLEMENTATION_CHAIN } from "./implementationChain.js";
export { GRAPH_VIEW } from "./graphView.js";
export { SEARCH } from "./search.js";
export { DOCUMENT_BY_CODE } from "./documentByCode.js";
export { BODY_TIMELINE } from "./bodyTimeline.js";
export { PERSON_PROFILE } from "./personProfile.js";
export { SOURCES_BY_ID } from "./sourcesById.js";
export { PLACED_BODIES } from "./placedBodies.js";
