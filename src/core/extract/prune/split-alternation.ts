/**
 * A long alternation of phrases, compiled as several short ones. Both engines compile a regular expression on its
 * first use, on every click, and a long alternation costs more whole than the same branches in pieces: the
 * calls-to-action prompt (86 phrases in nine languages, 9,400 characters) took 93 ms in Chromium and 78 in Firefox
 * to compile and run over 60 lines of text whole, 29 and 48 in pieces of about 800 characters (headless, a fresh
 * page each time). In a whole clean, Chromium's cold median fell by 27 ms with the longest lists in pieces;
 * Firefox's did not move measurably.
 *
 * Exact for what the rules ask: a text matches some piece exactly when it matches the whole (an alternation
 * matches where one of its branches does), and the whole's leftmost match starts where the earliest piece's does.
 * Which branch matched, and how far, may differ: this is a test and a position, not a match.
 */
import type { Test } from './guarded-regex.js';

export interface Alternation extends Test {
  /** Where the whole alternation's leftmost match starts, if it matches. */
  index(text: string): number | undefined;
}

/**
 * Source characters of branches compiled together. Pieces of 400 to 1,600 characters measured alike; whole lists of
 * 3,500 characters and more cost two to three times as much as their pieces in Chromium, up to 1.5 times in Firefox.
 */
const PIECE_CHARS = 800;

/**
 * `new RegExp(around(branches.join('|')), flags)` as a test and a position, compiled in pieces. `branches` is the
 * list of alternatives, or one pattern source whose top-level alternatives they are. `around` puts each piece in
 * the pattern's frame (`alt => \`^(?:${alt})\\s*:?$\``); it must hold the piece in a group.
 */
export function splitAlternation(
  branches: string | readonly string[],
  flags = '',
  around: (alternation: string) => string = (alternation) => alternation,
): Alternation {
  if (/[gy]/.test(flags)) throw new Error(`splitAlternation: a stateful flag (${flags}) would carry lastIndex`);
  const list = typeof branches === 'string' ? topLevelBranches(branches) : branches;
  // A group's number changes when its branch moves to another piece.
  if (list.some((branch) => /\\(?:[1-9]|k<)/.test(branch)))
    throw new Error('splitAlternation: a back-reference would point at another group in a piece');
  const pieces: RegExp[] = [];
  let piece: string[] = [];
  let chars = 0;
  const close = (): void => {
    if (piece.length) pieces.push(new RegExp(around(piece.join('|')), flags));
    piece = [];
    chars = 0;
  };
  for (const branch of list) {
    piece.push(branch);
    chars += branch.length;
    if (chars >= PIECE_CHARS) close();
  }
  close();
  return {
    test: (text) => pieces.some((re) => re.test(text)),
    index(text) {
      let first: number | undefined;
      for (const re of pieces) {
        const at = re.exec(text)?.index;
        if (at !== undefined && (first === undefined || at < first)) first = at;
        if (first === 0) break;
      }
      return first;
    },
  };
}

/** The alternatives of a pattern source at its top level: `a|(?:b|c)|[|]` → `a`, `(?:b|c)`, `[|]`. */
export function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}
