/**
 * A batch's progress on stderr — "winnow: 12/181 pages" redrawn in place — only when stderr is a terminal and
 * there is more than one page: piped or logged stderr gets the messages alone. Messages go through `say`, which
 * clears the progress line first so the two never share a line.
 */
import type { Io } from './io.js';

export interface Progress {
  /** One more page finished. */
  step(): void;
  /** A message line (ending in \n) for stderr. */
  say(text: string): void;
  /** Clears the progress line. */
  end(): void;
}

const CLEAR = '\r\x1b[K';

export function progress(io: Io, total: number): Progress {
  if (!io.errIsTerminal || total < 2)
    return { step: () => undefined, say: (text) => io.err(text), end: () => undefined };
  let done = 0;
  const draw = () => io.err(`${CLEAR}winnow: ${done}/${total} pages`);
  draw();
  return {
    step: () => {
      done++;
      draw();
    },
    say: (text) => {
      io.err(CLEAR + text);
      draw();
    },
    end: () => io.err(CLEAR),
  };
}
