/**
 * A quote's opening attribution set apart (quote-attribution.ts): forum software opens a quoted post with its poster
 * in a `<cite>` its stylesheet sets on a line of its own; in the article, without the stylesheet, the name ran into
 * the quote's first words. Over the forms forums print (phpBB's, SMF's, vBulletin's, a plain one), with and without a
 * wrapper inside the quote: the attribution is a line of its own and the quote follows whole. A `<cite>` that does not
 * open the quote (a source named at its end, a title inside a sentence) is left as it is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../helpers/dom.js';
import { setQuoteAttributionsApart } from '../../../src/core/extract/quote-attribution.js';
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
