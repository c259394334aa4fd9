import type { GenDoc, StatedRelation } from "./GeneratedText.js";
import { referenceTo } from "./issueDocument.js";

export function cites(target: GenDoc): StatedRelation {
  return {
    type: "CITES",
    target,
    sentence: `Các cơ quan, đơn vị thực hiện theo quy định tại ${referenceTo(target)}.`,
  };
}
