export { resolveMentions } from "./resolveMentions.js";
