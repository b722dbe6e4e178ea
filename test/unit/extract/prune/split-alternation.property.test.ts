/**
 * A long alternation compiled in pieces (prune/split-alternation.ts) answers as the whole pattern does: over generated
 * lists of hundreds of branches (anchors, word boundaries, bounded wildcards, groups and classes holding `|`), in
 * pieces or framed by a pattern around them, and texts drawn from the branches' own words so that many match, the
 * test and the leftmost match's position are the whole regular expression's — also when each piece is asked only of
 * texts holding its branches' required literals, as the rules' vocabularies are, and for texts too long for that.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../../../src/build/required-literals.js';
import { splitAlternation, topLevelBranches } from '../../../../src/core/extract/prune/split-alternation.js';

/** Fixed, so a failure replays; WINNOW_SAMPLE_SEED=n draws other lists. */
const SEED = Number(process.env.WINNOW_SAMPLE_SEED) || 20261206;
const RUNS = 60;

const WORDS = ['ab', 'ba', 'abc', 'c', 'Ab', 'xy', 'é', 'abcab', 'Éba', 'xyz'];
const atom = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom(String.raw`\s+`, String.raw`\s*`, '.{0,3}', '(?:ab|c)', '[ab|]', String.raw`\b`, String.raw`\d+`),
);
const branch = fc
  .tuple(fc.boolean(), fc.array(atom, { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([start, atoms, end]) => `${start ? '^' : ''}${atoms.join('')}${end ? '$' : ''}`);
/** Enough branches that the list is compiled in several pieces. */
const branches = fc.array(branch, { minLength: 120, maxLength: 400 });
const text = fc
  .array(fc.constantFrom(...WORDS, ' ', '  ', '|', '1', '23', ',', 'q'), { maxLength: 14 })
  .map((parts) => parts.join(''));
const frames: Array<[string, (alternation: string) => string]> = [
  ['bare', (alternation) => alternation],
  ['a line of one phrase', (alternation) => String.raw`^(?:${alternation})\s*:?$`],
  ['a label and its text', (alternation) => String.raw`^\[?\s*(?:${alternation})(?:\s+c)?\s*[:]\s*\S`],
];

describe('a long alternation compiled in pieces', () => {
  for (const [name, around] of frames)
    it(`answers as the whole pattern, ${name}`, () => {
      fc.assert(
        fc.property(
          branches,
          fc.array(text, { minLength: 20, maxLength: 20 }),
          fc.boolean(),
          (list, texts, caseless) => {
            const flags = caseless ? 'i' : '';
            const whole = new RegExp(around(list.join('|')), flags);
            const fromList = splitAlternation(list, flags, around);
            const fromSource = splitAlternation(list.join('|'), flags, around);
            // As the product builds them: each piece asked only of texts holding one of its branches' literals.
            const prefiltered = splitAlternation(list, flags, around, requiredLiterals);
            // Two of them longer than the literals are read for (split-alternation.ts, PREFILTER_MAX_CHARS).
            const long = texts.slice(0, 2).map((t) => `${'q '.repeat(33_000)}${t}`);
            for (const t of [...texts, ...long]) {
              const expected = whole.exec(t)?.index;
              expect(fromList.index(t), t).toBe(expected);
              expect(fromSource.index(t), t).toBe(expected);
              expect(fromList.test(t), t).toBe(expected !== undefined);
              expect(prefiltered.index(t), t).toBe(expected);
              expect(prefiltered.test(t), t).toBe(expected !== undefined);
            }
          },
        ),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    });

  it('splits a source only at its top level', () => {
    expect(topLevelBranches(String.raw`a|(?:b|c)|[|(]|\||x(?:y|(z|w))`)).toEqual([
      'a',
      '(?:b|c)',
      '[|(]',
      String.raw`\|`,
      'x(?:y|(z|w))',
    ]);
  });

  it('refuses what pieces would change: a stateful flag, a back-reference', () => {
    expect(() => splitAlternation(['a', 'b'], 'gi')).toThrow(/stateful/);
    expect(() => splitAlternation([String.raw`(a)\1`, 'b'])).toThrow(/back-reference/);
  });
});
