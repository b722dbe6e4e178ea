/**
 * Decoded page text → Article, parsed by jsdom the way a browser would (no scripts run, no subresources
 * load — parse.ts) and cleaned by the same core pipeline as the extension.
 */
import { clean } from '../../core/clean.js';
import { CLI_PAGE_LIMITS } from '../../core/limits.js';
import { InputError } from '../errors.js';
import { tooDeep, tooManyElements, tooMuchText } from '../refusals.js';
import { CLI_SHAPE_LIMITS, shapeRefusal } from './shape.js';
import type { SiteRule } from '../../core/site-rules/types.js';
import type { Article } from '../../core/types.js';
import { withFollowingPages, type FollowJob } from './follow.js';
import { parsePage, parserWindow, startPageJob } from './parse.js';

export async function extractArticle(
  html: string,
  url: string | null,
  follow: FollowJob | null = null,
  siteRules: readonly SiteRule[] = [],
): Promise<Article | null> {
  const refusal = shapeRefusal(html, CLI_SHAPE_LIMITS);
  if (refusal?.past === 'depth') throw new InputError(tooDeep(CLI_SHAPE_LIMITS.depth));
  if (refusal) throw new InputError(tooManyElements(refusal.shape.elements));
  startPageJob();
  const doc = parsePage(html, url);
  // The CLI's limits (core/limits.ts), checked before the expensive part, so a batch never stalls on one huge page.
  const elements = doc.getElementsByTagName('*').length;
  if (elements > CLI_PAGE_LIMITS.maxElements) throw new InputError(tooManyElements(elements));
  const text = doc.body?.textContent?.length ?? 0;
  if (text > CLI_PAGE_LIMITS.maxText) throw new InputError(tooMuchText(text));
  // Without following pages the parsed page serves this clean alone: cleaned in place, not copied first.
  const following = follow !== null && url !== null && /^https?:/i.test(url);
  const article = clean(doc, {
    window: parserWindow(),
    siteRules,
    consumeDocument: !following,
    ...(url ? { url } : {}),
  });
  // A fetched page's following pages (issue 16); files and stdin are never followed.
  if (!article || !following) return article;
  return await withFollowingPages(doc, url, article, follow, siteRules);
}
