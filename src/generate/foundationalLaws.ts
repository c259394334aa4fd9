import { DOCUMENT_KINDS, type DocumentKind } from "../domain.js";
import { documentId, parseDocumentCode, unnumberedDocumentId } from "../identity/index.js";
import type { BodyCatalogue, CatalogueBody } from "./BodyCatalogue.js";
import type { DocumentNumbering } from "./DocumentNumbering.js";
import type { GenDoc } from "./GeneratedText.js";

/**
 * Real acts that almost every generated document cites in its preamble ("Căn cứ Luật
 * Tổ chức chính quyền địa phương…") but that no generated text is the subject of:
 * they become stubs, as they would when only cited. Their numbers are reserved so
 * no generated law takes them.
 */
export interface FoundationalLaws {
  readonly all: readonly GenDoc[];
  /** The basis a local body's document cites on that day. */
  localGovernment(date: string): GenDoc;
  /** The basis a Government or ministry document cites on that day. */
  government(date: string): GenDoc;
  readonly constitution: GenDoc;
  readonly partyCharter: GenDoc;
}

export function foundationalLaws(
  catalogue: BodyCatalogue,
  numbering: DocumentNumbering,
): FoundationalLaws {
  const body = (id: string): CatalogueBody => {
    const found = catalogue.bodies.find((b) => b.id === id);
    if (!found) throw new Error(`the catalogue has no body '${id}'`);
    return found;
  };
  const assembly = body("quoc-hoi");
  const law = (code: string, issuedOn: string, title: string): GenDoc => {
    const year = Number(issuedOn.slice(0, 4));
    const parsed = parseDocumentCode(code, year);
    if (!parsed) throw new Error(`'${code}' does not parse`);
    numbering.reserve(`${assembly.id}|${year}|`, Number(parsed.number));
    return {
      id: documentId(parsed, assembly.id),
      code,
      kind: "LAW",
      system: "STATE_LEGAL",
      issuer: assembly,
      issuedOn,
      year,
      title,
    };
  };
  const unnumbered = (
    issuer: CatalogueBody,
    kind: DocumentKind,
    issuedOn: string,
    title: string,
  ): GenDoc => {
    const year = Number(issuedOn.slice(0, 4));
    return {
      id: unnumberedDocumentId(issuer.id, year, DOCUMENT_KINDS[kind].name, title),
      code: null,
      kind,
      system: kind === "CONSTITUTION" ? "STATE_LEGAL" : "PARTY",
      issuer,
      issuedOn,
      year,
      title,
    };
  };
  const local2015 = law("77/2015/QH13", "2015-06-19", "Tổ chức chính quyền địa phương");
  const local2025 = law("72/2025/QH15", "2025-06-16", "Tổ chức chính quyền địa phương");
  const government2015 = law("76/2015/QH13", "2015-06-19", "Tổ chức Chính phủ");
  const government2025 = law("63/2025/QH15", "2025-02-18", "Tổ chức Chính phủ");
  const constitution = unnumbered(
    assembly,
    "CONSTITUTION",
    "2013-11-28",
    "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
  );
  const partyCharter = unnumbered(
    body("bch-trung-uong"),
    "OTHER",
    "2011-01-19",
    "Điều lệ Đảng Cộng sản Việt Nam",
  );
  return {
    all: [local2015, local2025, government2015, government2025, constitution, partyCharter],
    localGovernment: (date) => (date >= local2025.issuedOn ? local2025 : local2015),
    government: (date) => (date >= government2025.issuedOn ? government2025 : government2015),
    constitution,
    partyCharter,
  };
}
