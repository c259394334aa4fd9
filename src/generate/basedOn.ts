import type { GenDoc, StatedRelation } from "./GeneratedText.js";
import { referenceTo } from "./issueDocument.js";

export function basedOn(target: GenDoc): StatedRelation {
  return { type: "BASED_ON", target, sentence: `Căn cứ ${referenceTo(target)};` };
}
