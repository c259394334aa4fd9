export { parseDocumentCode, tidyCode, type DocumentCode } from "./parseDocumentCode.js";
export { formatDocumentCode, type DocumentCodeParts } from "./formatDocumentCode.js";
export {
  codeKey,
  documentId,
  unnumberedDocumentId,
  isNationallyUnique,
  fnv1a,
} from "./documentId.js";
export { bodyKey, bodyId, placedKey, provinceKey, provinceTail } from "./bodyKey.js";
export { personId, meetingId, sourceId } from "./entityIds.js";
export { classifyBodyKind, classifyBodyLevel } from "./classifyBody.js";
