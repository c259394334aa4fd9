/** One `govgraph <name>` subcommand. */
export interface Command {
  readonly name: string;
  /** One line for `govgraph --help`. */
  readonly summary: string;
  readonly usage: string;
  /** Resolves to the process exit code. */
  run(args: readonly string[]): Promise<number>;
}
