/**
 * The article's sources (prune/citations.ts), over generated posts: a story, then a reading list — under "Further
 * reading", "Weiterführende Links", "Quellen:", "Lire aussi", no heading at all — as a list, numbered paragraphs or
 * `<br>` lines, its three to eight links each to another site (a statistics office, a paper, a book's page). The
 * whole clean runs, as on a page. The reader keeps every source with the story; the related, menu and tail-link
 * rules used to take the list as the site's own links. The same lists pointing back into the site, and share
 * and follow bars pointing at the social networks, still go.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../../helpers/dom.js';
import { reportParagraphs } from './prose.js';

/** Fixed, so a failure replays; WINNOW_SAMPLE_SEED=n draws other pages. */
const SEED = Number(process.env.WINNOW_SAMPLE_SEED) || 20261205;
const PAGE = 'https://www.valley-courier.example/2024/05/14/bridge-repairs/';

const HEADINGS = [
  '<h2>Further reading</h2>',
  '<h3>Related links</h3>',
  '<h2>Weiterführende Links</h2>',
  '<p><strong>Quellen:</strong></p>',
  '<h3>Sources</h3>',
  '<h3>À lire aussi</h3>',
  '<h3>Mehr zum Thema</h3>',
  '',
];

/** Other sites a story cites, each with a page's address and the title the author gave it. */
const SOURCES = [
  ['https://www.destatis.de/DE/Themen/bruecken.html', 'Federal Statistical Office: bridges in numbers (2023)'],
  ['https://martinfowler.com/articles/microservices.html', 'Martin Fowler: Microservices'],
  ['https://en.wikipedia.org/wiki/Stone_bridge', 'Stone bridge, in Wikipedia'],
  ['https://www.nature.com/articles/s41586-023-0001', 'Scour at masonry piers, Nature 612'],
  ['https://arxiv.org/abs/2301.00001', 'A survey of river scour models (arXiv)'],
  ['https://www.who.int/publications/i/item/9789240', 'WHO report on road safety 2023'],
  ['https://docs.python.org/3/library/csv.html', 'The csv module, Python documentation'],
  ['https://www.bast.de/DE/Ingenieurbau/zustand.html', 'BASt: condition grades of bridges'],
  ['https://samnewman.io/books/building_microservices/', 'Sam Newman: Building Microservices'],
] as const;

/** `headed-lines`: the heading as the paragraph's first line, in bold, the links as the lines under it. */
type Markup = 'ul' | 'ol' | 'paragraphs' | 'lines' | 'headed-lines';

const reading = fc.record({
  story: reportParagraphs(10, 16),
  heading: fc.constantFrom(...HEADINGS),
  sources: fc.shuffledSubarray([...SOURCES], { minLength: 3, maxLength: 8 }),
  markup: fc.constantFrom<Markup>('ul', 'ol', 'paragraphs', 'lines', 'headed-lines'),
});

/** The heading and the list, as the page writes them. */
function tail(heading: string, items: ReadonlyArray<readonly [string, string]>, markup: Markup): string {
  if (markup !== 'headed-lines') return heading + list(items, markup);
  const label = heading.replace(/<[^>]+>/g, '');
  const links = items.map(([href, title]) => `<a href="${href}">${title}</a>`);
  return `<p>${label ? `<strong>${label}</strong><br>` : ''}${links.join('<br>')}</p>`;
}

function list(items: ReadonlyArray<readonly [string, string]>, markup: Markup): string {
  const links = items.map(([href, title]) => `<a href="${href}">${title}</a>`);
  if (markup === 'lines' || markup === 'headed-lines') return `<p>${links.join('<br>')}</p>`;
  if (markup === 'paragraphs') return links.map((a, i) => `<p>${i + 1}. ${a}</p>`).join('');
  return `<${markup}>${links.map((a) => `<li>${a}</li>`).join('')}</${markup}>`;
}

function page(story: string[], tail: string): string {
  return `<!doctype html><html lang="en"><head><title>Council backs bridge repairs</title>
    <link rel="canonical" href="${PAGE}"></head><body>
    <article><h1>Council backs bridge repairs</h1>${story.map((p) => `<p>${p}</p>`).join('')}${tail}</article>
    </body></html>`;
}

const textOf = (html: string, url = PAGE) => (cleanHtml(html, { url })?.textContent ?? '').replace(/\s+/g, ' ');

describe('prune: a story’s sources', () => {
  it('stay with the story, whatever their heading and markup', () => {
    fc.assert(
      fc.property(reading, (r) => {
        const text = textOf(page(r.story, tail(r.heading, r.sources, r.markup)));
        for (const p of r.story) expect(text).toContain(p);
        for (const [, title] of r.sources) expect(text).toContain(title);
      }),
      { numRuns: 60, seed: SEED },
    );
  });

  it('stay when the page is a saved file whose canonical address names the site', () => {
    fc.assert(
      fc.property(reading, (r) => {
        const text = textOf(page(r.story, tail(r.heading, r.sources, r.markup)), 'file:///home/reader/saved.html');
        for (const [, title] of r.sources) expect(text).toContain(title);
      }),
      { numRuns: 20, seed: SEED + 1 },
    );
  });

  it('go when the same list points back into the site, as a site’s “more from us” does', () => {
    fc.assert(
      fc.property(reading, fc.boolean(), (r, absolute) => {
        const own = r.sources.map(
          ([, title], i) =>
            [`${absolute ? 'https://valley-courier.example' : ''}/2024/05/${10 + i}/story-${i}/`, title] as const,
        );
        const text = textOf(page(r.story, tail(r.heading, own, r.markup)));
        for (const p of r.story) expect(text).toContain(p);
        for (const [, title] of own) expect(text).not.toContain(title);
      }),
      { numRuns: 40, seed: SEED + 2 },
    );
  });

  it('are not what a share or follow bar is: links to the social networks go', () => {
    const bar = fc.shuffledSubarray(
      [
        ['https://www.facebook.com/sharer/sharer.php?u=x', 'Facebook'],
        ['https://twitter.com/intent/tweet?url=x', 'Twitter'],
        ['https://www.linkedin.com/shareArticle?url=x', 'LinkedIn'],
        ['https://www.xing.com/spi/shares/new?url=x', 'Xing'],
        ['https://pinterest.com/pin/create/button/?url=x', 'Pinterest'],
        ['https://www.reddit.com/submit?url=x', 'Reddit'],
        ['https://wa.me/?text=x', 'WhatsApp'],
        ['https://www.instagram.com/valleycourier', 'Instagram'],
        ['https://www.youtube.com/@valleycourier', 'YouTube'],
      ] as const,
      { minLength: 4, maxLength: 7 },
    );
    fc.assert(
      fc.property(reportParagraphs(10, 16), bar, fc.constantFrom<Markup>('ul', 'lines'), (story, links, markup) => {
        const text = textOf(page(story, list(links, markup)));
        for (const p of story) expect(text).toContain(p);
        for (const [, name] of links) expect(text).not.toContain(name);
      }),
      { numRuns: 40, seed: SEED + 3 },
    );
  });
});
