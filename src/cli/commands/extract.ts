import { readFile } from "node:fs/promises";
import { ErrorCode, GovgraphError } from "../../errors.js";
import { extractText, toContractJson, type SourceOptions } from "../../ingest/index.js";
import type { Command } from "../Command.js";

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Reads a file as bytes (so the encoding can be detected); "-" reads stdin. */
export async function readSource(file: string): Promise<Uint8Array> {
  if (file === "-") return readStdin();
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EACCES"
            ? "permission denied"
            : String(error);
    throw new GovgraphError(ErrorCode.BAD_USER_INPUT, `cannot read '${file}': ${reason}`);
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) {
    throw new GovgraphError(ErrorCode.BAD_USER_INPUT, `${name} needs a value`);
  }
  args.splice(i, 2);
  return value;
}

export const extractCommand: Command = {
  name: "extract",
  summary: "print what one text says: documents, bodies, people, meetings, relations",
  usage: `Usage: govgraph extract [--json] [--title T] [--published-at YYYY-MM-DD] [--url U] FILE|-

Reads one text (UTF-8, UTF-16 or a legacy Vietnamese encoding; "-" for stdin) and
prints its extraction. --json prints the JSON of shared/eval/CONTRACT.md with the
evidence of every fact; without it, a short summary. --published-at dates
expressions such as "chiều ngày 30/6" when the text does not give its own date.`,
  async run(argv) {
    const args = [...argv];
    const json = args.includes("--json");
    if (json) args.splice(args.indexOf("--json"), 1);
    const title = option(args, "--title");
    const publishedAt = option(args, "--published-at");
    const url = option(args, "--url");
    if (publishedAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(publishedAt)) {
      throw new GovgraphError(
        ErrorCode.BAD_USER_INPUT,
        `--published-at must look like '2022-07-02', got '${publishedAt}'`,
      );
    }
    const unknown = args.find((a) => a.startsWith("--"));
    if (unknown) throw new GovgraphError(ErrorCode.BAD_USER_INPUT, `unknown option '${unknown}'`);
    if (args.length !== 1 || args[0] === undefined) {
      throw new GovgraphError(
        ErrorCode.BAD_USER_INPUT,
        `give exactly one FILE (or - for stdin), got ${args.length}`,
      );
    }
    const options: SourceOptions = {
      ...(title ? { title } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      ...(url ? { url } : {}),
    };
    const extraction = extractText(await readSource(args[0]), options);
    if (json) {
      process.stdout.write(`${JSON.stringify(toContractJson(extraction), null, 2)}\n`);
      return 0;
    }
    const lines = [
      `documents ${extraction.documents.length}, bodies ${extraction.bodies.length}, people ${extraction.people.length}, meetings ${extraction.meetings.length}, relations ${extraction.relations.length}`,
      ...extraction.documents.map(
        (d) =>
          `  document  ${d.code ?? `(${d.title ?? d.kind})`}${d.issuer ? ` — ${d.issuer}` : ""}`,
      ),
      ...extraction.people.map(
        (p) =>
          `  person    ${p.name}${p.positions.map((x) => `, ${x.title}${x.body ? ` ${x.body}` : ""}`).join("")}`,
      ),
      ...extraction.meetings.map((m) => `  meeting   ${m.key} ${m.date ?? ""} ${m.title}`),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  },
};
