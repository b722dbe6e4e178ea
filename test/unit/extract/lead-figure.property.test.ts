/**
 * The story's photo set in a box of its own before the box of its text (lead-figure.ts), over generated news pages
 * in the shapes news systems print (TYPO3's news extension, a plain figure, a media box; a standfirst between or
 * not; the body named by schema.org's `articleBody` or a post-body class; one to five paragraphs): Readability
 * scored the text box alone and the reader lost the photo. Every time: the photo is there, before the story's first
 * paragraph, with its caption when the page set it as a figure's (a caption line outside a figure stays out, as the
 * caption rules decide for any article), and every paragraph stays. A box that is a teaser (a picture with a linked
 * headline), has a heading, or shows a gallery of pictures is not the story's picture.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml, parse } from '../../helpers/dom.js';
import { leadFigure } from '../../../src/core/extract/lead-figure.js';
import { paragraph, phrase, sentence } from './prune/prose.js';

const RUNS = 40;

/** The picture's box as news systems print it: its file, and whether its caption is a figure's. */
const PICTURE_BOXES: Array<{ file: string; figure: boolean; html: (caption: string) => string }> = [
  {
    file: 'csm_bild.jpg',
    figure: false,
    html: (caption) =>
      `<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><a href="/fileadmin/bild.jpg" class="lightbox" rel="lightbox[set]"><img class="img-fluid" src="/fileadmin/_processed_/csm_bild.jpg" width="282" height="188" alt=""></a></div><p class="news-img-caption">${caption}</p></div></div>`,
  },
  {
    file: 'photo.jpg',
    figure: true,
    html: (caption) => `<figure><img src="/media/photo.jpg" alt="Photo"><figcaption>${caption}</figcaption></figure>`,
  },
  {
    file: 'lead.jpg',
    figure: true,
    html: (caption) =>
      `<div class="article-media"><figure class="image"><img src="/images/2024/05/lead.jpg" width="1200" height="675" alt=""><figcaption>${caption}</figcaption></figure></div>`,
  },
];

const page = fc
  .record({
    box: fc.integer({ min: 0, max: PICTURE_BOXES.length - 1 }),
    caption: sentence(4, 12),
    headline: phrase(4, 8),
    teaser: fc.option(paragraph, { nil: null }),
    named: fc.constantFrom('itemprop="articleBody"', 'class="entry-content"'),
    story: fc.uniqueArray(paragraph, { minLength: 1, maxLength: 5 }),
  })
  .map(({ box, caption, headline, teaser, named, story }) => {
    const html =
      `<!doctype html><html><head><title>${headline}</title></head><body><nav><a href="/">Start</a> <a href="/news">News</a></nav>` +
      `<main><div class="article"><div class="header"><h1>${headline}</h1></div>` +
      (teaser ? `<div class="teaser-text"><p>${teaser}</p></div>` : '') +
      PICTURE_BOXES[box]!.html(caption) +
      `<div ${named}>${story.map((s) => `<p>${s}</p>`).join('\n')}</div><div class="news-backlink-wrap"><a href="/news">Zurück</a></div></div></main>` +
      `<footer><p>Stadt Musterstadt · Rathausplatz 1</p></footer></body></html>`;
    const { file, figure } = PICTURE_BOXES[box]!;
    return { html, caption, story, file, figure };
  });

describe("the story's photo beside its body", () => {
  it("is there before the story, with its figure's caption, and every paragraph stays", () => {
    fc.assert(
      fc.property(page, ({ html, caption, story, file, figure }) => {
        const article = cleanHtml(html, { url: 'https://www.example.de/aktuelles/detail/brücke' });
        const content = article?.content ?? '';
        const text = article?.textContent ?? '';
        for (const s of story) expect(text).toContain(s);
        expect(content).toContain(file);
        expect(content.indexOf(file)).toBeLessThan(content.indexOf(story[0]!.slice(0, 40)));
        if (figure) expect(text).toContain(caption);
      }),
      { numRuns: RUNS },
    );
  });

  it('is not a teaser, a headed box or a gallery', () => {
    const body = '<div itemprop="articleBody"><p>The council met on Tuesday and voted for the new bridge.</p></div>';
    const boxes = [
      '<div class="teaser"><img src="/a.jpg" alt=""><a href="/other-story">Another story worth reading today</a></div>',
      '<div class="media"><h2>Gallery</h2><img src="/a.jpg" alt=""><p>The bridge at dawn.</p></div>',
      '<div class="gallery"><img src="/a.jpg" alt=""><img src="/b.jpg" alt=""><p>Two views of the bridge.</p></div>',
      '<div class="icon"><img src="/pdf.png" width="16" height="16" alt=""> Download</div>',
    ];
    for (const box of boxes) {
      const doc = parse(`<!doctype html><html><body><div class="article">${box}${body}</div></body></html>`).window
        .document;
      expect(leadFigure(doc)).toBeNull();
    }
  });
});
