/**
 * Lines that are only replacement characters (garbled.ts): broken bytes a page stored as "������", shown by every
 * browser as they are. Over generated stories, such a run — a paragraph of its own, a `<br>` line among others, or
 * the text just before a picture — goes, while every paragraph, every other line and the picture stay; a line where
 * words and broken characters mix stays whole, so the reader sees where text was lost.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pruneArticle } from '../../../../src/core/extract/prune/index.js';
import { englishStory, keepsAll, p, place, prune, RUNS, squash } from './story-page.js';
import { phrase } from './prose.js';

/** A run of one to eight replacement characters, with spaces or a stop around it now and then. */
const garbled = fc
  .tuple(fc.integer({ min: 1, max: 8 }), fc.constantFrom('', ' ', '。', ' .'), fc.constantFrom('', ' ', '\n'))
  .map(([n, after, before]) => `${before}${'\uFFFD'.repeat(n)}${after}`);

const SHAPES = {
  /** A paragraph of its own. */
  paragraph: (run: string, lines: string[]) => `${p(run)}${p(lines.join(' '))}`,
  /** One line of a block written with `<br>` between its lines. */
  brLine: (run: string, lines: string[]) => p([lines[0], run, ...lines.slice(1)].join('<br>')),
  /** The text just before a picture inside a block of lines (a site's broken emoji above its photo). */
  beforePicture: (run: string, lines: string[]) =>
    p(
      `${lines[0]}<br>${run}<div><img src="https://example.test/harbour.jpg" alt=""></div>${lines.slice(1).join('<br>')}`,
    ),
};

describe('lines of replacement characters', () => {
  it('go, and every paragraph, line and picture stays', () => {
    fc.assert(
      fc.property(
        englishStory,
        garbled,
        fc.constantFrom(...(Object.keys(SHAPES) as Array<keyof typeof SHAPES>)),
        fc.array(phrase(3, 10), { minLength: 2, maxLength: 4 }),
        fc.nat(10),
        (story, run, shape, lines, at) => {
          const html = place(story, SHAPES[shape](run, lines), at);
          const result = prune(html);
          expect(keepsAll(result, story)).toBe(true);
          for (const line of lines) expect(result.kept).toContain(squash(line));
          expect(result.kept).not.toContain('\uFFFD');
          expect(result.removed.some((r) => r.includes('\uFFFD'))).toBe(true);
          if (shape === 'beforePicture') {
            const doc = new JSDOM('<!doctype html><body></body>').window.document;
            const root = doc.createElement('div');
            root.innerHTML = html;
            pruneArticle(root, { title: 'Council backs new bridge', byline: null, articleBody: null });
            expect(root.querySelector('img[src$="harbour.jpg"]')).not.toBeNull();
          }
        },
      ),
      { numRuns: RUNS, seed: 20261204 },
    );
  });

  it('stay where they sit among words: the line is kept whole', () => {
    fc.assert(
      fc.property(englishStory, garbled, phrase(3, 10), fc.nat(10), (story, run, words, at) => {
        const mixed = `${words} ${run.trim()} ${words}`;
        const result = prune(place(story, p(mixed), at));
        expect(keepsAll(result, story)).toBe(true);
        expect(result.kept).toContain(squash(mixed));
      }),
      { numRuns: RUNS, seed: 20261205 },
    );
  });
});
