/**
 * Following a multi-page article (issue 16): from the first page, load the pages its pager links to, clean each
 * with the caller's pipeline, and find the next ones on each page in turn — within a page cap and a time budget.
 * Pure: the caller brings the loading (the content script's same-origin fetch, the CLI's) and the cleaning
 * (the same `clean()` everywhere), so the browser and the command line follow pages by the same rules.
 *
 *   first page ─► pager ─► queue (page order) ─► load ─► clean ─► pager ─► … ─► [articles, addresses]
 *                          stop: cap reached, budget spent, a page that fails (no hole in the middle of a story)
 */
import type { Article } from '../types.js';
import { laterPage } from './page-url.js';
import { followingPages } from './pager.js';

/** Pages joined at most, the first included. */
export const MAX_PAGES = 20;
/** Time for all the following pages together; past it, the reader gets the pages that are ready. */
export const FOLLOW_BUDGET_MS = 8_000;

export interface LoadedPage {
  doc: Document;
  /** The address the page was read from (after a same-origin redirect). */
  url: string;
}

export interface FollowOptions {
  /** Loads one page; gives up (rejects or returns null) when `signal` aborts. */
  load: (url: string, signal: AbortSignal) => Promise<LoadedPage | null>;
  /** The same pipeline the first page went through, on a fetched (inert) document. */
  clean: (doc: Document, url: string) => Article | null;
  maxPages?: number;
  budgetMs?: number;
}

export interface Followed {
  /** The first page's article, then each following page's, in page order. */
  articles: Article[];
  urls: string[];
}

export async function followPages(first: LoadedPage, article: Article, options: FollowOptions): Promise<Followed> {
  const maxPages = options.maxPages ?? MAX_PAGES;
  const deadline = Date.now() + (options.budgetMs ?? FOLLOW_BUDGET_MS);
  const articles = [article];
  const urls = [first.url];
  const seen = new Set([withoutHash(first.url)]);
  /** Address → its page number as a later page of the *first* page: every page must be one of the same article. */
  const queue = new Map<string, number>();
  const enqueue = (doc: Document, url: string) => {
    for (const link of followingPages(doc, url)) {
      const page = laterPage(first.url, link.url);
      if (page !== null && !seen.has(link.url)) queue.set(link.url, page);
    }
  };
  enqueue(first.doc, first.url);
  while (queue.size > 0 && articles.length < maxPages) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const [url] = [...queue].reduce((low, entry) => (entry[1] < low[1] ? entry : low));
    queue.delete(url);
    seen.add(url);
    const page = await loadWithin(options.load, url, left);
    if (!page || laterPage(first.url, page.url) === null) break;
    seen.add(withoutHash(page.url));
    const cleaned = options.clean(page.doc, page.url);
    if (!cleaned) break;
    articles.push(cleaned);
    urls.push(page.url);
    enqueue(page.doc, page.url);
  }
  return { articles, urls };
}

/** One load, aborted when the budget runs out; a failure is a page that is not there. */
async function loadWithin(load: FollowOptions['load'], url: string, ms: number): Promise<LoadedPage | null> {
  const controller = new AbortController();
  // (An unlimited budget sets no timer: setTimeout would read Infinity as 1 ms.)
  const timer = Number.isFinite(ms) ? setTimeout(() => controller.abort(), ms) : undefined;
  try {
    return await Promise.race([
      load(url, controller.signal),
      new Promise<null>((resolve) => controller.signal.addEventListener('abort', () => resolve(null))),
    ]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}
