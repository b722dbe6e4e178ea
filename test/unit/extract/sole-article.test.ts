/**
 * The second look when Readability picks the wrong block (src/core/extract/sole-article.ts): a page that marks its
 * story with one `<article>` gets that story, not a heavier menu beside it; a story split over sibling blocks, a
 * feed of several `<article>`s and a short marked block keep Readability's own pick.
 */
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
});
