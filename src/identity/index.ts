export { parseDocumentCode, tidyCode, type DocumentCode } from "./parseDocumentCode.js";
export { documentId, unnumberedDocumentId, isNationallyUnique, fnv1a } from "./documentId.js";
export { bodyKey } from "./bodyKey.js";
