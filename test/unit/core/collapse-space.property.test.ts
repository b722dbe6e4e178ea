/**
 * `collapseRuns` and `collapseSpace` replace only the runs of white space that are not already one plain space: the
 * same string as `replace(/\s+/g, ' ')` (and `.trim()`), for any text. The engine's `\s` is the oracle; texts draw
 * every character `\s` matches (the Unicode spaces, line and paragraph separators, the BOM), runs of them of any
 * length, next to letters, CJK text and the characters next to white space that are not (U+180E, zero-width space).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseRuns, collapseSpace } from '../../../src/core/dom.js';

const SEED = Number(process.env.WINNOW_SAMPLE_SEED) || 1206;

/** Every code unit `\s` matches, found by asking the engine. */
const SPACES = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((c) => /\s/.test(c));
const NOT_SPACES = ['a', 'Z', '中', '\u180e', '\u200b', '\u00ad', '.', '\u0301'];

const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SPACES),
      fc.constant(' '),
      fc.constantFrom(...NOT_SPACES),
      fc.string({ unit: fc.constantFrom(...SPACES), minLength: 2, maxLength: 5 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('collapsing white space', () => {
  it('knows every white-space character the engine does', () => {
    // Twenty-five in ES2023: tab, LF, VT, FF, CR, space, NBSP, U+1680, U+2000–200A, LS, PS, U+202F, U+205F, U+3000, BOM.
    expect(SPACES.length).toBe(25);
  });

  it('is replace(/\\s+/g, " ") and, trimmed, replace(/\\s+/g, " ").trim(), for any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(collapseRuns(t)).toBe(t.replace(/\s+/g, ' '));
        expect(collapseSpace(t)).toBe(t.replace(/\s+/g, ' ').trim());
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
