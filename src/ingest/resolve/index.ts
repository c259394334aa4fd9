export { resolveMentions } from "./resolveMentions.js";
export { identityKey } from "./resolveBodies.js";
