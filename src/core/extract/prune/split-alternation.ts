/**
 * A rule's vocabulary — a long alternation of phrases — as a test and a position that costs a page little. Both
 * engines compile a regular expression on its first use, on every click, and the rules hold some 340 of them; a page
 * pays for every one its lines reach. Two things cut that cost, exactly:
 *
 * - Pieces. A long alternation costs more whole than the same branches in pieces: the calls-to-action prompt (86
 *   phrases in nine languages, 9,400 characters) took 93 ms in Chromium and 78 in Firefox to compile and run over 60
 *   lines of text whole, 29 and 48 in pieces of about 800 characters (headless, a fresh page each time).
 * - Required literals. A piece is compiled and run only for a text holding one of the literals its branches cannot
 *   match without ("subscribe\s+(?:now|today)" needs "subscribe"), as regex engines' own prefilters do: most lines
 *   of most pages hold none of a vocabulary's words. The literals are read from the patterns when the project is
 *   built, not in the page (src/build/required-literals.ts, into vocabulary-literals.ts): reading 52 KB of pattern
 *   source in the page cost more on each click (76 ms cold) than the compiles it saved.
 *
 * Exact for what the rules ask: a text matches some piece exactly when it matches the whole (an alternation
 * matches where one of its branches does), and the whole's leftmost match starts where the earliest piece's does.
 * Which branch matched, and how far, may differ: this is a test and a position, not a match.
 */
import type { Test } from './guarded-regex.js';
import { VOCABULARY_LITERALS_JSON } from './vocabulary-literals.js';

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
 * Texts longer than this are asked of every piece, without the literals: each literal is a scan of the whole text, a
 * vocabulary has up to a hundred, and a piece's own expression scans the text once (or, anchored at its start, hardly
 * at all). A 5 MB paragraph spent 620 ms of its clean in these scans in Chromium. No block of an ordinary page is this
 * long, so the compiles the literals save are still saved there.
 */
const PREFILTER_MAX_CHARS = 65_536;

/** One of these is in every text a branch matches (lower-cased for a caseless branch); null: none known. */
export type LiteralsOf = (branch: string, caseless: boolean) => readonly string[] | null;

/** The build's table (vocabulary-literals.ts); a branch it does not hold is asked of every text. */
let table: Readonly<Record<string, readonly string[]>> | undefined;
const builtLiterals: LiteralsOf = (branch, caseless) =>
  (table ??= JSON.parse(VOCABULARY_LITERALS_JSON) as Record<string, string[]>)[literalKey(branch, caseless)] ?? null;

/** Every vocabulary made so far, built or not: for the build's table and the test that keeps it current. */
const vocabulariesMade: { branches: string | readonly string[]; caseless: boolean }[] = [];
export const vocabularyBranches = (): readonly { branch: string; caseless: boolean }[] =>
  vocabulariesMade.flatMap(({ branches, caseless }) =>
    (typeof branches === 'string' ? topLevelBranches(branches) : branches).map((branch) => ({ branch, caseless })),
  );

/**
 * `new RegExp(around(branches.join('|')), flags)` as a test and a position, compiled in pieces, each only when a
 * text holds one of its branches' literals. `branches` is the list of alternatives, or one pattern source whose
 * top-level alternatives they are. `around` puts each piece in the pattern's frame (`alt => \`^(?:${alt})\\s*:?$\``);
 * it must hold the piece in a group, once and not optional. `literalsOf` is the build's table but in tests.
 *
 * The pieces are made on the first question, not here: the rules make their vocabularies as the cleaner's script
 * loads, on every click, and a page asks only some of them (splitting and looking up all of them was a fifth of the
 * script's set-up in Chromium). What would make a piece wrong is refused here, at once.
 */
export function splitAlternation(
  branches: string | readonly string[],
  flags = '',
  around: (alternation: string) => string = (alternation) => alternation,
  literalsOf: LiteralsOf = builtLiterals,
): Alternation {
  if (/[gy]/.test(flags)) throw new Error(`splitAlternation: a stateful flag (${flags}) would carry lastIndex`);
  // A group's number changes when its branch moves to another piece.
  if (/\\(?:[1-9]|k<)/.test(typeof branches === 'string' ? branches : branches.join('|')))
    throw new Error('splitAlternation: a back-reference would point at another group in a piece');
  const caseless = flags.includes('i');
  vocabulariesMade.push({ branches, caseless });
  let made: Alternation | undefined;
  const pieces = (): Alternation => (made ??= inPieces(branches, flags, caseless, around, literalsOf));
  return { test: (text) => pieces().test(text), index: (text) => pieces().index(text) };
}

/** The pieces of splitAlternation, and its test and position over them. */
function inPieces(
  branches: string | readonly string[],
  flags: string,
  caseless: boolean,
  around: (alternation: string) => string,
  literalsOf: LiteralsOf,
): Alternation {
  const list = typeof branches === 'string' ? topLevelBranches(branches) : branches;

  // Branches with literals first, the rest last: a piece holding one branch without is asked of every text, so
  // those branches go together. (Order does not change what a test or a position finds.)
  const known: { branch: string; literals: readonly string[] }[] = [];
  const unknown: string[] = [];
  for (const branch of list) {
    const literals = literalsOf(branch, caseless);
    if (literals) known.push({ branch, literals });
    else unknown.push(branch);
  }
  const pieces: Piece[] = [];
  let piece: string[] = [];
  let literals: string[] | null = [];
  let chars = 0;
  const close = (): void => {
    if (piece.length) pieces.push(lazyPiece(around(piece.join('|')), flags, literals && withPairs(literals)));
    piece = [];
    literals = [];
    chars = 0;
  };
  const add = (branch: string, own: readonly string[] | null): void => {
    piece.push(branch);
    literals = own && literals ? literals.concat(own) : null;
    chars += branch.length;
    if (chars >= PIECE_CHARS) close();
  };
  for (const { branch, literals: own } of known) add(branch, own);
  close();
  for (const branch of unknown) add(branch, null);
  close();

  const hits = (text: string): Piece[] => {
    if (text.length > PREFILTER_MAX_CHARS) return pieces;
    const haystack = caseless ? lowerCase(text) : text;
    if (haystack === null) return pieces;
    const pairs = pairsOf(haystack);
    return pieces.filter(
      (p) => !p.literals || p.literals.some((literal) => holdsPairs(pairs, literal) && haystack.includes(literal.text)),
    );
  };
  return {
    test: (text) => hits(text).some((p) => p.regex().test(text)),
    index(text) {
      let first: number | undefined;
      for (const p of hits(text)) {
        const at = p.regex().exec(text)?.index;
        if (at !== undefined && (first === undefined || at < first)) first = at;
        if (first === 0) break;
      }
      return first;
    },
  };
}

/**
 * A rule's pattern as a test (and a position) that compiles only for texts holding its words: `vocabulary(/…/i)`
 * answers as the regular expression does (a long one in pieces, see above).
 */
export const vocabulary = (pattern: RegExp): Alternation => splitAlternation(pattern.source, pattern.flags);

interface Piece {
  /** Compiled on first use. */
  regex: () => RegExp;
  /** One of these is in every text the piece matches (lower-cased for a caseless piece); null: unknown. */
  literals: readonly Literal[] | null;
}

/** A required literal, and the bits of its pairs of adjacent characters (PAIR_BITS). */
interface Literal {
  text: string;
  pairs: readonly number[];
}

/**
 * Before a literal's scan of a text, its pairs of adjacent code units are looked up in the text's: a text that lacks
 * one of them cannot hold the literal. The text's pairs are hashed into a bitmap of 2,048 bits, built once for the
 * several vocabularies a rule asks of the same line; a literal's pairs are hashed when its vocabulary is built. A
 * hash shared by another pair only lets a scan through, so answers are the scans' own. One `includes` a literal, tens
 * a vocabulary, for every line, cost about 80 ms of a clean on a page of 2,000 paragraphs in Chromium; about 45 this
 * way (an ordinary page's few dozen lines cost little either way).
 */
const PAIR_BITS = 2048;
const pairHash = (a: number, b: number): number => Math.imul((a << 16) | b, 0x9e3779b1) >>> 21;

/**
 * Each literal with its pairs' bits. Loops, not `Array.prototype.map`: this runs as the cleaner's script loads, before
 * its check of the page's built-ins (content/builtins-intact.ts), and a page that replaced `map` must still get that
 * check's answer rather than a script that failed to load.
 */
function withPairs(texts: readonly string[]): Literal[] {
  const out: Literal[] = [];
  for (const text of texts) {
    const pairs: number[] = [];
    for (let i = 0; i + 1 < text.length; i++) pairs.push(pairHash(text.charCodeAt(i), text.charCodeAt(i + 1)));
    out.push({ text, pairs });
  }
  return out;
}

/** The pair bitmaps of the last two texts asked (a line, and the same line lower-cased for caseless vocabularies). */
const pairSlots = [
  { text: '', bits: new Uint32Array(PAIR_BITS / 32) },
  { text: '', bits: new Uint32Array(PAIR_BITS / 32) },
];
let nextSlot = 0;

function pairsOf(text: string): Uint32Array {
  for (const slot of pairSlots) if (slot.text === text) return slot.bits;
  const slot = pairSlots[nextSlot]!;
  nextSlot = 1 - nextSlot;
  slot.text = text;
  slot.bits.fill(0);
  for (let i = 0, previous = text.charCodeAt(0); i + 1 < text.length; i++) {
    const next = text.charCodeAt(i + 1);
    const hash = pairHash(previous, next);
    slot.bits[hash >>> 5]! |= 1 << (hash & 31);
    previous = next;
  }
  return slot.bits;
}

const holdsPairs = (bits: Uint32Array, literal: Literal): boolean =>
  literal.pairs.every((hash) => (bits[hash >>> 5]! & (1 << (hash & 31))) !== 0);

function lazyPiece(source: string, flags: string, literals: readonly Literal[] | null): Piece {
  let compiled: RegExp | undefined;
  return { regex: () => (compiled ??= new RegExp(source, flags)), literals };
}

/**
 * Letters a caseless pattern matches though their lower case is not the pattern's: "ſ" is "s" to /iu, the old
 * Cyrillic forms U+1C80–U+1C88 are "в", "д", "о", "с", "т", "ъ", "ѣ", "ꙋ" to /i, "ẛ" is "ṡ" (the engines' case
 * folding against toLowerCase, over every code point). A text holding one is asked of every piece.
 */
const FOLDS_APART = /[\u017f\u1c80-\u1c88\u1e9b]/;

/** The last text lower-cased (null: see FOLDS_APART): each line is asked of several vocabularies in a row. */
let lastText = '';
let lastLower: string | null = '';
function lowerCase(text: string): string | null {
  if (text !== lastText) [lastText, lastLower] = [text, FOLDS_APART.test(text) ? null : text.toLowerCase()];
  return lastLower;
}

/**
 * A branch's key in the build's table: FNV-1a over the branch and its case flag, in base 36. A branch whose source
 * changes gets another key, so a table the build did not refresh makes a rule slower, not wrong (the build refuses
 * two branches on one key, and a unit test fails on a table out of step).
 */
export function literalKey(branch: string, caseless: boolean): string {
  let hash = caseless ? 0x811c9dc5 : 0x050c5d1f;
  for (let i = 0; i < branch.length; i++) hash = Math.imul(hash ^ branch.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
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
