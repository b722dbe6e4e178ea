/**
 * Who said a quotation (src/core/extract/quote-attributions.ts), over generated stories: pull quotes set as HTML sets
 * them, the speaker in a `<footer>` inside the `<blockquote>`, bare or named as CMSs name it, with or without a
 * `<cite>`, in any language. The reader gets each quote with its speaker, after the quote, where Readability alone
 * drops every speaker; the page's own footer still stays out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanedText, readabilityText } from '../../helpers/dom.js';

const FOOTER_CLASSES = [
  '',
  ' class="quote-footer"',
  ' class="text-medium _footer_skoza_18"',
  ' class="wp-block-quote__citation"',
];
const SPEAKERS = [
  'François-Philippe Champagne, ministre fédéral des Finances',
  'Angela Merkel, Bundeskanzlerin a. D.',
  'the mayor of the city, speaking on Tuesday',
  '王毅，外交部长',
];
const QUOTES = [
  'We have to meet this moment with investments that last a generation, and we will.',
  'Es ist ein Wendepunkt, und wir müssen ihn so behandeln, wie er es verdient.',
  'Nobody expected the river to rise so fast, and nobody was ready for it when it did.',
];
const PARAGRAPH = (n: number) =>
  `Paragraph ${n} of the story goes on with what happened next, who said what, and what it means for the reader here.`;

interface Story {
  paragraphs: number;
  quotes: Array<{ after: number; quote: number; speaker: number; name: number; cite: boolean; dash: boolean }>;
}

function speakerLine(q: Story['quotes'][number]): string {
  return `${q.dash ? '— ' : ''}${SPEAKERS[q.speaker]!}`;
}

function page(story: Story): string {
  const body: string[] = [];
  for (let n = 0; n < story.paragraphs; n++) {
    body.push(`<p>${PARAGRAPH(n)}</p>`);
    for (const q of story.quotes.filter((quote) => quote.after === n)) {
      const who = q.cite ? `<cite>${speakerLine(q)}</cite>` : `<span>${speakerLine(q)}</span>`;
      body.push(`<blockquote><p>${QUOTES[q.quote]!}</p><footer${FOOTER_CLASSES[q.name]!}>${who}</footer></blockquote>`);
    }
  }
  return `<!doctype html><html lang="en"><head><title>The budget, explained</title></head><body>
    <article><h1>The budget, explained</h1><div class="story-body">${body.join('\n')}</div></article>
    <footer class="site-footer"><p>© The Daily Paper. All rights reserved. Contact us at the newsroom.</p></footer>
    </body></html>`;
}

const stories: fc.Arbitrary<Story> = fc.integer({ min: 3, max: 7 }).chain((paragraphs) =>
  fc.record({
    paragraphs: fc.constant(paragraphs),
    quotes: fc.array(
      fc.record({
        after: fc.integer({ min: 0, max: paragraphs - 2 }),
        quote: fc.integer({ min: 0, max: QUOTES.length - 1 }),
        speaker: fc.integer({ min: 0, max: SPEAKERS.length - 1 }),
        name: fc.integer({ min: 0, max: FOOTER_CLASSES.length - 1 }),
        cite: fc.boolean(),
        dash: fc.boolean(),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
);

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe("a quotation's speaker", () => {
  it('stays with the quote, right after it, and the page footer stays out', () => {
    fc.assert(
      fc.property(stories, (story) => {
        const text = flat(cleanedText(page(story), 'https://paper.example/budget'));
        let from = 0;
        for (const q of [...story.quotes].sort((a, b) => a.after - b.after)) {
          const quote = text.indexOf(QUOTES[q.quote]!, from);
          expect(quote).toBeGreaterThanOrEqual(0);
          const speaker = text.indexOf(speakerLine(q), quote);
          expect(speaker).toBeGreaterThan(quote);
          expect(text.slice(quote + QUOTES[q.quote]!.length, speaker).trim()).toBe('');
          from = speaker;
        }
        expect(text).not.toContain('All rights reserved');
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('where Readability alone drops it', () => {
    const story: Story = {
      paragraphs: 4,
      quotes: [{ after: 1, quote: 0, speaker: 0, name: 2, cite: false, dash: true }],
    };
    const alone = flat(readabilityText(page(story), 'https://paper.example/budget'));
    expect(alone).toContain(QUOTES[0]);
    expect(alone).not.toContain(SPEAKERS[0]);
  });

  it('is a line, not a passage: a long footer inside a quotation is left as it was', () => {
    const long = Array.from({ length: 8 }, (_, i) => `Sentence ${i} of a long note that is not a speaker.`).join(' ');
    const html = page({ paragraphs: 4, quotes: [] }).replace(
      `<p>${PARAGRAPH(1)}</p>`,
      `<p>${PARAGRAPH(1)}</p><blockquote><p>${QUOTES[1]}</p><footer>${long}</footer></blockquote>`,
    );
    expect(flat(cleanedText(html, 'https://paper.example/budget'))).not.toContain('Sentence 3 of a long note');
  });
});
