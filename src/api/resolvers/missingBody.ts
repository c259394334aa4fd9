import type { GovgraphError } from "../../errors.js";
import { foldedId } from "../../identity/index.js";
import { PLACED_BODIES } from "../../graph/queries/index.js";
import { runRead } from "../../graph/runRead.js";
import type { GraphQLContext } from "../GraphQLContext.js";
import { notFound } from "./notFound.js";

/**
 * After a lookup by body id found nothing: undefined when the body exists (it simply
 * has nothing to show), else the NOT_FOUND error to throw, naming the ids it may have
 * meant: with its diacritics, or placed in a province.
 */
export async function missingBody(
  id: string,
  context: GraphQLContext,
  what = "body",
): Promise<GovgraphError | undefined> {
  const [row] = await runRead<{ exists: boolean; placed: string[] }>(
    context.driver,
    PLACED_BODIES,
    { id, folded: foldedId(id) },
    {
      database: context.database,
      timeoutMs: context.queryTimeoutMs,
      counter: context.statements,
      what: "placedBodies",
    },
  );
  if (row?.exists) return undefined;
  return notFound(`no ${what} with id '${id}'`, row?.placed ?? []);
}
