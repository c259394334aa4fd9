import type { Driver, ManagedTransaction, QueryResult } from "neo4j-driver";
import { ErrorCode, GovgraphError } from "../../errors.js";
import { cypherParams, translateNeo4jError } from "../../graph/index.js";
import { hasCentralPartyMark, parseDocumentCode } from "../../identity/index.js";
import {
  FOLD_DOCUMENTS,
  FOLD_PEOPLE,
  NAMED_LAWS_TO_FOLD,
  PEOPLE_TO_FOLD,
  UNPLACED_TO_FOLD,
  YEARLESS_TO_FOLD,
} from "./foldDuplicates.js";
import type { LoadPlan } from "./LoadPlan.js";
import {
  MERGE_BODIES,
  MERGE_DOCUMENTS,
  MERGE_MEETINGS,
  MERGE_PEOPLE,
  MERGE_NEW_SOURCE,
  MERGE_SUCCESSIONS,
  DROP_INFERRED_ISSUERS,
  mergeEdgesStatement,
} from "./loadStatements.js";

export interface Tally {
  created: number;
  matched: number;
}

/** What loading one source did, category by category. */
export interface LoadResult {
  readonly sourceId: string;
  /** "unchanged": this exact text was already ingested, nothing was written. */
  readonly status: "loaded" | "unchanged";
  readonly documents: Tally;
  readonly bodies: Tally;
  readonly people: Tally;
  readonly meetings: Tally;
  readonly relations: Tally;
}

const empty = (): Tally => ({ created: 0, matched: 0 });

/**
 * Writes one source's plan in a single transaction: all of it lands, or none of it
 * does, so a source that fails leaves no trace. Re-loading the same text is a no-op.
 */
export async function loadPlan(
  driver: Driver,
  plan: LoadPlan,
  options: { database?: string; timeoutMs?: number } = {},
): Promise<LoadResult> {
  // The bookmark manager runRead reads with: a read after the load sees it, even when
  // a cluster routes that read to a secondary.
  const session = driver.session({
    database: options.database,
    defaultAccessMode: "WRITE",
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeWrite((tx) => writePlan(tx, plan), {
      timeout: options.timeoutMs ?? 120_000,
      metadata: { app: "govgraph", stage: "load", source: plan.source.id },
    });
  } catch (error) {
    throw translateNeo4jError(error, `loading source ${plan.source.id}`);
  } finally {
    await session.close();
  }
}

async function writePlan(tx: ManagedTransaction, plan: LoadPlan): Promise<LoadResult> {
  const result = {
    sourceId: plan.source.id,
    status: "loaded" as LoadResult["status"],
    documents: empty(),
    bodies: empty(),
    people: empty(),
    meetings: empty(),
    relations: empty(),
  };
  const source = await tx.run(MERGE_NEW_SOURCE, cypherParams({ source: plan.source }));
  if (source.records[0]?.get("existed") === true) return { ...result, status: "unchanged" };

  const sourceId = plan.source.id;
  // The merges do not depend on each other's answers: sent together, in order, they run
  // one after another in the transaction without a round trip's wait between them.
  const sent: { what: string; rows: number; tally: Tally; answer: Promise<QueryResult> }[] = [];
  const send = (what: string, statement: string, rows: readonly object[], tally: Tally) => {
    if (rows.length === 0) return;
    const answer = tx.run(statement, cypherParams({ rows, sourceId }));
    sent.push({ what, rows: rows.length, tally, answer });
  };
  send("Document", MERGE_DOCUMENTS, plan.documents, result.documents);
  send("Body", MERGE_BODIES, plan.bodies, result.bodies);
  send("Person", MERGE_PEOPLE, plan.people, result.people);
  send("Meeting", MERGE_MEETINGS, plan.meetings, result.meetings);
  for (const [shape, rows] of plan.edges) {
    send(shape, mergeEdgesStatement(shape), rows, result.relations);
  }
  send("SUCCEEDED_BY", MERGE_SUCCESSIONS, plan.successions, result.relations);
  // Settled all before reading any: a failure fails the rest, none is left unobserved.
  const answers = await Promise.allSettled(sent.map((s) => s.answer));
  for (const [index, { what, rows, tally }] of sent.entries()) {
    const answer = answers[index];
    if (answer?.status === "rejected") throw answer.reason;
    const record = answer?.value.records[0];
    const created = Number(record?.get("created") ?? 0);
    const matched = Number(record?.get("matched") ?? 0);
    // A relation whose end the plan did not write matches no node and would be dropped
    // without a word: the whole source is refused instead, and its transaction undone.
    if (created + matched !== rows) {
      throw new GovgraphError(
        ErrorCode.INTERNAL,
        `loading source ${sourceId}: ${rows - created - matched} of ${rows} ${what} rows name a node that is not in the graph; nothing of this source was written`,
      );
    }
    tally.created += created;
    tally.matched += matched;
  }
  const foldedInto = new Map<string, string>();
  const fold = async (find: string, params: Record<string, unknown>, statement: string) => {
    const found = await tx.run(find, cypherParams(params));
    const pairs: { from: string; into: string }[] = found.records[0]?.get("pairs") ?? [];
    // Rare (one text in thirty over the corpus): the long statement runs only then.
    if (pairs.length > 0) await tx.run(statement, { pairs });
    for (const { from, into } of pairs) foldedInto.set(from, into);
  };
  if (plan.yearSlots.length > 0) {
    await fold(YEARLESS_TO_FOLD, { slots: plan.yearSlots }, FOLD_DOCUMENTS);
  }
  const laws = plan.documents
    .filter((d) => (d.kind === "LAW" || d.kind === "CODE") && d.year !== null && d.title)
    .map(({ kind, year, title }) => ({ kind, year, title }));
  if (laws.length > 0) await fold(NAMED_LAWS_TO_FOLD, { laws }, FOLD_DOCUMENTS);
  const holders = [...new Set(plan.edges.get("HOLDS_POSITION:Person>Body")?.map((e) => e.from))];
  if (holders.length > 0) await fold(PEOPLE_TO_FOLD, { ids: holders }, FOLD_PEOPLE);
  const names = [...new Set(plan.people.map((p) => p.name))];
  if (names.length > 0) await fold(UNPLACED_TO_FOLD, { names }, FOLD_PEOPLE);
  // Only a "…/TW" document's issuer is ever inferred (resolveDocuments).
  const central = plan.documents.filter((d) => d.code && isCentral(d.code)).map((d) => d.id);
  if (central.length > 0) {
    const kept = (id: string): string => {
      let at = id;
      // Folds go into the smaller id, so a chain of them ends.
      for (let next = foldedInto.get(at); next !== undefined; next = foldedInto.get(at)) at = next;
      return at;
    };
    await tx.run(DROP_INFERRED_ISSUERS, { ids: [...new Set(central.map(kept))] });
  }
  return result;
}

function isCentral(code: string): boolean {
  const parsed = parseDocumentCode(code);
  return parsed !== undefined && hasCentralPartyMark(parsed);
}
