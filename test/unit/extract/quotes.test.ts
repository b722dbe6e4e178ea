/**
 * A quote's opening attribution set apart (quotes.ts): forum software opens a quoted post with its poster
 * in a `<cite>` its stylesheet sets on a line of its own; in the article, without the stylesheet, the name ran into
 * the quote's first words. Over the forms forums print (phpBB's, SMF's, vBulletin's, a plain one), with and without a
 * wrapper inside the quote: the attribution is a line of its own and the quote follows whole. A `<cite>` that does not
 * open the quote (a source named at its end, a title inside a sentence) is left as it is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanedText, parse } from '../../helpers/dom.js';
import { setQuoteAttributionsApart } from '../../../src/core/extract/quotes.js';
import { blockText } from '../../../src/core/text.js';

const ATTRIBUTIONS = [
  'alice hat geschrieben: <a href="#p1">↑</a><span>Di 14. Mai 2024, 09:12</span>',
  'Quote from: <a href="/u/bob">bob</a> on May 14, 2024, 09:12:03 AM',
  'Originally Posted by <strong>carol</strong>',
  'dave a écrit :',
];
const QUOTES = ['The pump was replaced in May and it has been quiet since.', 'Hast du den Filter schon gereinigt?'];
const textOf = (html: string) => {
  const root = parse(`<div>${html}</div>`).window.document.body.firstElementChild!;
  setQuoteAttributionsApart(root);
  return blockText(root);
};
const words = (html: string) =>
  (parse(`<p>${html}</p>`).window.document.body.textContent ?? '').replace(/\s+/g, ' ').trim();

describe("a quote's opening attribution", () => {
  it('is a line of its own, the quote after it whole', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ATTRIBUTIONS),
        fc.constantFrom(...QUOTES),
        fc.boolean(),
        (attribution, quote, wrapped) => {
          const inner = `<cite>${attribution}</cite>${quote}`;
          const text = textOf(
            `<p>Reply before.</p><blockquote>${wrapped ? `<div>${inner}</div>` : inner}</blockquote>`,
          );
          expect(text.split('\n')).toEqual(expect.arrayContaining([words(attribution), quote]));
        },
      ),
    );
  });

  it('a source named at the end of the quote, or a title inside it, stays where it is', () => {
    expect(textOf(`<blockquote><p>${QUOTES[0]}</p><cite>— The Plumber's Handbook</cite></blockquote>`)).toBe(
      `${QUOTES[0]}\n\n— The Plumber's Handbook`,
    );
    expect(textOf('<blockquote>As <cite>The Handbook</cite> says, drain it first.</blockquote>')).toBe(
      'As The Handbook says, drain it first.',
    );
  });
});

describe('a quote in a box of its own, opened by a link to the quoted post', () => {
  const STORY = Array.from(
    { length: 4 },
    (_, i) => `<p>Paragraph ${i + 1} of the post says what the writer found when the pump was replaced, and why.</p>`,
  ).join('');
  it('stays, however much of it the link is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUOTES), fc.integer({ min: 0, max: 4 }), (quote, at) => {
        const box =
          `<div class="quote"><blockquote><font size="2"><a href="/forum.php?mod=redirect&amp;pid=12"><font color="#999999">` +
          `alice posted on 2023-5-14 10:32</font></a></font><br>${quote}</blockquote></div>`;
        const paragraphs = STORY.split('</p>')
          .filter(Boolean)
          .map((p) => `${p}</p>`);
        paragraphs.splice(at, 0, box);
        const html = `<!doctype html><html><head><title>Pump</title></head><body><article><h1>Pump</h1>${paragraphs.join('')}</article></body></html>`;
        expect(cleanedText(html)).toContain(quote);
      }),
    );
  });
});
