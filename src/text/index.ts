export { foldVietnamese, normalizeDashes } from "./foldVietnamese.js";
export { normalizeToneMarks } from "./normalizeToneMarks.js";
export { slugify } from "./slugify.js";
