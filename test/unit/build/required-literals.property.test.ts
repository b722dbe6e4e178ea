/**
 * The literals a pattern cannot match without (src/build/required-literals.ts, read when the project is built) are in every text it matches: generated
 * patterns (fast-check, seeded) of words in several scripts and cases, escapes, classes, nested groups of
 * alternatives, every quantifier, anchors, boundaries and lookarounds, each built with a text it was written to
 * match; the engine itself says whether it does (with case folded, in Unicode mode, with text around it), and when it
 * does, one of the literals is in the text. Skipping a pattern whose literals are missing from a line it matches
 * would drop a rule's match: a line the reader sees that should have gone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../../src/build/required-literals.js';
import { splitAlternation } from '../../../src/core/extract/prune/split-alternation.js';

/** Fixed, so a failure replays; WINNOW_SAMPLE_SEED=n draws other patterns. */
const SEED = Number(process.env.WINNOW_SAMPLE_SEED) || 20261206;

/** A pattern's source and a text written to match it (lookarounds and boundaries may still refuse it). */
type Written = [source: string, text: string];

const WORDS = ['news', 'Letter', 'abo', 'weiterlesen', 'ÉTÉ', 'straße', 'né', '订阅', 'x', 'ab'];
const word = fc.constantFrom(...WORDS).map((w): Written => [w, w]);
/** A word with one letter optional, written without it: "news?letter", "newletter". */
const gappedWord = fc.tuple(fc.constantFrom(...WORDS.filter((w) => w.length >= 4)), fc.nat()).map(([w, n]): Written => {
  const at = 1 + (n % (w.length - 2));
  return [`${w.slice(0, at + 1)}?${w.slice(at + 1)}`, w.slice(0, at) + w.slice(at + 1)];
});
const escaped = fc.constantFrom<Written>(
  [String.raw`\.`, '.'],
  [String.raw`\/`, '/'],
  [String.raw`\?`, '?'],
  [String.raw`\u00e9`, 'é'],
  [String.raw`\x41`, 'A'],
  [String.raw`\s`, ' '],
  [String.raw`\s`, '\t'],
  [String.raw`\d`, '7'],
  [String.raw`\w`, 'q'],
  [String.raw`\S`, 'Z'],
  [String.raw`\p{L}`, 'ü'],
  ['.', '#'],
  ['[a-z]', 'k'],
  ['[ií]', 'í'],
  ['[^\\s]', 'w'],
);
const zeroWidth = fc.constantFrom(String.raw`\b`, '^', '$', '(?=n)', '(?!x)', '(?<=e)', '(?<![a-z])');
const quantifier = fc.constantFrom<[string, number]>(
  ['', 1],
  ['?', 0],
  ['?', 1],
  ['*', 0],
  ['*', 2],
  ['+', 1],
  ['+', 3],
  ['{2}', 2],
  ['{0,3}', 0],
  ['{1,2}', 2],
  ['??', 0],
  ['+?', 1],
);

/** An atom and whether it is a group of alternatives, which takes no repeating quantifier (no exponential run). */
type Atom = [source: string, text: string, group: boolean];
const single = (q: [string, number]) => q;
const once = quantifier.filter(([q]) => q === '' || q === '?' || q === '??');

const { pattern } = fc.letrec<{ pattern: Written; branch: Written; atom: Atom }>((tie) => ({
  atom: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    { arbitrary: word.map(([s, t]): Atom => [s, t, false]), weight: 4 },
    { arbitrary: gappedWord.map(([s, t]): Atom => [`(?:${s})`, t, true]), weight: 2 },
    escaped.map(([s, t]): Atom => [s, t, false]),
    fc
      .array(tie('branch'), { minLength: 1, maxLength: 3 })
      .chain((branches) =>
        fc
          .nat(branches.length - 1)
          .map((chosen): Atom => [`(?:${branches.map(([s]) => s).join('|')})`, branches[chosen]![1], true]),
      ),
  ),
  branch: fc
    .array(
      fc.oneof(
        tie('atom').chain(([source, text, group]) =>
          (group ? once : quantifier).map(single).map(([q, times]): Written => {
            // A quantifier applies to one atom: a word becomes a group first.
            const unit =
              !group && source.length > 1 && !/^(?:\\.|\[.*\]|\\[pu]\{?.*)$/u.test(source) ? `(?:${source})` : source;
            return [`${unit}${q}`, text.repeat(times)];
          }),
        ),
        zeroWidth.map((z): Written => [z, '']),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((parts): Written => [parts.map(([s]) => s).join(''), parts.map(([, t]) => t).join('')]),
  pattern: fc
    .array(tie('branch'), { minLength: 1, maxLength: 4 })
    .chain((branches) =>
      fc.nat(branches.length - 1).map((chosen): Written => [branches.map(([s]) => s).join('|'), branches[chosen]![1]]),
    ),
}));

/** The text with some letters in the other case: a caseless pattern matches it still. */
const recased = (text: string, flips: boolean[]): string =>
  [...text]
    .map((c, i) => (flips[i % flips.length] ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c))
    .join('');

describe('the literals a pattern cannot match without', () => {
  it('are in every text it matches, whatever the syntax, case and text around', () => {
    let matched = 0;
    let known = 0;
    fc.assert(
      fc.property(
        pattern,
        fc.constantFrom('', 'i', 'u', 'iu'),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        fc.constantFrom('', 'so ', 'Z', '— '),
        fc.constantFrom('', ' ok', '.', 'news'),
        ([source, written], flags, flips, before, after) => {
          const caseless = flags.includes('i');
          const text = before + (caseless ? recased(written, flips) : written) + after;
          const regex = new RegExp(source, flags);
          if (!regex.test(text)) return;
          matched++;
          const literals = requiredLiterals(source, caseless);
          if (!literals) return;
          known++;
          const haystack = caseless ? text.toLowerCase() : text;
          expect(
            literals.some((literal) => haystack.includes(literal)),
            `${source} /${flags} on ${text}`,
          ).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 10_000, endOnFailure: true },
    );
    // The property has matches to judge, and literals on many of them: it tests something.
    expect(matched).toBeGreaterThan(5000);
    expect(known).toBeGreaterThan(300);
  });

  it('are the words a vocabulary cannot do without', () => {
    expect(requiredLiterals(String.raw`subscribe\s+(?:now|today)`, true)).toEqual(['subscribe']);
    expect(requiredLiterals(String.raw`(?:Abonnieren|registrieren)\s+und`, true)).toEqual([
      'abonnieren',
      'registrieren',
    ]);
    expect(requiredLiterals(String.raw`^(?:share|share this|tweet)\s*:?$`, true)).toEqual(['share', 'tweet']);
    // "ab+cde" holds "ab" and "cde", never "abcde"; a branch of two letters leaves the pattern unknown.
    expect(requiredLiterals('ab+cde', false)).toEqual(['cde']);
    expect(requiredLiterals('foo|ba', false)).toBeNull();
    expect(requiredLiterals(String.raw`(a)\1`, false)).toBeNull();
  });

  it('let a caseless vocabulary match every letter the engine folds to its words’, over all of Unicode', () => {
    // Every letter's case partners (through toUpperCase and toLowerCase, both ways), each asked in a word of a
    // pattern and in the text: where the engine matches, so must the vocabulary built with its literals.
    const letters: string[] = [];
    for (let cp = 0; cp < 0x30000; cp++) if (cp < 0xd800 || cp > 0xdfff) letters.push(String.fromCodePoint(cp));
    const partners = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      if (!partners.has(a)) partners.set(a, new Set());
      partners.get(a)!.add(b);
    };
    for (const c of letters)
      for (const other of [c.toUpperCase(), c.toLowerCase()])
        if (other !== c && [...other].length === 1) {
          link(c, other);
          link(other, c);
        }
    let asked = 0;
    for (const [letter, near] of partners) {
      if (/[\\^$.*+?()[\]{}|/-]/.test(letter)) continue;
      const branch = `qq${letter}qq`;
      const texts = new Set([...near].flatMap((n) => [n, ...(partners.get(n) ?? [])]));
      for (const flags of ['i', 'iu']) {
        const regex = new RegExp(branch, flags);
        const vocabulary = splitAlternation([branch], flags, undefined, requiredLiterals);
        for (const t of texts) {
          const text = `qq${t}qq`;
          if (!regex.test(text)) continue;
          asked++;
          expect(vocabulary.test(text), `${branch} /${flags} on ${text}`).toBe(true);
        }
      }
    }
    expect(asked).toBeGreaterThan(2000);
  });

  it('let a vocabulary skip a line without its words, and only such a line', () => {
    const branches = [String.raw`subscribe\s+now`, String.raw`newsletter\b`, 'ad'];
    const vocabulary = splitAlternation(branches, 'i', (alt) => `^(?:${alt})$`, requiredLiterals);
    expect(vocabulary.test('SUBSCRIBE now')).toBe(true);
    expect(vocabulary.test('Ad')).toBe(true);
    expect(vocabulary.test('The council met on Tuesday')).toBe(false);
    // Skipped, not run: told (falsely) that every branch needs "zzz", the vocabulary no longer sees its phrase.
    const misled = splitAlternation(
      branches,
      'i',
      (alt) => `^(?:${alt})$`,
      () => ['zzz'],
    );
    expect(misled.test('SUBSCRIBE now')).toBe(false);
    expect(misled.test('SUBSCRIBE now zzz')).toBe(false);
    expect(misled.test('zzz')).toBe(false);
  });
});
