import type {
  AttendanceRole,
  DocumentKind,
  DocumentSystem,
  DocumentRelationType,
  ImplementationKind,
} from "../domain.js";
import type { CatalogueBody } from "./BodyCatalogue.js";
import type { Official } from "./officials.js";

/** A document the generator issued (or a real one it cites as a stub). */
export interface GenDoc {
  /** The id planLoad derives for the same code, issuer and year. */
  readonly id: string;
  /** Null for an unnumbered document (Hiến pháp, Điều lệ Đảng). */
  readonly code: string | null;
  readonly kind: DocumentKind;
  readonly system: DocumentSystem;
  readonly issuer: CatalogueBody;
  readonly issuedOn: string;
  readonly year: number;
  readonly title: string;
}

/** One relation a document's own text states, with the sentence that states it. */
export interface StatedRelation {
  readonly type: Exclude<DocumentRelationType, "REVIEWS">;
  readonly target: GenDoc;
  readonly implementationKind?: ImplementationKind;
  readonly sentence: string;
}

/** A document's own text: the document and what it says about others. */
export interface DocumentText {
  readonly doc: GenDoc;
  readonly relations: StatedRelation[];
}

/** A news article about a meeting: who organised it, who came, what it reviewed. */
export interface MeetingText {
  readonly title: string;
  /** "Hội nghị sơ kết", "Hội nghị quán triệt, triển khai". */
  readonly kind: string;
  readonly date: string;
  readonly venue: string;
  readonly organizer: CatalogueBody;
  readonly relation: "REVIEWS" | "IMPLEMENTS";
  readonly document: GenDoc;
  readonly attendees: readonly { readonly official: Official; readonly role: AttendanceRole }[];
}
