import type { ImplementationKind } from "../domain.js";
import type { GenDoc, StatedRelation } from "./GeneratedText.js";
import { referenceTo } from "./issueDocument.js";

export function implementsDoc(
  target: GenDoc,
  kind: ImplementationKind = "IMPLEMENTS",
): StatedRelation {
  const sentence =
    kind === "DETAILS"
      ? `Chính phủ ban hành Nghị định quy định chi tiết một số điều và biện pháp thi hành ${referenceTo(target)}.`
      : kind === "GUIDES"
        ? `Ban hành hướng dẫn thi hành ${referenceTo(target)}.`
        : `Thực hiện ${referenceTo(target)};`;
  return { type: "IMPLEMENTS", target, implementationKind: kind, sentence };
}
