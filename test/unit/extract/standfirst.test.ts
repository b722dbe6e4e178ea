/**
 * The standfirst Readability drops with the story's header (src/core/extract/standfirst.ts), over generated news
 * pages: a header (a `<header>` or a box named as one) holding a kicker, the headline, the author and date lines and
 * the summary sentence under any of the names sites give it, or none, as a paragraph or as a heading named as the
 * subtitle; the story's paragraphs below. The reader gets the summary at the top of the article, once, also where the
 * logo and section names are <h1>s and the page marks its headline (itemprop="headline"), and where dialogs before the
 * article have <h1>s of their own (the headline is then the one the title names); the author, date and label lines of
 * the header never come back; on a page with two headlines and none marked, or with no header round its headline,
 * a summary paragraph comes back as the run of the story just above it (sibling-gaps.ts) and a summary heading is
 * left as it was, as is a heading not named as the subtitle and a caption in the header's picture box. Where no header
 * box holds the headline, the box after the headline's cell named as the standfirst (by class, id or data attribute)
 * gives it, and a teaser card's dek further down never does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, readabilityText } from '../../helpers/dom.js';
import { clean } from '../../../src/core/clean.js';

const SUMMARIES = [
  'For the first time since they won the tournament in 2014, Germany won their opening game at the World Cup.',
  'Le club breton recherche un technicien étranger pour remplacer son entraîneur, limogé après trois défaites.',
  'Die Stadt will bis 2030 klimaneutral werden, doch der Plan des Senats lässt wichtige Fragen offen.',
  '市政府宣布，明年起全市公交将全面实行免费换乘，预计每天惠及两百万乘客。',
];
const SUMMARY_CLASSES = ['teaser-text', 'hat', 'chapo', 'article-lead', 'intro', 'standfirst', 'summary', ''];
const PARAGRAPH = (n: number) =>
  `Paragraph ${n} of the report tells what happened on the ground, who said what and what comes next, in full sentences.`;

interface Page {
  summary: number;
  summaryClass: string;
  headerTag: 'header' | 'div';
  label: boolean;
  paragraphs: number;
  inBody: boolean;
  /** The headline as the page's one <h1>, or as an <h2> marked itemprop="headline" under a logo and a section <h1>. */
  marked: boolean;
  /** The summary as a paragraph, or as a heading named as the subtitle (Substack's `h3.subtitle`, `h2.dek`). */
  as?: 'p' | 'h2' | 'h3';
  /** Dialogs with <h1>s of their own before the article (Substack's sign-up and share dialogs). */
  dialogs?: boolean;
  /** Boxes between the header and its lines (Radio-Canada's headline sits four boxes under its `<header>`). */
  depth?: number;
}

const SUBTITLE_CLASSES = ['subtitle', 'dek', 'standfirst', 'article-lead'];
/**
 * Of the classes above, the names that say "standfirst" wherever the box stands between the headline and the story
 * (standfirst.ts STANDFIRST_NAME, and LEAD_NAME for a box without a picture).
 */
const NAMED_STANDFIRST = ['teaser-text', 'chapo', 'standfirst', 'dek', 'article-lead', 'intro'];

function newsPage(p: Page, { secondH1 = false, noHeader = false } = {}): string {
  const summary = SUMMARIES[p.summary]!;
  const cls = p.summaryClass ? ` class="${p.summaryClass}"` : '';
  const label = p.label ? '<strong class="hat-label">SPORT</strong> ' : '';
  const headline = p.marked
    ? '<h2 itemprop="headline">The headline of the story</h2>'
    : '<h1>The headline of the story</h1>';
  const head = `<div class="kicker"><a href="/sport">Sport</a></div>${headline}
    <div class="author-details"><a href="/author/jh">Jonathan Harding</a></div>
    <p class="datetime"><time datetime="2026-06-14">June 14, 2026</time></p>
    ${p.as && p.as !== 'p' ? `<${p.as} class="${SUBTITLE_CLASSES[p.summary % SUBTITLE_CLASSES.length]}">${label}${summary}</${p.as}>` : `<p${cls}>${label}${summary}</p>`}`;
  const open =
    (noHeader ? '<div>' : p.headerTag === 'header' ? '<header>' : '<div class="article-header">') +
    '<div>'.repeat(p.depth ?? 0);
  const close = '</div>'.repeat(p.depth ?? 0) + (noHeader || p.headerTag === 'div' ? '</div>' : '</header>');
  const body = Array.from({ length: p.paragraphs }, (_, i) => `<p>${PARAGRAPH(i + 1)}</p>`);
  if (p.inBody) body.unshift(`<p>${summary}</p>`);
  return `<!doctype html><html><head><title>The headline of the story | Example News</title></head><body>
    <nav>${p.marked ? '<h1><a href="/">Example News</a></h1><h1>Sport</h1>' : ''}<a href="/">Home</a> <a href="/sport">Sport</a></nav>${secondH1 ? '<h1>Example News</h1>' : ''}
    ${p.dialogs ? '<div role="dialog" class="modal"><h1>Share this post</h1><p>Copy link</p></div><div role="dialog"><h1>Subscribe to the newsletter</h1></div>' : ''}
    <article>${open}${head}${close}<div class="article-body">${body.join('')}</div></article>
    <footer><p>© Example News</p></footer></body></html>`;
}

const cleaned = (html: string) => clean(parse(html, 'https://news.example/story').window.document)!;
const readabilityAlone = (html: string) => readabilityText(html, 'https://news.example/story');

const pages = fc.record({
  summary: fc.integer({ min: 0, max: SUMMARIES.length - 1 }),
  summaryClass: fc.constantFrom(...SUMMARY_CLASSES),
  headerTag: fc.constantFrom('header' as const, 'div' as const),
  label: fc.boolean(),
  paragraphs: fc.integer({ min: 4, max: 9 }),
  inBody: fc.boolean(),
  marked: fc.boolean(),
  as: fc.constantFrom('p' as const, 'h2' as const, 'h3' as const),
  dialogs: fc.boolean(),
  depth: fc.integer({ min: 0, max: 3 }),
});

const count = (text: string, part: string) => text.split(part).length - 1;

describe("the standfirst under the story's headline", () => {
  it('is at the top of the article, once, without the header’s author, date and label lines', () => {
    fc.assert(
      fc.property(pages, (p) => {
        const summary = SUMMARIES[p.summary]!;
        const page = newsPage(p);
        const text = cleaned(page).textContent;
        const alone = readabilityAlone(page);
        // Once — or as often as Readability itself kept it (the header's paragraph and the body's first one).
        expect(count(text, summary)).toBeGreaterThanOrEqual(1);
        expect(count(text, summary)).toBeLessThanOrEqual(Math.max(1, count(alone, summary)));
        expect(text.indexOf(summary)).toBeLessThan(text.indexOf(PARAGRAPH(1)));
        for (let i = 1; i <= p.paragraphs; i++) expect(text).toContain(PARAGRAPH(i));
        expect(text).not.toContain('Jonathan Harding');
        expect(text).not.toContain('June 14, 2026');
        // The label comes back only where Readability kept the header's paragraph whole itself.
        if (!alone.includes(summary)) expect(text).not.toContain('SPORT');
      }),
      { numRuns: 60, seed: 20261203 },
    );
  });

  it('is where Readability leaves it on a page with two headlines or no header round its headline (unless named as the standfirst, or a paragraph just above the story in its article)', () => {
    fc.assert(
      fc.property(pages, (p) => {
        const summary = SUMMARIES[p.summary]!;
        const plain = { ...p, inBody: false, marked: false, depth: 0 };
        for (const page of [newsPage(plain, { secondH1: true }), newsPage(plain, { noHeader: true })]) {
          const text = cleaned(page).textContent;
          // Without a header box, a box named as the standfirst right after the headline is still the summary.
          const summaryClass =
            p.as && p.as !== 'p' ? SUBTITLE_CLASSES[p.summary % SUBTITLE_CLASSES.length]! : p.summaryClass;
          const named = page.includes('<div>') && NAMED_STANDFIRST.includes(summaryClass);
          // A paragraph of prose just above the story's, in the story's <article> (not in a <header>), comes back
          // before it as a run of the story Readability passed over (sibling-gaps.ts); a heading does not.
          const paragraph = (!p.as || p.as === 'p') && !page.includes('<header>');
          if ((named && !page.includes('<h1>Example News</h1>')) || paragraph) {
            expect(text).toContain(summary);
            expect(text.indexOf(summary)).toBeLessThan(text.indexOf(PARAGRAPH(1)));
          } else expect(text.includes(summary)).toBe(readabilityAlone(page).includes(summary));
          for (let i = 1; i <= p.paragraphs; i++) expect(text).toContain(PARAGRAPH(i));
        }
      }),
      { numRuns: 30, seed: 20261204 },
    );
  });

  it('is not a heading under the headline that is not named as the subtitle, nor the caption of the header’s picture', () => {
    fc.assert(
      fc.property(pages, (p) => {
        const summary = SUMMARIES[p.summary]!;
        const plain = { ...p, inBody: false, marked: false, dialogs: false, as: 'p' as const, depth: 0 };
        const unnamed = newsPage(plain).replace(
          /<p[^>]*>((?:<strong[^>]*>SPORT<\/strong> )?[^<]*)<\/p>\s*<\/(header|div)>/,
          '<h2>$1</h2></$2>',
        );
        const caption = newsPage(plain).replace(
          /(<p[^>]*>(?:<strong[^>]*>SPORT<\/strong> )?[^<]*<\/p>)(\s*<\/(?:header|div)>)/,
          '<div class="lead-image"><img src="/a.jpg" alt=""><div class="caption-text-block">$1</div></div>$2',
        );
        for (const page of [unnamed, caption]) {
          expect(page).not.toBe(newsPage(plain));
          const text = cleaned(page).textContent;
          // The heading stays where Readability leaves it, and so does the caption: it is never put back as the
          // summary, and where Readability keeps it, it stays beside its picture in their box (captions.ts).
          expect(text.includes(summary)).toBe(readabilityAlone(page).includes(summary));
          expect(count(text, summary)).toBeLessThanOrEqual(1);
          for (let i = 1; i <= p.paragraphs; i++) expect(text).toContain(PARAGRAPH(i));
        }
      }),
      { numRuns: 30, seed: 20261205 },
    );
  });

  it('is taken from the box named as the standfirst after the headline’s cell, where no header box holds the headline', () => {
    const names = [
      'data-gu-name="standfirst"',
      'data-testid="article-standfirst"',
      'class="c-dek"',
      'id="standfirst"',
      'id="cmsAbstract"',
      'class="article-abstract"',
    ];
    fc.assert(
      fc.property(
        pages,
        fc.constantFrom(...names),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        (p, name, depth, asHeading) => {
          const summary = SUMMARIES[p.summary]!;
          const wrap = (html: string, n: number): string => (n === 0 ? html : `<div>${wrap(html, n - 1)}</div>`);
          const body = Array.from({ length: p.paragraphs }, (_, i) => `<p>${PARAGRAPH(i + 1)}</p>`).join('');
          // A teaser card's dek further down the page, after the story: never the story's summary.
          const card =
            '<div class="card"><h3><a href="/other">Another story</a></h3><p class="card__dek">A summary of another story on the same site, written for its card.</p></div>';
          const page = `<!doctype html><html><head><title>The headline of the story | Example News</title></head><body>
          <main><div class="grid">${wrap('<h1>The headline of the story</h1>', depth)}
          <div ${name}><div>${asHeading ? `<h2>${summary}</h2>` : `<p>${summary}</p>`}</div></div>
          <div class="media"><img src="/a.jpg" alt=""></div><div class="body">${body}</div></div>
          <section>${card}</section></main></body></html>`;
          const text = cleaned(page).textContent;
          expect(count(text, summary)).toBe(1);
          expect(text.indexOf(summary)).toBeLessThan(text.indexOf(PARAGRAPH(1)));
          for (let i = 1; i <= p.paragraphs; i++) expect(text).toContain(PARAGRAPH(i));
          expect(text).not.toContain('A summary of another story');
        },
      ),
      { numRuns: 30, seed: 20261206 },
    );
  });

  it('is taken from an unnamed box beside the headline in a box of their own, or from a box named as the standfirst (or the lead, without a picture) below the byline and the share bar', () => {
    type Shape = 'partner-p' | 'partner-div' | 'below-byline' | 'lead-beside-gallery';
    fc.assert(
      fc.property(
        pages,
        fc.constantFrom<Shape>('partner-p', 'partner-div', 'below-byline', 'lead-beside-gallery'),
        fc.boolean(),
        (p, shape, restated) => {
          const summary = SUMMARIES[p.summary]!;
          const body = Array.from({ length: p.paragraphs }, (_, i) => `<p>${PARAGRAPH(i + 1)}</p>`);
          // A body paragraph may open on the standfirst's first words and go on to say more.
          if (restated) body.unshift(`<p>${summary.slice(0, Math.ceil(summary.length * 0.6))} ${PARAGRAPH(0)}</p>`);
          const byline = '<div class="contributors">By <a href="/u/ab">Amber Bryce</a></div>';
          const share = '<div class="share"><a href="https://facebook.com/s">Facebook</a></div>';
          const gallery =
            '<div id="lead_object"><figure><img src="/g.jpg" alt=""><figcaption>The photo shows the team at the stadium after the game on Sunday.</figcaption></figure></div>';
          const story = {
            'partner-p': `<div class="_x1"><div class="_h1"><h1>The headline of the story</h1><p class="_p9">${summary}</p></div></div>${byline}${share}`,
            'partner-div': `<div class="_x1"><div class="_h1"><h1>The headline of the story</h1><div class="_d9">${summary}</div></div></div>${byline}${share}`,
            'below-byline': `<header class="h-grid"><h1>The headline of the story</h1><div class="media"><img src="/a.jpg" alt=""></div></header><div class="main-body">${byline}${share}<h2 class="c-article-summary">${summary}</h2>`,
            'lead-beside-gallery': `<div class="title"><h1>The headline of the story</h1></div><div class="neck">${byline}${share}</div><p class="lead">${summary}</p>${gallery}`,
          }[shape];
          const close = shape === 'below-byline' ? '</div>' : '';
          const page = `<!doctype html><html><head><title>The headline of the story | Example News</title></head><body>
          <main><article>${story}<div class="article-content">${body.join('')}</div>${close}</article></main>
          <footer><p>© Example News</p></footer></body></html>`;
          const text = cleaned(page).textContent;
          expect(count(text, summary)).toBe(1);
          expect(text.indexOf(summary)).toBeLessThan(text.indexOf(PARAGRAPH(1)));
          for (let i = 1; i <= p.paragraphs; i++) expect(text).toContain(PARAGRAPH(i));
          expect(text).not.toContain('Amber Bryce');
        },
      ),
      { numRuns: 40, seed: 20261207 },
    );
  });

  it('is not the byline and date line beside the headline in their box', () => {
    const body = Array.from({ length: 5 }, (_, i) => `<p>${PARAGRAPH(i + 1)}</p>`).join('');
    for (const line of [
      '<p class="meta-data">By <a href="/author/db">Daniel Bader</a> Friday, Jan 13, 2017 at 4:45 pm EST</p>',
      '<p class="_x7">By Daniel Bader, Friday, Jan 13, 2017 at 4:45 pm EST, in New York</p>',
      '<div class="_x8"><time datetime="2017-01-13">Friday, January 13, 2017, at a quarter to five</time></div>',
    ]) {
      const page = `<!doctype html><html><head><title>Motorola is announcing a new phone | Android Central</title></head><body>
        <main><section class="title-module"><span class="badge">HELLO NEW MOTO</span><h1>Motorola is announcing a new phone</h1>${line}</section>
        <div class="article-body">${body}</div></main></body></html>`;
      const text = cleaned(page).textContent;
      expect(text, line).not.toContain('Daniel Bader');
      expect(text, line).not.toContain('January 13');
      expect(text.trimStart().startsWith(PARAGRAPH(1)), line).toBe(true);
    }
  });

  it('is what Readability alone drops: the case the rule is for', () => {
    const p: Page = {
      summary: 0,
      summaryClass: 'teaser-text',
      headerTag: 'header',
      label: false,
      paragraphs: 5,
      inBody: false,
      marked: false,
    };
    expect(readabilityAlone(newsPage(p))).not.toContain(SUMMARIES[0]);
  });
});
