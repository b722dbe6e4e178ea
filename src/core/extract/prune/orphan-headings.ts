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
import { isTagLabel } from './tags.js';
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

/** Words beside a heading in the box it heads with its picture: a price, a caption. */
const MAX_CARD_WORDS = 10;

/**
 * Whether `heading` heads a card: a box of its own with a picture in it after the heading, the last of a run of
 * such boxes (a deals post's products). A widget's title over its banners ("Affiliates") heads a box of one.
 */
function pictureBox(root: Element, heading: Element): boolean {
  const box = heading.parentElement;
  if (!box || box === root) return false;
  const beside = wordCount(textOf(box)) - wordCount(textOf(heading));
  if (beside > MAX_CARD_WORDS || !mediaAfter(box, heading)) return false;
  let before = box.previousElementSibling;
  // Past empty boxes between the cards (an advert's slot).
  while (before && textOf(before) === '' && !before.querySelector(TEXTLESS)) before = before.previousElementSibling;
  return before !== null && before.localName === box.localName && before.className === box.className;
}

/**
 * A heading, or a line that only introduces what follows it: a label ending in a colon, a list's title, a tag
 * list's label ("Topics", its links gone with Readability's cleaning) — unless a picture or a table follows it
 * ("The view from the top:" over a photo; a heading over one in its own box, a deals post's last product).
 */
function introduces(root: Element, el: Element): boolean {
  // A heading's picture is in its own box (a product card's); a picture further on is what a box's title over
  // teasers leaves behind ("Best Apple Watch deals" over their thumbnails).
  if (isHeading(el)) return !pictureBox(root, el);
  const text = textOf(el);
  const label = /[:：]$/.test(text) || isListHeading(text) || isTagLabel(text);
  return wordCount(text) <= MAX_LABEL_WORDS && label && !mediaAfter(root, el);
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
