import type { Driver } from "neo4j-driver";

/** The labels search finds, each with a full-text index of its own. */
export const SEARCHABLE_LABELS = ["Document", "Body", "Person", "Meeting"] as const;

/** The full-text index of one label's searchText: "search_text_person". */
export const searchIndexOf = (label: string) => `search_text_${label.toLowerCase()}`;

/**
 * The database schema govgraph needs, as idempotent statements applied at every
 * start. Identities are enforced by uniqueness constraints so concurrent ingests
 * MERGE onto one node instead of racing to create two.
 */
export const MIGRATIONS: readonly string[] = [
  "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
  // codeKey: the folded code without its year, so "32/NĐ-CP" finds "32/2021/NĐ-CP".
  "CREATE INDEX document_code_key IF NOT EXISTS FOR (n:Document) ON (n.codeKey)",
  // Search reads exact matches newest first from these, in index order (queries/search.ts).
  "CREATE INDEX document_code_key_issued_on IF NOT EXISTS FOR (n:Document) ON (n.codeKey, n.issuedOn)",
  "CREATE INDEX document_number_kind IF NOT EXISTS FOR (n:Document) ON (n.number, n.kind)",
  "CREATE INDEX document_number_kind_issued_on IF NOT EXISTS FOR (n:Document) ON (n.number, n.kind, n.issuedOn)",
  "DROP INDEX document_number IF EXISTS",
  "CREATE INDEX document_issued_on IF NOT EXISTS FOR (n:Document) ON (n.issuedOn)",
  "CREATE INDEX document_kind_year IF NOT EXISTS FOR (n:Document) ON (n.kind, n.year)",
  "CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)",
  // Loading finds the officials of a name a text names without a position (foldDuplicates).
  "CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)",
  // A body's id without diacritics, which lookups typed without them fall back to.
  // Graphs written before it was stored had only folded ids, so the id is that key.
  "CREATE INDEX body_folded_id IF NOT EXISTS FOR (n:Body) ON (n.foldedId)",
  "MATCH (b:Body) WHERE b.foldedId IS NULL SET b.foldedId = b.id",
  "CREATE INDEX source_content_hash IF NOT EXISTS FOR (n:Source) ON (n.contentHash)",
  // One full-text index over every searchable node. The analyzer folds diacritics
  // (đ → d too) and keeps all words: Vietnamese syllables such as "tổ" and "thể"
  // fold into English stop words ("to", "the") that a standard analyzer would drop.
  "CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Document|Body|Person|Meeting) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'vietnamese-folding' } }",
  // And one per label, for a search asked for one type: in the shared index the meetings
  // matching "hà nội" rank below hundreds of documents and never reach the candidates.
  ...SEARCHABLE_LABELS.map(
    (label) =>
      `CREATE FULLTEXT INDEX ${searchIndexOf(label)} IF NOT EXISTS FOR (n:${label}) ON EACH [n.searchText] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'vietnamese-folding' } }`,
  ),
];

/** Applies every migration (each is a no-op when already applied) and waits for indexes. */
export async function applyMigrations(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    for (const statement of MIGRATIONS) await session.run(statement);
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
}
