/**
 * Headlines of the site's other stories between the story's paragraphs (prune/inline-teasers.ts), over generated
 * stories: one to three paragraphs that are each one link to another page of the site, its text a headline of five
 * to twenty-five words (with a "[VIDEO]" tag, a question, an exclamation), relative or absolute, set anywhere between
 * the paragraphs. The whole clean runs, as on a page. They go; every paragraph stays. A paragraph that is one link to
 * another site (the author's source), a sentence with a link in it, and links to other parts of the author's series
 * (their text says the title over again), stay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../../helpers/dom.js';
import { reportParagraphs } from './prose.js';

/** Fixed, so a failure replays; WINNOW_SAMPLE_SEED=n draws other pages. */
const SEED = Number(process.env.WINNOW_SAMPLE_SEED) || 20261207;
const SITE = 'https://www.valley-courier.example';
const PAGE = `${SITE}/2024/05/14/bridge-repairs/`;
const HEADLINES = [
  'Ferry returns to the island after two years, and the harbour gets a new quay [VIDEO]',
  'Will the market square keep its old lamps? The council votes next week',
  'Huragan Krzysztof Piątek szaleje w Turcji. Tak reprezentant Polski idzie po strzelecką koronę',
  'Uff, od tych wdzięków zrobi się wam gorąco! To one rozgrzeją ligę i zadadzą szyku na trybunach!',
  'Der Großmarkt verschärft die Hygieneregeln noch einmal',
];

const teasers = fc.array(
  fc.record({ headline: fc.constantFrom(...HEADLINES), at: fc.nat(), absolute: fc.boolean(), n: fc.nat(99) }),
  { minLength: 1, maxLength: 3 },
);

const page = (blocks: string[]) =>
  `<!doctype html><html lang="en"><head><title>Council backs bridge repairs</title>
    <link rel="canonical" href="${PAGE}"></head><body>
    <article><h1>Council backs bridge repairs</h1>${blocks.join('')}</article></body></html>`;

const textOf = (html: string) => (cleanHtml(html, { url: PAGE })?.textContent ?? '').replace(/\s+/g, ' ');

describe('prune: headlines of the site’s other stories between the paragraphs', () => {
  it('go, wherever they stand, and the story stays whole', () => {
    fc.assert(
      fc.property(reportParagraphs(6, 10), teasers, (paragraphs, links) => {
        const blocks = paragraphs.map((p) => `<p>${p}</p>`);
        for (const t of links) {
          const href = `${t.absolute ? SITE : ''}/2024/05/${10 + (t.n % 4)}/story-${t.n}/`;
          blocks.splice(1 + (t.at % (blocks.length - 1)), 0, `<p><a href="${href}" rel="follow">${t.headline}</a></p>`);
        }
        const text = textOf(page(blocks));
        for (const p of paragraphs) expect(text).toContain(p);
        for (const t of links) expect(text).not.toContain(t.headline);
      }),
      { numRuns: 40, seed: SEED },
    );
  });

  it('leave a source on another site and a link in a sentence', () => {
    fc.assert(
      fc.property(reportParagraphs(6, 10), fc.nat(), (paragraphs, at) => {
        const source = 'Federal Statistical Office: the condition of the country’s road bridges in 2023';
        const inSentence =
          'The full report, <a href="/2024/05/01/bridge-report/">published by the council in May</a>, runs to 80 pages.';
        const blocks = paragraphs.map((p) => `<p>${p}</p>`);
        blocks.splice(
          1 + (at % (blocks.length - 1)),
          0,
          `<p><a href="https://www.destatis.de/bruecken">${source}</a></p>`,
        );
        blocks.splice(1, 0, `<p>${inSentence}</p>`);
        // Another part of the author's series says the title over again.
        const series = [
          'Council backs bridge repairs: the vote, part 1',
          'Council backs bridge repairs: the money, part 2',
        ];
        const parts = series.map(
          (t, i) => `<p><a href="/2024/05/0${i + 1}/bridge-repairs-part-${i + 1}/">${t}</a></p>`,
        );
        blocks.splice(blocks.length - 1, 0, ...parts);
        const text = textOf(page(blocks));
        for (const p of paragraphs) expect(text).toContain(p);
        expect(text).toContain(source);
        expect(text).toContain('published by the council in May');
        for (const t of series) expect(text).toContain(t);
      }),
      { numRuns: 20, seed: SEED + 1 },
    );
  });
});
