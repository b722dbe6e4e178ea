/**
 * A named list of links longer than the short story above it (prune/related.ts): an aggregator's one-paragraph item
 * over forty "Recent nieuws" headlines, a resource blog's note over "猜你喜欢". The share guard that keeps any block
 * of more than a fifth of the article would keep such a list; a list of nothing but links under a heading that names
 * it goes, whatever its length, as long as the article keeps forty words without it. A list with prose in it, or a
 * list that is all the article has, stays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pruneRelated } from '../../../../src/core/extract/prune/related.js';
import { runRule } from './prune-helper.js';

const HEADINGS = [
  'Recent nieuws',
  'Meistgelesen',
  'Related stories',
  'Lo más leído',
  '猜你喜欢',
  '相关新闻',
  '関連記事',
];
const STORY_LINE =
  'Ziggo saw its revenue fall by 3.3 percent in the first quarter, its parent company said on Tuesday.';

const lists = fc.record({
  heading: fc.constantFrom(...HEADINGS),
  links: fc.integer({ min: 8, max: 40 }),
  storyLines: fc.integer({ min: 3, max: 5 }),
  asList: fc.boolean(),
});

function linkList(n: number, asList: boolean, prose = false): string {
  const items = Array.from({ length: n }, (_, i) => {
    const link = `<a href="/news/${i}">01-06 Another headline of the site, number ${i + 1}</a>`;
    return prose ? `${link} and a sentence the author wrote about it, with a view of his own on what it means` : link;
  });
  return asList
    ? `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`
    : items.map((item) => `<p>${item}</p>`).join('');
}

describe('prune: a named list of links longer than the story', () => {
  it('goes with its heading, and the story stays', () => {
    fc.assert(
      fc.property(lists, (l) => {
        const story = `<p>${Array.from({ length: l.storyLines }, () => STORY_LINE).join(' ')}</p>`;
        const r = runRule(pruneRelated, `<h3>${l.heading}</h3>${linkList(l.links, l.asList)}`, { before: story });
        expect(r.text).toContain(STORY_LINE);
        expect(r.text).not.toContain('Another headline of the site');
        expect(r.text).not.toContain(l.heading);
      }),
      { numRuns: 60, seed: 20261208 },
    );
  });

  it('stays when its items carry prose, or when it is all the article has', () => {
    fc.assert(
      fc.property(lists, (l) => {
        const story = `<p>${Array.from({ length: l.storyLines }, () => STORY_LINE).join(' ')}</p>`;
        const withProse = runRule(pruneRelated, `<h3>${l.heading}</h3>${linkList(l.links, l.asList, true)}`, {
          before: story,
        });
        expect(withProse.text).toContain(`number ${l.links} and a sentence the author wrote`);
        // One list element: a list written as paragraphs is a run of short blocks, each under the share guard.
        const alone = runRule(pruneRelated, `<h3>${l.heading}</h3>${linkList(l.links, true)}`, { before: '' });
        expect(alone.text).toContain(`number ${l.links}`);
      }),
      { numRuns: 40, seed: 20261209 },
    );
  });
});
