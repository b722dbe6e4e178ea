/**
 * Other posts after the article. WordPress themes that list posts under the one you opened (a quotes blog
 * showing a dozen more posts, each with its own share bar) give every post an element classed `post-<id>`;
 * Readability takes the whole list because together it has the most text. The post you opened is the
 * first one; an element carrying a different post id, and not wrapping the first, is another article.
 * It only acts when the first post keeps a real body, so a page that is all teasers is left alone.
 */
import { alive, remove, textOf, wordCount, type PruneContext } from './util.js';

const POST_ID = /(?:^|\s)post-(\d+)(?:\s|$)/;
/** The first post must keep at least this much text for the rest to be called "other posts". */
const MIN_MAIN_WORDS = 60;

const postId = (el: Element): string | null => POST_ID.exec(el.getAttribute('class') ?? '')?.[1] ?? null;

export function pruneOtherPosts(ctx: PruneContext): void {
  const posts = Array.from(ctx.root.querySelectorAll('[class*="post-"]')).filter((el) => postId(el) !== null);
  const main = posts[0];
  if (!main || wordCount(textOf(main)) < MIN_MAIN_WORDS) return;
  const mainId = postId(main);
  for (const el of posts.slice(1)) {
    if (!alive(ctx, el) || postId(el) === mainId || el.contains(main) || main.contains(el)) continue;
    remove(ctx, el, 'other-post');
  }
}
