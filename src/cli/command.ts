import type { Io } from './io.js';

/** One `winnow <name>` subcommand. Registered in commands/index.ts. */
export interface Command {
  name: string;
  /** One line for `winnow --help`. */
  summary: string;
  /** The full usage text, printed by `winnow <name> --help` and after a usage error. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. Throws UsageError for exit 2. */
  run(args: string[], io: Io): Promise<number>;
}
