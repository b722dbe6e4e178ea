/**
 * `winnow clean URL` on a multi-page article (issue 16): the first page's article, then its following pages —
 * fetched from the same origin (redirects refused), decoded by the CLI's rules, parsed by jsdom, cleaned by the
 * same core clean() — joined by core's followPages/joinPages, with the extension's cap (20 pages) and budget (8 s).
 *
 *   first page (jsdom) ─► clean ─► followPages(load: fetchPage + decode + jsdom, clean) ─► joinPages ─► Article
 */
import { CLI_SHAPE_LIMITS, shapeRefusal } from './shape.js';
import { clean } from '../../core/clean.js';
import { CLI_PAGE_LIMITS } from '../../core/limits.js';
import { followPages, type LoadedPage } from '../../core/pages/follow.js';
import { joinPages } from '../../core/pages/join.js';
import type { SiteRule } from '../../core/site-rules/types.js';
import type { Article } from '../../core/types.js';
import { decode } from '../decode.js';
import { fetchPage, type FetchLimits } from '../fetch.js';
import { parsePage, parserWindow } from './parse.js';

export interface FollowJob {
  limits: FetchLimits;
  charset: string | null;
}

/** The first page's `article` (from `doc` at `url`) with its following pages joined; the first page alone on trouble. */
export async function withFollowingPages(
  doc: Document,
  url: string,
  article: Article,
  job: FollowJob,
  siteRules: readonly SiteRule[] = [],
): Promise<Article> {
  const win = parserWindow();
  try {
    const load = async (next: string, signal: AbortSignal): Promise<LoadedPage | null> => {
      if (new URL(next).origin !== new URL(url).origin) return null;
      const page = await fetchPage(next, job.limits, { follow: false, signal });
      if (page.contentType && !/^(?:text\/html|application\/xhtml\+xml)\b/i.test(page.contentType)) return null;
      const { text } = decode(page.bytes, { contentType: page.contentType, charset: job.charset });
      if (shapeRefusal(text, CLI_SHAPE_LIMITS)) return null;
      return { doc: parsePage(text, next), url: next };
    };
    const cleanPage = (doc: Document, pageUrl: string): Article | null =>
      doc.getElementsByTagName('*').length > CLI_PAGE_LIMITS.maxElements ||
      (doc.body?.textContent?.length ?? 0) > CLI_PAGE_LIMITS.maxText
        ? null
        : clean(doc, { url: pageUrl, window: win, siteRules });
    const followed = await followPages({ doc, url }, article, { load, clean: cleanPage });
    return joinPages(followed.articles, followed.urls, win);
  } catch {
    return article;
  }
}
