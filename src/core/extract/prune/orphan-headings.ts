/**
 * Headings left with nothing under them at the end of the article. A "related" box or a partner-offers strip
 * loses its teasers to the rules before this one (or to Readability) but keeps its title: WirtschaftsWoche ends
 * on "Serviceangebote unserer Partner", gruene.de on "Verwandte Themen", each with no text after it. An
 * article does not end on a heading, so a heading that only headings follow is a box's title, not the story's.
 */
import { alive, isHeading, leafBlocks, remove, textOf, wordCount, type PruneContext } from './util.js';

/** A section title is short; a long last "heading" is more likely a styled closing line of the story. */
const MAX_HEADING_WORDS = 10;

export function pruneOrphanHeadings(ctx: PruneContext): void {
  const blocks = leafBlocks(ctx.root).filter((el) => alive(ctx, el) && textOf(el) !== '');
  // Never the article's only content: a page that is all headings is left as it is.
  if (blocks.some((el) => !isHeading(el))) {
    for (let i = blocks.length - 1; i >= 0; i--) {
      const el = blocks[i]!;
      if (!isHeading(el) || wordCount(textOf(el)) > MAX_HEADING_WORDS) break;
      remove(ctx, el, 'orphan-heading');
    }
  }
}
