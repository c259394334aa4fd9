import { DOCUMENT_KINDS, type DocumentKind } from "../../domain.js";
import { foldVietnamese } from "../../text/index.js";
import { SUMMARY_FIELDS, type SummaryField } from "../../graph/queries/index.js";

/** The shape NODE_SUMMARY returns for every node. */
export interface NodeSummary {
  id: string;
  type: "DOCUMENT" | "MEETING" | "BODY" | "PERSON";
  code: string | null;
  kind: string | null;
  title: string | null;
  name: string | null;
  date: string | null;
  isStub: boolean;
  bodies: string[];
  /** A document's validity status; null for other nodes. */
  status: string | null;
}

/** The summary fields labelOf reads. */
const LABEL_FIELDS = ["type", "code", "kind", "title", "name"] as const satisfies SummaryField[];
type LabelField = (typeof LABEL_FIELDS)[number];

/**
 * The summary fields a statement must return for the GraphQL fields an operation
 * selects (`wants`), a label needing those it is made of.
 */
export function summaryFieldsFor(wants: (field: string) => boolean): Set<SummaryField> {
  const fields = new Set(SUMMARY_FIELDS.filter(wants));
  if (wants("label")) for (const field of LABEL_FIELDS) fields.add(field);
  return fields;
}

/**
 * "Nghị định 32/2021/NĐ-CP"; for a document without a number its kind and title ("Quyết
 * định: Về việc …"), or its title alone when that starts with the kind ("Kế hoạch triển
 * khai …"); a meeting's title, a body's or person's name.
 */
export function labelOf(node: Pick<NodeSummary, "id" | "type" | LabelField>): string {
  if (node.type === "DOCUMENT") {
    const kindName = DOCUMENT_KINDS[node.kind as DocumentKind]?.name ?? "Văn bản";
    if (node.code) return `${kindName} ${node.code}`;
    if (!node.title) return `${kindName}: ${node.id}`;
    return startsWithWords(node.title, kindName) ? node.title : `${kindName}: ${node.title}`;
  }
  if (node.type === "MEETING") return node.title ?? node.id;
  return node.name ?? node.id;
}

function startsWithWords(text: string, words: string): boolean {
  const head = foldVietnamese(text.slice(0, words.length + 1));
  const folded = foldVietnamese(words);
  return head.startsWith(folded) && !/[\p{L}\p{N}]/u.test(head.charAt(folded.length));
}
