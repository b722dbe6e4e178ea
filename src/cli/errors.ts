/**
 * The two ways a run goes wrong, kept apart because they end differently: a usage error stops everything
 * with exit code 2 and the usage text; an input error is reported for that input and the batch goes on.
 */
export class UsageError extends Error {}

export class InputError extends Error {}

/** A short, human message for an error thrown while reading one input (no stack traces for users). */
export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  // jsdom parses and walks recursively: thousands of nested elements overflow the stack.
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'page nested too deeply to clean';
  return error instanceof Error ? error.message : String(error);
}

/** The chosen engine cannot run at all (no browser, no driver): nothing is cleaned, and the message says what to install. */
export class EngineError extends Error {}
