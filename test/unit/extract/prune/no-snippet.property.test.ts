/**
 * What a site keeps out of search snippets (prune/no-snippet.ts), over generated stories: boxes marked
 * `data-nosnippet` — reading options, an AI summary, a subscription card, an app-install card, a newsletter box —
 * above the story, between its paragraphs and after it, as a `<div>`, `<section>`, `<aside>`, `<ul>` or `<p>`. The
 * whole clean runs, as on a page. Every box goes and every paragraph of the story stays; a phrase marked inside a
 * sentence stays with its sentence, and a story whose whole body is marked keeps all of it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../../helpers/dom.js';
import { reportParagraphs } from './prose.js';

/** Fixed, so a failure replays; WINNOW_SAMPLE_SEED=n draws other pages. */
const SEED = Number(process.env.WINNOW_SAMPLE_SEED) || 20261207;
const PAGE = 'https://www.valley-courier.example/2024/05/14/bridge-repairs/';

/** Furniture as sites write it, each long enough to pass for a paragraph of its own. */
const BOXES = [
  'Summary by AI, checked by our newsroom: the council backs the repairs, and the work starts in spring.',
  'Read without ads and support our journalism: subscribe to Courier Plus for one dollar in the first month.',
  'Add the Courier to your home screen and stay close to the news of the valley, wherever you are today.',
  'Get the morning briefing in your inbox every weekday, with the stories of the valley you should not miss.',
  'You have read three free articles this month. Subscribers read as many as they like, on every device.',
];
const TAGS = ['div', 'section', 'aside', 'ul', 'p'] as const;

const marked = (tag: (typeof TAGS)[number], text: string) =>
  tag === 'ul' ? `<ul data-nosnippet><li>${text}</li></ul>` : `<${tag} data-nosnippet><span>${text}</span></${tag}>`;

const pageOf = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Council backs bridge repairs</title>
    <link rel="canonical" href="${PAGE}"></head><body>
    <article><h1>Council backs bridge repairs</h1>${body}</article></body></html>`;

const textOf = (html: string) => (cleanHtml(html, { url: PAGE })?.textContent ?? '').replace(/\s+/g, ' ');

const story = fc.record({
  paragraphs: reportParagraphs(8, 14),
  boxes: fc.array(fc.record({ text: fc.constantFrom(...BOXES), tag: fc.constantFrom(...TAGS), at: fc.nat() }), {
    minLength: 1,
    maxLength: 4,
  }),
});

describe('prune: what the site keeps out of search snippets', () => {
  it('goes, wherever the boxes stand and whatever their element, and the story stays whole', () => {
    fc.assert(
      fc.property(story, ({ paragraphs, boxes }) => {
        const blocks = paragraphs.map((p) => `<p>${p}</p>`);
        for (const box of boxes) blocks.splice(box.at % (blocks.length + 1), 0, marked(box.tag, box.text));
        const text = textOf(pageOf(blocks.join('')));
        for (const p of paragraphs) expect(text).toContain(p);
        for (const box of boxes) expect(text).not.toContain(box.text);
      }),
      { numRuns: 40, seed: SEED },
    );
  });

  it('keeps a phrase marked inside a sentence, and a story whose whole body is marked', () => {
    fc.assert(
      fc.property(reportParagraphs(8, 14), fc.nat(), (paragraphs, at) => {
        const i = at % paragraphs.length;
        const words = paragraphs[i]!.split(' ');
        const inline = paragraphs.map((p, n) =>
          n === i
            ? `<p>${words[0]} <span data-nosnippet>${words.slice(1, 4).join(' ')}</span> ${words.slice(4).join(' ')}</p>`
            : `<p>${p}</p>`,
        );
        const inlineText = textOf(pageOf(inline.join('')));
        for (const p of paragraphs) expect(inlineText).toContain(p);
        const whole = textOf(pageOf(`<div data-nosnippet>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`));
        for (const p of paragraphs) expect(whole).toContain(p);
      }),
      { numRuns: 20, seed: SEED + 1 },
    );
  });
});
