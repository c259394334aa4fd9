export { parseDocumentCode, tidyCode, type DocumentCode } from "./parseDocumentCode.js";
export { formatDocumentCode, type DocumentCodeParts } from "./formatDocumentCode.js";
export { codeKey, documentId, unnumberedDocumentId, yearSlot, fnv1a } from "./documentId.js";
export { isNationallyUnique, nationalIssuerOf } from "./nationalIssuers.js";
export { bodyKey, bodyId, canonicalId, foldedId, localKey, provinceKey } from "./bodyKey.js";
export { isProvinceName, localBody, provincePlace } from "./provinces.js";
export { personId, meetingId, sourceId } from "./entityIds.js";
export { classifyBodyKind, classifyBodyLevel } from "./classifyBody.js";
export { hasCentralPartyMark, hasPartyCommitteeMark } from "./partyMarks.js";
export { partyCommitteeOf } from "./partyCommitteeOf.js";
export { bearerOn, bodyLifetime, type Lifetime } from "./bodyLifetime.js";
export {
  CENTRAL_REORGANISATION,
  ENDED_PROVINCES,
  OLD_CITIES,
  PROVINCES_2025,
  type ProvinceSpec,
  type Succession,
} from "./reorganisation.js";
