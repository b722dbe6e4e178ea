/**
 * Everything a command touches outside itself, passed in so tests can run commands in-process and read
 * what they printed. `main.ts` binds it to the real process.
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Standard error is a terminal: a batch may show its progress there. */
  errIsTerminal?: boolean;
  /** All of standard input, read once, when `-` is among the inputs. */
  readStdin(): Promise<Uint8Array>;
  env: Readonly<Record<string, string | undefined>>;
}

/** Io over the real process. */
export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    errIsTerminal: process.stderr.isTTY === true,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    env: process.env,
  };
}
