/**
 * Where the story ends: Readability often scores a container above the page's one marked story block (`<article>`,
 * `itemprop="articleBody"`: sole-article.ts) and keeps whatever that container holds after the story too — a
 * "reading on another device" dialog the site's stylesheet hides until needed, a services box, an affiliate
 * notice, "Looking for more headlines?", the comment form. The page itself says the story ends with its block:
 * what the article holds after the block (in page order, not inside it) goes. What comes before stays — the
 * headline, standfirst, byline and lead image sit above the block on most pages.
 *
 * The block is marked in the clone before Readability runs (an attribute survives Readability's rewriting: it
 * renames tags but copies attributes) and found again in the article afterwards.
 */
import type { Removal } from '../types.js';
import { capText, collapsedText } from '../dom.js';

const MARK = 'data-winnow-story';

/** Marks the page's story block in the clone, before Readability takes the clone apart. */
export function markStory(block: Element): void {
  block.setAttribute(MARK, '');
}

/** The marked story block in Readability's article, or null; the mark is taken off either way. */
export function takeStoryMark(holder: Element): Element | null {
  const marks = Array.from(holder.querySelectorAll(`[${MARK}]`));
  for (const el of marks) el.removeAttribute(MARK);
  return marks.length === 1 ? marks[0]! : null;
}

/** Removes what follows `story` inside `holder`, innermost level first; records what went. */
export function trimAfterStory(holder: Element, story: Element): Removal[] {
  const removed: Removal[] = [];
  for (let node: Element = story; node !== holder && node.parentElement; node = node.parentElement) {
    for (let next = node.nextSibling; next; next = node.nextSibling) {
      // Elements and text only: a comment node's "end .post" is markup, not something the reader lost.
      const text = next.nodeType === 1 || next.nodeType === 3 ? collapsedText(next) : '';
      // Capped like every other removal record (types.ts): a trimmed comment thread is not kept whole in the audit.
      if (text) removed.push({ reason: 'prune:after-story', text: capText(text) });
      next.remove();
    }
  }
  return removed;
}
