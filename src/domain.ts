import { foldVietnamese } from "./text/index.js";

/**
 * The govgraph domain: the things Vietnamese governance texts talk about.
 *
 * Glossary (Vietnamese → name in code):
 * - văn bản → Document; số ký hiệu → code (number + symbol); trích yếu → title;
 *   loại văn bản → kind; ngày ban hành → issuedOn; hiệu lực → status.
 * - văn bản quy phạm pháp luật → system STATE_LEGAL; văn bản hành chính →
 *   STATE_ADMINISTRATIVE; văn bản của Đảng → PARTY.
 * - cơ quan, tổ chức → Body; cấp (trung ương, tỉnh, huyện, xã) → level.
 * - cán bộ, đồng chí → Person; chức vụ → position (HOLDS_POSITION).
 * - hội nghị, kỳ họp → Meeting; chủ trì → CHAIR; trình bày → PRESENTER;
 *   phát biểu → SPEAKER; dự → ATTENDEE.
 * - căn cứ → BASED_ON; thực hiện, triển khai → IMPLEMENTS; quy định chi tiết → DETAILS;
 *   hướng dẫn thi hành → GUIDES; sửa đổi, bổ sung → AMENDS; thay thế → REPLACES;
 *   bãi bỏ, hết hiệu lực → REPEALS; sơ kết, tổng kết → REVIEWS.
 * - bài báo, nguồn → Source (where a fact was read).
 */

export type DocumentSystem = "STATE_LEGAL" | "STATE_ADMINISTRATIVE" | "PARTY";

export type DocumentStatus =
  "IN_FORCE" | "PARTIALLY_IN_FORCE" | "NOT_YET_IN_FORCE" | "EXPIRED" | "SUSPENDED" | "UNKNOWN";

export type BodyKind =
  | "PARTY_COMMITTEE"
  | "PEOPLES_COUNCIL"
  | "PEOPLES_COMMITTEE"
  | "GOVERNMENT"
  | "NATIONAL_ASSEMBLY"
  | "MINISTRY"
  | "FRONT"
  | "POLICE"
  | "MILITARY"
  | "OTHER";

export type BodyLevel = "CENTRAL" | "PROVINCE" | "DISTRICT" | "COMMUNE";

/**
 * The first day of the 34 provinces and ~3,300 communes, and of no district level
 * (Nghị quyết 202/2025/QH15): a body of a quận or huyện existed only before it.
 */
export const NEW_MAP_FROM = "2025-07-01";

/** The last day of the 63 provinces and of the district level. */
export const OLD_MAP_UNTIL = "2025-06-30";

export type AttendanceRole = "CHAIR" | "PRESENTER" | "SPEAKER" | "ATTENDEE";

/** How one document carries out another (ELI implements / ensures_implementation_of). */
export type ImplementationKind = "IMPLEMENTS" | "DETAILS" | "GUIDES";

/**
 * What of a document another repeals or replaces: all of it ("Bãi bỏ Quyết định số …",
 * "Nghị định này thay thế Nghị định số …") or some of its parts ("Bãi bỏ khoản 1 Điều 3
 * Nghị quyết số …").
 */
export type ChangeScope = "WHOLE" | "PART";

/** Relations between documents (and from meetings to documents). */
export type DocumentRelationType =
  "IMPLEMENTS" | "BASED_ON" | "AMENDS" | "REPLACES" | "REPEALS" | "CITES" | "REVIEWS";

export type RelationType = DocumentRelationType | "ISSUED_BY" | "ATTENDED";

export const DOCUMENT_RELATION_TYPES: readonly DocumentRelationType[] = [
  "IMPLEMENTS",
  "BASED_ON",
  "AMENDS",
  "REPLACES",
  "REPEALS",
  "CITES",
  "REVIEWS",
];

/** Every relationship type in the graph but provenance (MENTIONED_IN). */
export const GRAPH_RELATION_TYPES = [
  ...DOCUMENT_RELATION_TYPES,
  "ISSUED_BY",
  "ORGANIZED_BY",
  "ATTENDED",
  "HOLDS_POSITION",
  "PART_OF",
  "SUCCEEDED_BY",
] as const;

/**
 * Kinds of document (loại văn bản) across the three numbering systems, with the
 * Vietnamese name a text prints and the abbreviations its number-symbol uses.
 * One kind can live in several systems: a Nghị quyết is a legal act of the National
 * Assembly, an administrative act of a People's Council, or a Party resolution; the
 * system comes from the code's shape and issuer, not from the kind.
 */
export const DOCUMENT_KINDS = {
  CONSTITUTION: { name: "Hiến pháp", abbreviations: [] },
  CODE: { name: "Bộ luật", abbreviations: [] },
  LAW: { name: "Luật", abbreviations: [] },
  ORDINANCE: { name: "Pháp lệnh", abbreviations: ["PL"] },
  ORDER: { name: "Lệnh", abbreviations: [] },
  RESOLUTION: { name: "Nghị quyết", abbreviations: ["NQ"] },
  DECREE: { name: "Nghị định", abbreviations: ["NĐ"] },
  DECISION: { name: "Quyết định", abbreviations: ["QĐ"] },
  CIRCULAR: { name: "Thông tư", abbreviations: ["TT"] },
  JOINT_CIRCULAR: { name: "Thông tư liên tịch", abbreviations: ["TTLT"] },
  DIRECTIVE: { name: "Chỉ thị", abbreviations: ["CT"] },
  CONCLUSION: { name: "Kết luận", abbreviations: ["KL"] },
  REGULATION: { name: "Quy định", abbreviations: ["QyĐ", "QĐi"] },
  RULES: { name: "Quy chế", abbreviations: ["QC"] },
  PROCEDURE: { name: "Quy trình", abbreviations: ["QTr"] },
  PARTY_CIRCULAR: { name: "Thông tri", abbreviations: ["TT"] },
  COMMUNIQUE: { name: "Thông cáo", abbreviations: ["TC"] },
  NOTICE: { name: "Thông báo", abbreviations: ["TB"] },
  GUIDANCE: { name: "Hướng dẫn", abbreviations: ["HD"] },
  PROGRAMME: { name: "Chương trình", abbreviations: ["CTr", "CTrHĐ", "CTHĐ"] },
  PLAN: { name: "Kế hoạch", abbreviations: ["KH", "KHHĐ"] },
  OPTION: { name: "Phương án", abbreviations: ["PA"] },
  SCHEME: { name: "Đề án", abbreviations: ["ĐA"] },
  PROJECT: { name: "Dự án", abbreviations: ["DA"] },
  REPORT: { name: "Báo cáo", abbreviations: ["BC"] },
  MINUTES: { name: "Biên bản", abbreviations: ["BB"] },
  SUBMISSION: { name: "Tờ trình", abbreviations: ["TTr"] },
  CONTRACT: { name: "Hợp đồng", abbreviations: ["HĐ"] },
  DISPATCH: { name: "Công điện", abbreviations: ["CĐ"] },
  INVITATION: { name: "Giấy mời", abbreviations: ["GM"] },
  OFFICIAL_LETTER: { name: "Công văn", abbreviations: ["CV"] },
  OTHER: { name: "Văn bản", abbreviations: [] },
} as const satisfies Record<string, { name: string; abbreviations: readonly string[] }>;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

export const ALL_DOCUMENT_KINDS = Object.keys(DOCUMENT_KINDS) as readonly DocumentKind[];

const KIND_BY_NAME = new Map(
  ALL_DOCUMENT_KINDS.map((kind) => [foldVietnamese(DOCUMENT_KINDS[kind].name), kind]),
);

/** "Nghị định" (any case, with or without diacritics) → DECREE. */
export function documentKindByName(name: string): DocumentKind | undefined {
  return KIND_BY_NAME.get(foldVietnamese(name));
}

/**
 * "NĐ" → DECREE. "TT" is Thông tư in state codes but Thông tri in Party codes
 * (Hướng dẫn 36-HD/VPTW), so the caller says which system the code belongs to.
 */
export function documentKindByAbbreviation(
  abbreviation: string,
  system: DocumentSystem,
): DocumentKind | undefined {
  const key = foldVietnamese(abbreviation);
  if (key === "tt") return system === "PARTY" ? "PARTY_CIRCULAR" : "CIRCULAR";
  return ALL_DOCUMENT_KINDS.find((kind) =>
    DOCUMENT_KINDS[kind].abbreviations.some((a) => foldVietnamese(a) === key),
  );
}

/** Where in the original text a fact was read: the sentence, and its offsets there. */
export interface Evidence {
  /** As a reader sees it: markup removed, on one line, letters as the source writes them. */
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
}

/** What one text says, before it is merged into the graph (output of ingest/extract). */
export interface Extraction {
  readonly source: ExtractedSource;
  readonly documents: readonly ExtractedDocument[];
  readonly bodies: readonly ExtractedBody[];
  readonly people: readonly ExtractedPerson[];
  readonly meetings: readonly ExtractedMeeting[];
  readonly relations: readonly ExtractedRelation[];
}

export interface ExtractedSource {
  readonly title?: string;
  readonly publishedAt?: string;
  readonly url?: string;
  /**
   * The province the publisher belongs to (a ward's or a province's website), when the
   * caller knows it: it places the district and commune bodies the text leaves unplaced.
   */
  readonly province?: string;
  /**
   * The place below its province the publisher belongs to (a district's or a ward's
   * website), lowest level first: "huyện" "Đắk Song". The text's own places come first;
   * these place what it names only by a level word ("huyện ủy", "UBND phường").
   */
  readonly places?: readonly { readonly levelWord: string; readonly place: string }[];
}

export interface ExtractedDocument {
  /** Unique within one extraction: the tidy code, or "~n" for an unnumbered document. */
  readonly key: string;
  readonly code?: string;
  readonly kind: DocumentKind;
  readonly system?: DocumentSystem;
  /** The issuing body's full name, as resolved from context. */
  readonly issuer?: string;
  /**
   * True where the issuer is only what "…/TW" implies by default (the Central Committee,
   * for a resolution): the text does not say, and another text naming the Politburo or
   * the Secretariat corrects it.
   */
  readonly issuerInferred?: boolean;
  readonly issuedOn?: string;
  readonly year?: number;
  readonly title?: string;
  /** True for the document a legal text is (read from its header), not merely cites. */
  readonly isSubject?: boolean;
  readonly evidence: Evidence;
}

export interface ExtractedBody {
  readonly name: string;
  readonly kind: BodyKind;
  readonly level?: BodyLevel;
  /**
   * For a district's or a commune's body, the province it lies in ("tỉnh Đồng Nai"),
   * from its own name or the text's place; part of its identity (see bodyId).
   */
  readonly province?: string;
  readonly aliases: readonly string[];
  readonly partOf?: string;
  readonly evidence: Evidence;
}

export interface ExtractedPosition {
  readonly title: string;
  readonly body?: string;
  /** The text speaks of it as held once ("nguyên Chủ tịch …"), not on its day. */
  readonly former?: boolean;
}

export interface ExtractedPerson {
  readonly name: string;
  readonly positions: readonly ExtractedPosition[];
  readonly evidence: Evidence;
}

export interface ExtractedMeeting {
  /** Unique within one extraction: "m1", "m2"… */
  readonly key: string;
  readonly title: string;
  /** "Hội nghị sơ kết", "Kỳ họp", "Hội nghị tổng kết"… */
  readonly kind: string;
  readonly date?: string;
  readonly venue?: string;
  readonly organizer?: string;
  readonly evidence: Evidence;
}

export type Endpoint =
  | { readonly document: string }
  | { readonly body: string }
  | { readonly person: string }
  | { readonly meeting: string };

export interface ExtractedRelation {
  readonly type: RelationType;
  /** document → document key, body → name, person → name, meeting → key. */
  readonly from: Endpoint;
  readonly to: Endpoint;
  /** For IMPLEMENTS: carries out, details ("quy định chi tiết") or guides ("hướng dẫn"). */
  readonly implementationKind?: ImplementationKind;
  /** For REPEALS and REPLACES, when the text says. */
  readonly scope?: ChangeScope;
  /** For ATTENDED: the person's role at the meeting. */
  readonly role?: AttendanceRole;
  readonly evidence: Evidence;
}
