/**
 * Cross-check against the page's own JSON-LD `articleBody`. When the page publishes its full text there
 * (most of it is found in Readability's output), a block of Readability's output that shares nothing
 * with it — a promo, a caption, a teaser the CMS did not count as article — is dropped. Forced by news
 * sites whose containers mix story and chrome under generic class names (Hearst, Fox, USA Today).
 * Headings are kept: many CMSs leave subheads out of `articleBody`, and they are short. So are the posts the story
 * embeds (embedded-posts.ts): `articleBody` is the CMS's text, never the quotations it embeds.
 */
import { EMBEDDED_POST } from '../embedded-posts.js';
import { isHeading, leafBlocks, remove, shingleSet, textOf, tokens, tooBig, type PruneContext } from './util.js';

/** Share of articleBody's shingles that must appear in the article before we trust it as the full text. */
const MIN_COVERAGE = 0.8;
/** articleBody shorter than this is a summary, not the body. */
const MIN_BODY_TOKENS = 60;

/** If the check would take more than this share of what is left, the two texts disagree: trust neither. */
const MAX_REMOVED_SHARE = 0.35;

export function pruneByArticleBody(ctx: PruneContext, body: string | null): void {
  // A body cut off with an ellipsis is a teaser (Space.com publishes the first 100 words): no cross-check.
  if (!body || /(?:…|\.\.\.|\[…\])\s*$/.test(body)) return;
  const bodyTokens = tokens(body);
  if (bodyTokens.length < MIN_BODY_TOKENS) return;
  const bodyShingles = shingleSet(bodyTokens);
  const articleShingles = shingleSet(tokens(textOf(ctx.root)));
  let found = 0;
  for (const s of bodyShingles) if (articleShingles.has(s)) found++;
  if (found / bodyShingles.size < MIN_COVERAGE) return;

  const bodyJoined = ` ${bodyTokens.join(' ')} `;
  const doomed: Element[] = [];
  for (const el of leafBlocks(ctx.root)) {
    if (isHeading(el) || tooBig(ctx, el) || el.closest(`.${EMBEDDED_POST}`)) continue;
    const toks = tokens(textOf(el));
    if (toks.length === 0) continue;
    const absent =
      toks.length < 4
        ? !bodyJoined.includes(` ${toks.join(' ')} `)
        : [...shingleSet(toks)].every((s) => !bodyShingles.has(s));
    if (absent) doomed.push(el);
  }
  const total = tokens(textOf(ctx.root)).length;
  const doomedTokens = doomed.reduce((n, el) => n + tokens(textOf(el)).length, 0);
  if (total === 0 || doomedTokens / total > MAX_REMOVED_SHARE) return;
  for (const el of doomed) remove(ctx, el, 'not-in-articleBody');
}
