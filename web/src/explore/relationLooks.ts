export type RelationFamily = "implementation" | "legal" | "organisation";

/** Relations grouped the way a reader asks: who carried out what, on what legal ground, who is who. */
export const RELATION_FAMILIES: Record<
  RelationFamily,
  { name: string; detail: string; colour: string; line: "solid" | "dashed" | "dotted" }
> = {
  implementation: {
    name: "Carries out",
    detail: "implements, details, guides; a meeting reviews",
    colour: "#334155",
    line: "solid",
  },
  legal: {
    name: "Legal basis",
    detail: "based on, amends, replaces, repeals, cites",
    colour: "#64748b",
    line: "dashed",
  },
  organisation: {
    name: "Organisation",
    detail: "issued by, organised by, attended, holds a position, part of, succeeded by",
    colour: "#94a3b8",
    line: "dotted",
  },
};

const FAMILY_OF: Record<string, RelationFamily> = {
  IMPLEMENTS: "implementation",
  REVIEWS: "implementation",
  BASED_ON: "legal",
  AMENDS: "legal",
  REPLACES: "legal",
  REPEALS: "legal",
  CITES: "legal",
  ISSUED_BY: "organisation",
  ORGANIZED_BY: "organisation",
  ATTENDED: "organisation",
  HOLDS_POSITION: "organisation",
  PART_OF: "organisation",
  SUCCEEDED_BY: "organisation",
};

export function relationFamily(type: string): RelationFamily {
  return FAMILY_OF[type] ?? "legal";
}

/** "IMPLEMENTS" with kind "DETAILS" reads "details"; "ISSUED_BY" reads "issued by". */
export function relationLabel(type: string, implementationKind?: string | null): string {
  const word =
    implementationKind && implementationKind !== "IMPLEMENTS" ? implementationKind : type;
  return word.toLowerCase().replace(/_/g, " ");
}
