/**
 * Where the page sets its headline (src/core/extract/headline-element.ts): the heading the `<title>` states, also when
 * the title adds the story's label before it ("Label: Headline - Site"), but not a logo's heading that is a small part
 * of the title, nor another box's heading that only starts like the title.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { headlineElements } from '../../../src/core/extract/headline-element.js';

const doc = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;
const found = (body: string, title: string) => headlineElements(doc(body), [title]).map((el) => el.outerHTML);

const HEADLINE = 'Debatte über Liveübertragung neu entfacht';
const LABELLED = `Pilnacek-U-Ausschuss: ${HEADLINE} - news.ORF.at`;

describe('the headline element', () => {
  it('is the heading inside a title that adds a label and the site, not a video box heading starting the same', () => {
    const body =
      `<div class="story-lead"><div class="keyword">Pilnacek-U-Ausschuss</div><h1>${HEADLINE}</h1></div>` +
      `<section class="stripe"><h2>Pilnacek-U-Ausschuss: Debatte über Liveübertragung</h2><p>Video</p></section>`;
    expect(found(body, LABELLED)).toEqual([`<h1>${HEADLINE}</h1>`]);
  });

  it('is not the logo heading whose site name is only a small part of the title', () => {
    const body = `<header><h1>Daily Example</h1></header><article><h2>${HEADLINE}</h2><p>Text.</p></article>`;
    expect(found(body, `${HEADLINE} - Daily Example`)).toEqual([`<h2>${HEADLINE}</h2>`]);
  });
});
