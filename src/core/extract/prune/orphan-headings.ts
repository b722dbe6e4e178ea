/**
 * Headings left with nothing under them at the end of the article. A "related" box or a partner-offers strip
 * loses its teasers to the rules before this one (or to Readability) but keeps its title: WirtschaftsWoche ends
 * on "Serviceangebote unserer Partner", gruene.de on "Verwandte Themen", each with no text after it. An
 * article does not end on a heading, so a heading that only headings follow is a box's title, not the story's.
 *
 * A title need not be set as a heading: a box's title in a `<div>` ("Ergänzendes zum Thema", the name of a list of
 * other articles) or a label that ends in a colon ("Über Enrique Nuñez:", the toggle of a folded author box whose
 * text the page hides) introduces what is no longer there just the same, and goes with the headings.
 */
import { isListHeading } from './related.js';
import { alive, isHeading, leafBlocks, remove, textOf, wordCount, type PruneContext } from './util.js';

/** A section title is short; a long last "heading" is more likely a styled closing line of the story. */
const MAX_HEADING_WORDS = 10;
/** A label or a box title written as a line: shorter still. */
const MAX_LABEL_WORDS = 6;

/** What a label may introduce that has no text: a picture, a table, a formula, code. */
const TEXTLESS = 'img, picture, video, audio, iframe, table, pre, math, svg';

/** Whether something without text, which a label may introduce, follows `el` in the article. */
function mediaAfter(root: Element, el: Element): boolean {
  return Array.from(root.querySelectorAll(TEXTLESS)).some(
    (m) => !el.contains(m) && (el.compareDocumentPosition(m) & 4) /* FOLLOWING */ !== 0,
  );
}

/**
 * A heading, or a line that only introduces what follows it: a label ending in a colon, a list's title — unless a
 * picture or a table follows it ("The view from the top:" over a photo).
 */
function introduces(root: Element, el: Element): boolean {
  if (isHeading(el)) return true;
  const text = textOf(el);
  return wordCount(text) <= MAX_LABEL_WORDS && (/[:：]$/.test(text) || isListHeading(text)) && !mediaAfter(root, el);
}

export function pruneOrphanHeadings(ctx: PruneContext): void {
  const blocks = leafBlocks(ctx.root).filter((el) => alive(ctx, el) && textOf(el) !== '');
  // Never the article's only content: a page that is all headings is left as it is.
  if (blocks.some((el) => !introduces(ctx.root, el))) {
    for (let i = blocks.length - 1; i >= 0; i--) {
      const el = blocks[i]!;
      if (!introduces(ctx.root, el) || wordCount(textOf(el)) > MAX_HEADING_WORDS) break;
      remove(ctx, el, 'orphan-heading');
    }
  }
}
