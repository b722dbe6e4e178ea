/**
 * Where the page sets its headline: the element the header is built around, for what sits beside it (the kicker above
 * it, kicker.ts; the date in its header, header-date.ts).
 */
import { collapsedText, elementsByTag } from '../dom.js';

/** A title shorter than this (squashed) could be any heading's. */
const MIN_TITLE_CHARS = 10;

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * The share of a title a heading inside it must hold to be its headline: the title then only adds a label before it and
 * the site's name after ("Pilnacek-U-Ausschuss: Debatte über Liveübertragung neu entfacht - news.ORF.at"), where a
 * site's name in its logo's `<h1>` is a small part.
 */
const MIN_SHARE_INSIDE = 0.45;

/**
 * The page's headline elements: `<h1>`s and `<h2>`s whose text is one of `titles`, the start of one (the title adds
 * the site's name) or starts with one (the title is cut short), or most of one (the title adds the story's label
 * too); else the page's one `<h1>` (its `<title>` may be a headline rewritten: "…on Leaving the Tags on
 * Her Coat" over "…on Her Céline Coat: 'I Wore It Four Times…'").
 */
export function headlineElements(doc: Document, titles: readonly string[]): Element[] {
  const wanted = titles.map(squash).filter((t) => t.length >= MIN_TITLE_CHARS);
  const h1s = elementsByTag(doc, 'h1');
  for (const headings of [h1s, elementsByTag(doc, 'h2')]) {
    const found = headings.filter((heading) => {
      const text = squash(collapsedText(heading));
      return (
        text.length >= MIN_TITLE_CHARS &&
        wanted.some(
          (t) =>
            t === text ||
            t.startsWith(text) ||
            text.startsWith(t) ||
            (t.includes(text) && text.length >= MIN_SHARE_INSIDE * t.length),
        )
      );
    });
    if (found.length) return found; // an <h2> is asked only on a page whose <h1>s are not the headline
  }
  return h1s.length === 1 && squash(collapsedText(h1s[0])).length >= MIN_TITLE_CHARS ? h1s : [];
}
