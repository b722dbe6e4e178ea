/**
 * Accordion headings as plain headings, before Readability runs. The accessible accordion (WAI-ARIA's pattern, common
 * on public bodies' pages) puts each section's title in a button inside its heading, the button opening and closing
 * the section: `<h2><button aria-expanded="true" aria-controls="panel-2">Where was the product sold?</button></h2>`.
 * Readability removes every button from the article, then the heading it emptied: the sections' titles vanish while
 * their text stays, one run of unheaded facts.
 *
 * A button that holds all of its heading's text is that heading's title, not a control a clean view needs: it is
 * replaced by what it holds. Buttons beside a heading's own text (a recipe's "1x 2x 3x" beside "Ingredients", a "Pin"
 * or "Metric" switch) and buttons anywhere else are left for Readability to remove, as before.
 */
import { collapsedText, elementsByTag } from '../dom.js';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

export function unwrapHeadingButtons(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const button of elementsByTag(body, 'button')) {
    const heading = button.closest(HEADING);
    if (!heading) continue;
    const text = collapsedText(button);
    if (text && text === collapsedText(heading)) button.replaceWith(...Array.from(button.childNodes));
  }
}
