/**
 * Where the story ends (src/core/extract/story-end.ts). Generated pages mark their story with one `<article>` (or
 * `itemprop="articleBody"`) inside a layout that goes on after it — a closed dialog's questions and answers, an
 * affiliate notice, an author box, a services box, a newsletter form — at any depth of nesting. Readability alone
 * keeps some of that on most of them; the reader gets the story whole, its headline and standfirst above it, and
 * nothing that follows it. A page whose story the markup does not single out keeps what Readability kept.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { cleanHtml, parse } from '../../helpers/dom.js';

const STORY = (n: number, words: number) =>
  `Paragraph ${n} of the story: the assembly of the station's staff met on Monday to decide on the strike, ` +
  'and the unions said the mediator’s text gave few guarantees on jobs'.split(' ').slice(0, words).join(' ') +
  '.';

/** What sites put after the story, each with its own text; several are prose Readability scores like a story's. */
const AFTER = {
  dialog: (n: number) =>
    `<section class="capping"><p class="capping__title">You can read the paper on one device at a time (${n})</p><ul><li><p>Why is this message shown? Because another person, or you, is reading the paper with this account on another device right now.</p></li><li><p>What happens if you keep reading here? This message will be shown on the other device, which stays signed in with this account.</p></li></ul></section>`,
  affiliate: (n: number) =>
    `<p class="disclosure">We are a participant in an affiliate advertising programme (${n}), designed to provide a means for us to earn fees by linking to the shop and its affiliated sites.</p>`,
  author: (n: number) =>
    `<div class="about"><h4>About the author ${n}</h4><p>Jo Writer covers the media industry for the paper and hosts its weekly podcast on radio, television and the people who make them, from the newsroom in the capital.</p></div>`,
  services: (n: number) =>
    `<section><h4>Services ${n}</h4><p><a href="/training">Training</a></p><p><a href="/games">Games</a></p><p><a href="/offers">Offers</a></p></section>`,
  newsletter: (n: number) =>
    `<div class="signup"><p>Subscribe to our newsletter (${n}) and get the day's most important stories, hand-picked by our editors, delivered to your inbox every morning before work.</p><form><input type="email"><button>Sign up</button></form></div>`,
};
type After = keyof typeof AFTER;
const AFTER_TEXT: Record<After, (n: number) => string> = {
  dialog: (n) => `You can read the paper on one device at a time (${n})`,
  affiliate: (n) => `affiliate advertising programme (${n})`,
  author: (n) => `About the author ${n}`,
  services: (n) => `Services ${n}`,
  newsletter: (n) => `Subscribe to our newsletter (${n})`,
};

const HEADLINE = 'Radio station strike: the mediator hands in his report';
const STANDFIRST =
  'The mediator gave his text to the management and the unions, who are disappointed. An assembly decides this afternoon.';

interface Shape {
  paragraphs: number[];
  /** Trailing blocks, each at a depth: 0 beside the story block, 1 beside its wrapper, 2 beside the wrapper's parent. */
  after: Array<[After, number]>;
  marker: 'article' | 'articleBody';
}

function page({ paragraphs, after, marker }: Shape, sole = true): string {
  const story = paragraphs.map((words, i) => `<p>${STORY(i + 1, words)}</p>`).join('');
  const at = (depth: number) => after.map(([kind, d], i) => (d === depth ? AFTER[kind](i + 1) : '')).join('');
  const open = marker === 'article' ? '<article class="content">' : '<div class="body" itemprop="articleBody">';
  const close = marker === 'article' ? '</article>' : '</div>';
  const block = sole ? `${open}${story}${close}` : `<div class="content">${story}</div>`;
  return `<!doctype html><html lang="en"><head><title>${HEADLINE} | The Paper</title></head><body>
    <nav><a href="/">Home</a> <a href="/media">Media</a> <a href="/culture">Culture</a></nav>
    <div role="main"><section class="page">
      <header><h1>${HEADLINE}</h1><p class="standfirst">${STANDFIRST}</p></header>
      <section class="wrap"><div class="column">${block}${at(0)}</div>${at(1)}</section>${at(2)}
    </section></div>
    <footer><a href="/about">About us</a> <a href="/legal">Legal notice</a></footer></body></html>`;
}

const shapes = fc.record({
  paragraphs: fc.array(fc.integer({ min: 8, max: 14 }), { minLength: 4, maxLength: 9 }),
  after: fc.array(
    fc.tuple(
      fc.constantFrom<After>('dialog', 'affiliate', 'author', 'services', 'newsletter'),
      fc.integer({ min: 0, max: 2 }),
    ),
    { minLength: 1, maxLength: 4 },
  ),
  marker: fc.constantFrom('article' as const, 'articleBody' as const),
});
const URL_ = 'https://paper.example/media/2015/04/13/radio-strike';
const readabilityText = (html: string) => new Readability(parse(html, URL_).window.document).parse()?.textContent ?? '';

describe('what follows the marked story', () => {
  it('goes, and the story, its headline and standfirst stay whole', () => {
    let readabilityKept = 0;
    fc.assert(
      fc.property(shapes, (shape) => {
        const html = page(shape);
        const article = cleanHtml(html, { url: URL_ })!;
        const text = article.textContent;
        shape.paragraphs.forEach((words, i) => expect(text).toContain(STORY(i + 1, words)));
        expect(article.title).toBe(HEADLINE);
        expect(text).toContain(STANDFIRST);
        const alone = readabilityText(html);
        if (shape.after.some(([kind], i) => alone.includes(AFTER_TEXT[kind](i + 1)))) readabilityKept++;
        shape.after.forEach(([kind], i) => expect(text, kind).not.toContain(AFTER_TEXT[kind](i + 1)));
      }),
      { numRuns: 60, seed: 20261204 },
    );
    // The case the rule is for: Readability alone keeps some of what follows the story.
    expect(readabilityKept).toBeGreaterThan(30);
  });

  it('stays where the page does not single its story out', () => {
    let kept = 0;
    fc.assert(
      fc.property(shapes, (shape) => {
        const html = page(shape, false);
        const text = cleanHtml(html, { url: URL_ })!.textContent;
        const alone = readabilityText(html);
        // A dialog's questions and answers read like prose: kept as Readability kept them, not cut as "after the story".
        shape.after.forEach(([kind], i) => {
          if (kind !== 'dialog' || !alone.includes(AFTER_TEXT.dialog(i + 1))) return;
          kept++;
          expect(text).toContain(AFTER_TEXT.dialog(i + 1));
        });
      }),
      { numRuns: 40, seed: 20261205 },
    );
    expect(kept).toBeGreaterThan(5);
  });
});
