/**
 * The following pages of a multi-page article, read and cleaned in the page's own context (issue 16):
 *
 *   first page's Article ─► setting on? ─► core followPages (pager, cap 20, budget 8 s)
 *                                            load:  fetch-page.ts (same origin, decoded, DOMParser: inert)
 *                                            clean: core clean() with static verdicts (no layout for a fetched page)
 *                         ─► core joinPages ─► one Article
 *
 * Anything that goes wrong here leaves the reader with the first page: following is a bonus, never a failure.
 */
import { clean } from '../core/clean.js';
import { LIVE_PAGE_LIMITS } from '../core/limits.js';
import { followPages } from '../core/pages/follow.js';
import { joinPages } from '../core/pages/join.js';
import type { SiteRule } from '../core/site-rules/types.js';
import type { Article } from '../core/types.js';
import { fetchPage } from './fetch-page.js';
import { followPagesSetting } from './follow-setting.js';

/** The extension's path: the reader's setting decides. The site's fix, if any, applies to every page of it. */
export async function withFollowingPages(
  doc: Document,
  win: Window,
  url: string,
  first: Article,
  siteRules?: readonly SiteRule[],
): Promise<Article> {
  try {
    return (await followPagesSetting()) ? await followAndJoin(doc, win, url, first, siteRules) : first;
  } catch {
    return first;
  }
}

/** The first page's article with its following pages joined (also `winnow clean --engine chromium URL`). */
export async function followAndJoin(
  doc: Document,
  win: Window,
  url: string,
  first: Article,
  siteRules?: readonly SiteRule[],
): Promise<Article> {
  try {
    const followed = await followPages({ doc, url }, first, {
      load: (next, signal) => fetchPage(next, signal, doc),
      clean: (page, pageUrl) => (withinLimits(page) ? clean(page, { url: pageUrl, window: win, siteRules }) : null),
    });
    return joinPages(followed.articles, followed.urls, win);
  } catch {
    return first;
  }
}

/** The extension's page limits hold for a fetched page as for the one on screen. */
function withinLimits(doc: Document): boolean {
  return (
    doc.getElementsByTagName('*').length <= LIVE_PAGE_LIMITS.maxElements &&
    (doc.body?.textContent?.length ?? 0) <= LIVE_PAGE_LIMITS.maxText
  );
}
