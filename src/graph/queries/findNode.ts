/**
 * Finds a node by id whatever its label, through each label's uniqueness index
 * (a label-less MATCH on id would scan every node).
 */
export const FIND_NODE = `
CALL {
  MATCH (n:Document {id: $id}) RETURN n
  UNION MATCH (n:Meeting {id: $id}) RETURN n
  UNION MATCH (n:Body {id: $id}) RETURN n
  UNION MATCH (n:Person {id: $id}) RETURN n
}`;

/** A node summary's display fields, beside its id; a statement may leave some out. */
export const SUMMARY_FIELDS = [
  "type",
  "code",
  "kind",
  "title",
  "name",
  "date",
  "isStub",
  "bodies",
  "status",
] as const;
export type SummaryField = (typeof SUMMARY_FIELDS)[number];

export const EVERY_SUMMARY_FIELD: ReadonlySet<SummaryField> = new Set(SUMMARY_FIELDS);

const SUMMARY_CYPHER: Record<SummaryField, (v: string) => string> = {
  type: (v) => `CASE WHEN ${v}:Document THEN 'DOCUMENT' WHEN ${v}:Meeting THEN 'MEETING'
    WHEN ${v}:Body THEN 'BODY' ELSE 'PERSON' END`,
  code: (v) => `${v}.code`,
  kind: (v) => `${v}.kind`,
  title: (v) => `${v}.title`,
  name: (v) => `${v}.name`,
  date: (v) => `toString(coalesce(${v}.issuedOn, ${v}.date))`,
  isStub: (v) => `coalesce(${v}.isStub, false)`,
  bodies: (v) => `[(${v})-[:ISSUED_BY|ORGANIZED_BY]->(b:Body) | b.name]`,
  status: (v) => `CASE WHEN ${v}:Document THEN coalesce(${v}.status, 'UNKNOWN') END`,
};

/** `field: expression` for each chosen display field, in SUMMARY_FIELDS' order. */
const summaryEntries = (
  fields: ReadonlySet<SummaryField>,
  expression: (field: SummaryField) => string,
) =>
  SUMMARY_FIELDS.filter((field) => fields.has(field)).map(
    (field) => `${field}: ${expression(field)}`,
  );

const cypherMap = (entries: readonly string[]) => `{\n  ${entries.join(",\n  ")}\n}`;

/** `name: expression` for each of the caller's own entries. */
const extraEntries = (extra: Readonly<Record<string, string>>) =>
  Object.entries(extra).map(([name, expression]) => `${name}: ${expression}`);

/**
 * The Cypher map a node is returned as: its id, every display field, and the caller's
 * own entries, by name (`{score: "score"}`).
 */
export const NODE_SUMMARY = (v: string, extra: Readonly<Record<string, string>> = {}) =>
  cypherMap([
    `id: ${v}.id`,
    ...summaryEntries(EVERY_SUMMARY_FIELD, (field) => SUMMARY_CYPHER[field](v)),
    ...extraEntries(extra),
  ]);

/**
 * The same fields for every node of a list, as one list per field (`{id: [...],
 * title: [...]}`), which the caller turns back into rows (rowsOf). A large answer's
 * keys are then written, carried and parsed once instead of once per node: for a
 * 1,025-node chain the statement took 1.3 ms less (bench/RESULTS.md). A field nobody
 * selected is left out, not nulled: the cost follows keys and bytes. `extra` adds
 * columns computed by the caller, by name (`{depth: "depths"}`).
 */
export const NODE_COLUMNS = (
  list: string,
  fields: ReadonlySet<SummaryField> = EVERY_SUMMARY_FIELD,
  extra: Readonly<Record<string, string>> = {},
) =>
  cypherMap([
    `id: [n IN ${list} | n.id]`,
    ...summaryEntries(fields, (field) => `[n IN ${list} | ${SUMMARY_CYPHER[field]("n")}]`),
    ...extraEntries(extra),
  ]);
