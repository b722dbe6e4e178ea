/**
 * Who said a quotation, kept with it. HTML sets a `<blockquote>`'s attribution in a `<footer>` inside it ("—
 * François-Philippe Champagne, ministre fédéral des Finances"; Radio-Canada's pull quotes, WordPress's quote block),
 * and Readability removes every `<footer>` of the article, with every element whose class or id says "footer",
 * taking them all for the page's: the quote lost its speaker, and Readability alone loses it too.
 *
 * Before Readability, a quotation's own footer, a short line inside the `<blockquote>`, becomes a paragraph (a box
 * when it holds blocks), and "footer" in its class reads "attribution". Its id is never changed (a link may point
 * at it). A footer that is not a quote's (an embedded post's action bar, the page's own), or a long one, stays
 * what it is.
 */
import { collapsedText } from '../dom.js';
import { wordCount } from './prune/util.js';

/** A speaker's name and role, a source and a date: an attribution is a line, not a passage. */
const MAX_WORDS = 30;
const FOOTER = /footer/gi;
const BLOCKS = 'p, div, ul, ol, table, h1, h2, h3, h4, h5, h6, blockquote, figure';

/** Turns each quotation's attribution footer in `doc` into a paragraph. Returns how many it turned. */
export function keepQuoteAttributions(doc: Document): number {
  let kept = 0;
  for (const footer of Array.from(doc.querySelectorAll('blockquote footer'))) {
    if (footer.querySelector('footer') || wordCount(collapsedText(footer)) > MAX_WORDS) continue;
    const line = doc.createElement(footer.querySelector(BLOCKS) ? 'div' : 'p');
    for (const attribute of Array.from(footer.attributes)) line.setAttribute(attribute.name, attribute.value);
    const cls = footer.getAttribute('class');
    if (cls) line.setAttribute('class', cls.replace(FOOTER, 'attribution'));
    line.append(...Array.from(footer.childNodes));
    footer.replaceWith(line);
    kept++;
  }
  return kept;
}
