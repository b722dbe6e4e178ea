/**
 * The second look when Readability picks the wrong block (src/core/extract/sole-article.ts): a page that marks its
 * story with one `<article>` gets that story, not a heavier menu beside it; so does a page whose story is one of a
 * feed of `<article>`s, singled out by its headline; a story split over sibling blocks, a feed that does not single
 * out one item and a short marked block keep Readability's own pick.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../helpers/dom.js';
import { Readability } from '@mozilla/readability';
import { clean } from '../../../src/core/clean.js';

const sentence = (n: number) =>
  `Paragraph ${n} of the report: the coach was hired on Friday morning after a long search, the school said, and he starts at once.`;
/** A scores bar Readability scores higher than the short story: many short, comma-rich cells in one block. */
const MENU = `<div class="scores">${Array.from(
  { length: 80 },
  (_, i) => `<div class="game"><p>Final, Houston ${i}, Tulsa ${i + 3}, OT, home, away, live</p></div>`,
).join('')}</div>`;

function article(body: string): string {
  const { window } = parse(
    `<!doctype html><html lang="en"><head><title>Coach hired</title></head><body>${body}</body></html>`,
    'https://sports.example/story',
  );
  return clean(window.document)?.textContent ?? '';
}

describe("the page's one marked story, when Readability picked something else", () => {
  it('gives the story, not the heavier menu beside it', () => {
    const story = `<article class="content">${[1, 2, 3, 4].map((n) => `<p>${sentence(n)}</p>`).join('')}</article>`;
    // Readability alone takes the scores bar here: the case the second look is for.
    const { window } = parse(
      `<!doctype html><html><body>${MENU}${story}</body></html>`,
      'https://sports.example/story',
    );
    expect(new Readability(window.document).parse()?.textContent).not.toContain('Paragraph 1 of the report');
    const text = article(`${MENU}${story}`);
    expect(text).toContain('Paragraph 1 of the report');
    expect(text).toContain('Paragraph 4 of the report');
    expect(text).not.toContain('Final, Houston 10,');
  });

  it('gives the story when its comments are <article>s inside it', () => {
    const comments = [1, 2, 3]
      .map((n) => `<article class="comment"><p>Comment ${n}: great hire.</p></article>`)
      .join('');
    const story = `<article class="content">${[1, 2, 3, 4].map((n) => `<p>${sentence(n)}</p>`).join('')}${comments}</article>`;
    const text = article(`${MENU}${story}`);
    expect(text).toContain('Paragraph 4 of the report');
    expect(text).not.toContain('Final, Houston 10,');
  });

  it('keeps the pick when the marked block is one part of a story split over siblings', () => {
    const opening = `<div itemprop="articleBody">${[1, 2, 3].map((n) => `<p>${sentence(n)}</p>`).join('')}</div>`;
    const rest = `<div class="more">${Array.from({ length: 20 }, (_, n) => `<p>${sentence(n + 10)} And more follows here.</p>`).join('')}</div>`;
    const text = article(`<main>${opening}${rest}</main>`);
    expect(text).toContain('Paragraph 25 of the report');
  });

  it('leaves pages with several <article>s or a short one to Readability', () => {
    const feed = [1, 2]
      .map((n) => `<article><p>${sentence(n)}</p><p>${sentence(n + 5)}</p><p>${sentence(n + 9)}</p></article>`)
      .join('');
    expect(article(`${MENU}${feed}`)).toContain('Final, Houston 10,');
    expect(article(`${MENU}<article><p>${sentence(1)}</p></article>`)).toContain('Final, Houston 10,');
  });

  describe('a story among a feed of <article>s (an item page that shows the rest of the feed)', () => {
    /** A feed item: a headline of its own and three long paragraphs. */
    const item = (headline: string, n: number) =>
      `<article><h2>${headline}</h2>${[0, 1, 2].map((k) => `<p>${sentence(n + k)} Item ${headline}.</p>`).join('')}</article>`;
    /** Another item Readability scores higher: many short, comma-rich lines and little prose. */
    const heavy = `<article><h2>Scores tonight</h2>${MENU}</article>`;
    const page = (title: string, items: string[]) => {
      const { window } = parse(
        `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${items.join('')}</body></html>`,
        'https://sports.example/minutes/2/coach-hired',
      );
      return window.document;
    };

    it("gives the item whose headline is the page's, wherever it sits in the feed", () => {
      for (const at of [0, 1, 3]) {
        const items = [item('Rain delays the derby', 10), heavy, item('Stadium vote set for May', 20)];
        items.splice(at, 0, item('Coach hired', 1));
        const doc = page('Coach hired | Sports Example', items);
        // Readability alone takes another item here.
        expect(new Readability(doc.cloneNode(true) as Document).parse()?.textContent).not.toContain('Item Coach hired');
        const text = clean(doc)?.textContent ?? '';
        expect(text).toContain('Paragraph 3 of the report');
        expect(text).toContain('Item Coach hired');
        expect(text).not.toContain('Final, Houston 10,');
        expect(text).not.toContain('Item Stadium vote');
      }
    });

    it('gives the item over generated feeds: any length, position, separator and site name (fast-check)', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 2, max: 5 }),
          fc.nat(6),
          fc.constantFrom(' | ', ' - ', ' – ', ' — ', ': ', '｜', '_'),
          fc.constantFrom('Sports Example', 'The Daily Example', 'Example News'),
          (others, at, separator, site) => {
            const items = [
              heavy,
              ...Array.from({ length: others - 1 }, (_, k) => item(`Other story ${k + 1}`, 30 + 10 * k)),
            ];
            items.splice(Math.min(at, items.length), 0, item('Coach hired', 1));
            const text = clean(page(`Coach hired${separator}${site}`, items))?.textContent ?? '';
            expect(text).toContain('Item Coach hired');
            expect(text).not.toContain('Final, Houston 10,');
            expect(text).not.toContain('Item Other story');
          },
        ),
        { numRuns: 40 },
      );
    });

    it('leaves the pick alone when no item, or two, carry the headline, or when only one other item has a headline', () => {
      const ambiguous = page('Coach hired', [item('Coach hired', 1), heavy, item('Coach hired', 10)]);
      expect(clean(ambiguous)?.textContent).toContain('Final, Houston 10,');
      const untitled = page('Sports Example', [item('Coach hired', 1), heavy, item('Rain delays the derby', 10)]);
      expect(clean(untitled)?.textContent).toContain('Final, Houston 10,');
      // A story that goes on in a second <article> is not a feed.
      const continued = page('Coach hired', [item('Coach hired', 1), heavy]);
      expect(clean(continued)?.textContent).toContain('Final, Houston 10,');
    });
  });
});
