/**
 * `winnow` — the command line over core. Parses the command name and the global flags, dispatches to the
 * registry (commands/index.ts), and turns errors into exit codes: 2 and the usage for a usage error.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMANDS } from './commands/index.js';
import { UsageError } from './errors.js';
import { processIo, type Io } from './io.js';
import { VERSION } from './version.js';

const USAGE = `Usage: winnow COMMAND [options] ...

Commands:
${[...COMMANDS.values()].map((command) => `  ${command.name.padEnd(10)}${command.summary}`).join('\n')}

Options:
  -h, --help     show this help (winnow COMMAND --help for a command's options)
  -v, --version  print the version

Examples:
  winnow clean --format markdown saved-page.html
  winnow clean --engine chromium --format jsonl saved-pages/   (rendered in headless Chromium, as the popup sees it)`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError(io, 'no command given', USAGE);
  if (first === '-h' || first === '--help' || first === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.out(`winnow ${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.get(first);
  if (!command) return usageError(io, `unknown ${first.startsWith('-') ? 'option' : 'command'} '${first}'`, USAGE);
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message, command.usage);
    throw error;
  }
}

function usageError(io: Io, message: string, usage: string): number {
  io.err(`winnow: ${message}\n\n${usage}\n`);
  return 2;
}

/** True when this module is the program (dist/cli.mjs, maybe through npm's bin symlink), not an import. */
function isProgram(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

// Run only as the program itself, so tests can import main() and call it in-process.
if (isProgram()) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0); // `winnow clean dir/ | head` is not a failure
    throw error;
  });
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`winnow: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
