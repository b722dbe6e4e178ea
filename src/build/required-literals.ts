/**
 * Literal text a regular expression cannot match without: "subscribe\s+(?:now|today)" cannot match a line without
 * "subscribe" in it, "(?:abonnieren|registrieren)\s+und" none without one of "abonnieren", "registrieren". A line
 * holding none of a pattern's literals is decided without running it — and without compiling it, which both engines
 * do on the pattern's first use, on every click (src/core/extract/prune/split-alternation.ts). Regex engines do the
 * same with their literal prefilters; this one reads only the syntax the prune rules write. It runs when the project
 * is built (vocabulary-table.ts), never in the page: it reads a pattern character by character.
 *
 * Exact by construction: a literal is taken only from a stretch of the pattern every match must pass through, and
 * where the source holds anything this reader does not know, it knows no literal (null) rather than guess.
 */

/**
 * Literals shorter than this let almost every line through: not worth a test of their own. Two characters of a
 * script written without spaces (Han, kana, Hangul) are a word, as rare on a line as a longer Latin one: "摄影",
 * "更新", "発行".
 */
const MIN_LITERAL = 3;
const MIN_WORD_LITERAL = 2;
const WORD_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const tooShort = (literal: string): boolean =>
  literal.length < (WORD_SCRIPT.test(literal) ? MIN_WORD_LITERAL : MIN_LITERAL);

/**
 * Characters whose lower case does not decide a case-insensitive match: Greek and Greek Extended (sigmas, iotas, the
 * micro sign: one capital, several small forms), the long s and the Turkish i's, the combining iota, the old Cyrillic
 * letter forms, the long s with dot and the st ligatures (folded by the engines, not by toLowerCase). The text's side
 * of the same is split-alternation.ts's FOLDS_APART.
 */
const UNSAFE_CASELESS = /[\u0370-\u03ff\u1f00-\u1fff\u00b5\u017f\u0130\u0131\u1c80-\u1c88\u1e9b\ufb05\ufb06]|\u0345/;

/** Escapes that stand for one character, as the engine reads them. */
const CHARACTER_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', 0: '\0' };

interface Atom {
  /** The character the atom matches, when it is one fixed character. */
  char?: string;
  /** A group's required literals (one of them in every match of the group), null when unknown. */
  inner?: string[] | null;
  /** Matches no character: an anchor, a boundary, a lookaround. */
  zeroWidth?: boolean;
  /** Where the atom's source ends. */
  end: number;
}

/** Where the bracket expression opening at `start` (a `[`) ends, one past its `]`. */
function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return -1;
}

/** Where the group opening at `start` (a `(`) ends, one past its `)`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(source, i) - 1;
      if (i < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The atom starting at `i`, or null for syntax this reader does not know. */
function readAtom(source: string, i: number, caseless: boolean): Atom | null {
  const c = source[i]!;
  if (c === '\\') {
    const e = source[i + 1];
    if (e === undefined) return null;
    if (e === 'b' || e === 'B') return { zeroWidth: true, end: i + 2 };
    if (e === 'p' || e === 'P') {
      const close = source.indexOf('}', i);
      return close < 0 ? null : { end: close + 1 };
    }
    if (e === 'x' && /^[\da-f]{2}$/i.test(source.slice(i + 2, i + 4)))
      return { char: String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16)), end: i + 4 };
    if (e === 'u' && /^[\da-f]{4}$/i.test(source.slice(i + 2, i + 6)))
      return { char: String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)), end: i + 6 };
    if (e in CHARACTER_ESCAPES && !/\d/.test(source[i + 2] ?? '')) return { char: CHARACTER_ESCAPES[e], end: i + 2 };
    if ('dDwWsS'.includes(e)) return { end: i + 2 };
    // Escaped ASCII punctuation is the character itself; any other escape (back-references, \c, \k, \u{…}) is
    // unknown.
    return /[!-/:-@[-`{-~]/.test(e) ? { char: e, end: i + 2 } : null;
  }
  if (c === '[') {
    const end = classEnd(source, i);
    return end < 0 ? null : { end };
  }
  if (c === '(') {
    const end = groupEnd(source, i);
    if (end < 0) return null;
    if (/^\(\?(?:[=!]|<[=!])/.test(source.slice(i, i + 4))) return { zeroWidth: true, end };
    const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(source.slice(i));
    const open = source.startsWith('(?:', i) ? 3 : named ? named[0].length : source.startsWith('(?', i) ? -1 : 1;
    if (open < 0) return null; // modifiers and other group forms
    return { inner: requiredLiterals(source.slice(i + open, end - 1), caseless), end };
  }
  if (c === '^' || c === '$') return { zeroWidth: true, end: i + 1 };
  // A character outside the Basic Multilingual Plane is two code units, matched together.
  if (/[\ud800-\udbff]/.test(c) && /[\udc00-\udfff]/.test(source[i + 1] ?? ''))
    return { char: c + source[i + 1], end: i + 2 };
  if (c === '.' || c === ')' || c === '|' || '*+?{'.includes(c)) return c === '.' ? { end: i + 1 } : null;
  return { char: c, end: i + 1 };
}

/** The quantifier at `i`: its least count and where it ends (1 and `i` when there is none). */
function readQuantifier(source: string, i: number): { min: number; end: number } | null {
  const c = source[i];
  let min = 1;
  let end = i;
  if (c === '?' || c === '*') [min, end] = [0, i + 1];
  else if (c === '+') end = i + 1;
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i));
    if (!m) return null;
    [min, end] = [Number(m[1]), i + m[0].length];
  }
  if (end > i && source[end] === '?') end++; // lazy
  return { min, end };
}

/** The better of two requirements: the one whose shortest literal is longer, then the one with fewer literals. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (xs: string[]) => Math.min(...xs.map((x) => x.length));
  return shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.length < a.length) ? b : a;
}

/** One branch (no top-level `|`): the best literal requirement along its sequence of atoms. */
function branchLiterals(source: string, caseless: boolean): string[] | null {
  let best: string[] | null = null;
  let run = '';
  const flush = () => {
    if (run) best = better(best, [run]);
    run = '';
  };
  for (let i = 0; i < source.length;) {
    const atom = readAtom(source, i, caseless);
    if (!atom) return null;
    const quantifier = readQuantifier(source, atom.end);
    if (!quantifier) return null;
    i = quantifier.end;
    const quantified = quantifier.end > atom.end;
    if (atom.zeroWidth) {
      // An anchor or a boundary: the characters on either side still meet. A lookaround's own text is no
      // requirement of the match; the run is cut there, which is never wrong (a shorter run is still required).
      if (quantified || source[atom.end - 1] === ')') flush();
      continue;
    }
    if (atom.char !== undefined && !(caseless && UNSAFE_CASELESS.test(atom.char))) {
      if (quantifier.min === 0) flush();
      else {
        run += caseless ? atom.char.toLowerCase() : atom.char;
        if (quantified) flush(); // "ab+c" holds "ab", not "abc"
      }
      continue;
    }
    flush();
    if (atom.inner !== undefined && quantifier.min > 0) best = better(best, atom.inner);
  }
  flush();
  return best;
}

/**
 * Literals one of which every match of `source` contains (lower-cased when `caseless`: compare them with the text's
 * lower case), or null when the pattern has a branch without one long enough (`tooShort`). `caseless` is the
 * pattern's `i` flag.
 */
export function requiredLiterals(source: string, caseless: boolean): string[] | null {
  const out = new Set<string>();
  for (const branch of topLevel(source)) {
    const literals = branchLiterals(branch, caseless);
    if (!literals || literals.some(tooShort)) return null;
    for (const l of literals) out.add(l);
  }
  // A literal holding another is found whenever that one is: keep the shorter.
  const all = [...out];
  return all.filter((l) => !all.some((other) => other !== l && l.includes(other)));
}

/** The alternatives of a pattern source at its top level. */
function topLevel(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = Math.max(i, classEnd(source, i) - 1);
    else if (c === '(') i = Math.max(i, groupEnd(source, i) - 1);
    else if (c === '|') {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}
