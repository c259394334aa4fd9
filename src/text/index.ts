export { foldVietnamese, normalizeDashes } from "./foldVietnamese.js";
export { isInCapitals } from "./isInCapitals.js";
export { opensParagraph } from "./opensParagraph.js";
export { normalizeToneMarks } from "./normalizeToneMarks.js";
export { slugify } from "./slugify.js";
