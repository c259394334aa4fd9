import { ErrorCode, GovgraphError } from "../../errors.js";
import { ingestText as ingest } from "../../ingest/ingestText.js";
import { validDate } from "../../ingest/load/index.js";
import type { GraphQLContext } from "../GraphQLContext.js";

export const MAX_TEXT_BYTES = 1024 * 1024;

export interface IngestArgs {
  text: string;
  url?: string | null;
  title?: string | null;
  publishedAt?: string | null;
  province?: string | null;
}

/** The ingestText mutation (editors only: the Mutation guard runs first). */
export async function ingestText(_source: unknown, args: IngestArgs, context: GraphQLContext) {
  const bytes = Buffer.byteLength(args.text, "utf8");
  if (bytes > MAX_TEXT_BYTES) {
    throw new GovgraphError(
      ErrorCode.LIMIT_EXCEEDED,
      `text must be at most ${MAX_TEXT_BYTES} bytes, got ${bytes}`,
    );
  }
  if (args.publishedAt && !validDate(args.publishedAt)) {
    throw new GovgraphError(
      ErrorCode.BAD_USER_INPUT,
      `publishedAt must be a real date like '2022-07-02', got '${args.publishedAt.slice(0, 40)}'`,
    );
  }
  const result = await ingest(
    context.driver,
    args.text,
    {
      url: args.url ?? undefined,
      title: args.title ?? undefined,
      publishedAt: args.publishedAt ?? undefined,
      province: args.province ?? undefined,
    },
    { database: context.database },
  );
  return { ...result, status: result.status === "loaded" ? "LOADED" : "UNCHANGED" };
}
