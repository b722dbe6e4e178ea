/**
 * A story the layout sets in several boxes of one kind with full-width adverts between them (Ars Technica's
 * `div.post-content` in a grid row per screen; src/core/extract/body-parts.ts). Generated pages over the number of
 * boxes, the paragraphs in each, how deep the boxes sit and what lies between them (an empty advert slot, one with
 * an "Advertisement" label, a rail beside the box): the reader gets every paragraph once, in order, where
 * Readability alone keeps one box. Teaser cards and comments, boxes of one kind too, but with their headline or
 * their author between them, never join the story.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanedText, readabilityText } from '../../helpers/dom.js';
import { expectInOrder } from '../../helpers/order.js';

const PARAGRAPH = (n: number) =>
  `Paragraph ${n} of the story: the states' suit says the new funding rule breaks a law that Congress passed in 2017.`;

const GAPS = {
  empty: '<div class="ad-wrapper is-fullwidth"><div class="ad ad--mid-content"></div></div>',
  labelled:
    '<div class="ad-wrapper with-label"><span class="ad-label">Advertisement</span><div class="ad"></div></div>',
  rail: '<div class="rail hidden lg:block"><div class="ad ad--rail"></div></div>',
};

interface Page {
  boxes: number[];
  gap: keyof typeof GAPS;
  /** Wrappers around each box, each one a grid row of the layout. */
  depth: number;
}

function storyPage(p: Page): string {
  let n = 0;
  const rows = p.boxes.map((count) => {
    const paragraphs = Array.from({ length: count }, () => `<p>${PARAGRAPH(++n)}</p>`).join('');
    const box = `<div class="post-content post-content-double">${paragraphs}</div>`;
    const wrapped = Array.from({ length: p.depth }).reduce<string>(
      (inner, _, level) => `<div class="row-${level} mx-auto grid">${inner}</div>`,
      box,
    );
    return wrapped;
  });
  return `<!doctype html><html lang="en"><head><title>Twenty-two states sue | Ars</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/science">Science</a></nav></header>
    <main><article><header><h1>Twenty-two states sue</h1><p class="byline">By John Timmer</p></header>
    ${rows.join(GAPS[p.gap])}
    </article></main><footer><p>© Ars Technica</p></footer></body></html>`;
}

const pages = fc.record({
  boxes: fc.array(fc.integer({ min: 2, max: 7 }), { minLength: 2, maxLength: 4 }),
  gap: fc.constantFrom('empty' as const, 'labelled' as const, 'rail' as const),
  depth: fc.integer({ min: 1, max: 2 }),
});

const URL_ = 'https://news.example/science/2025/02/twenty-two-states-sue/';
const count = (text: string, part: string) => text.split(part).length - 1;

type Repeat = 'teasers' | 'linked names' | 'dated comments' | 'a comment thread';

/**
 * A story of one box, then boxes of the same kind that are not the story: teaser cards under their headlines,
 * comments under their authors' links or their dates, or a thread's comments under plain names.
 */
function storyWithRepeats(paragraphs: number, kind: Repeat, items: number): string {
  const story = Array.from({ length: paragraphs }, (_, i) => `<p>${PARAGRAPH(i + 1)}</p>`).join('');
  const box = (i: number) =>
    `<div class="post-content post-content-double"><p>Reply ${i}: a long summary of another story on the site, about the budget and the courts and the states.</p></div>`;
  const before = {
    teasers: (i: number) => `<h3>Another story ${i}</h3>`,
    'linked names': (i: number) => `<a href="/u/${i}">Reader ${i}</a>`,
    'dated comments': (i: number) => `<time datetime="2025-02-1${i}">Feb 1${i}</time>`,
    'a comment thread': (i: number) => `<span>Reader ${i}</span>`,
  }[kind];
  const boxName = kind === 'a comment thread' ? 'comment-list' : 'more';
  return `<!doctype html><html lang="en"><head><title>Twenty-two states sue | Ars</title></head><body>
    <main><div class="layout"><h1>Twenty-two states sue</h1><div class="post-content post-content-double">${story}</div>
    </div></main><div class="${boxName}">${Array.from({ length: items }, (_, i) => before(i) + box(i)).join('')}</div>
    </body></html>`;
}

describe('a story set in several boxes of one kind', () => {
  it('every paragraph comes back once, in order', () => {
    let readabilityLost = 0;
    fc.assert(
      fc.property(pages, (p) => {
        const html = storyPage(p);
        const total = p.boxes.reduce((a, b) => a + b, 0);
        const paragraphs = Array.from({ length: total }, (_, i) => PARAGRAPH(i + 1));
        const alone = readabilityText(html, URL_);
        if (paragraphs.some((paragraph) => !alone.includes(paragraph))) readabilityLost++;
        const text = cleanedText(html, URL_);
        for (const [i, paragraph] of paragraphs.entries()) expect(count(text, paragraph), `paragraph ${i + 1}`).toBe(1);
        expectInOrder(text, paragraphs);
        expect(text).not.toContain('Advertisement');
      }),
      { numRuns: 50, seed: 20261207 },
    );
    // The case the rule is for: Readability alone keeps part of the story.
    expect(readabilityLost).toBeGreaterThan(10);
  });

  it('teaser cards and comments in boxes like the story’s stay out of it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 8 }),
        fc.constantFrom<Repeat>('teasers', 'linked names', 'dated comments', 'a comment thread'),
        fc.integer({ min: 2, max: 5 }),
        (paragraphs, kind, items) => {
          const html = storyWithRepeats(paragraphs, kind, items);
          // Where Readability alone leaves them out: whether the story joins them is the rule's question.
          fc.pre(!readabilityText(html, URL_).includes('Reply'));
          const text = cleanedText(html, URL_);
          for (let i = 1; i <= paragraphs; i++) expect(count(text, PARAGRAPH(i))).toBe(1);
          expect(text).not.toMatch(/Reply \d/);
        },
      ),
      { numRuns: 40, seed: 20261208 },
    );
  });
});
