/**
 * What the site itself marks as no part of its text: `data-nosnippet`, the attribute by which a page keeps part of
 * itself out of search engines' snippets. Sites put it on their furniture: the reading options and AI summary above
 * a story, subscription and app-install cards, cookie bars, menus, "more stories" walls. Across the eleven
 * development-corpus pages that use it, none of the 29 elements so marked held article text. Only boxes go: a phrase
 * marked inside a sentence (a name kept out of snippets) stays, and so does a box holding a large share of the
 * article (`tooBig`), which a site keeping its whole story out of snippets would mark.
 */
import { isBlock, remove, tooBig, type PruneContext } from './util.js';

export function pruneNoSnippetBoxes(ctx: PruneContext): void {
  for (const box of Array.from(ctx.root.querySelectorAll('[data-nosnippet]'))) {
    if (isBlock(box) && ctx.root.contains(box) && !tooBig(ctx, box)) remove(ctx, box, 'no-snippet');
  }
}
