/**
 * Cleans a tab and shows the result in the full-tab reader — the path taken by the context menu and by
 * automatic clean view, where there is no popup. Failures open the reader too, which explains them.
 *
 * In a new tab the reader opens at once, while the page is being cleaned (issue 15): its frame paints during
 * the cleaning and it asks for the article (`tab-article`), which answers when the cleaning ends. In the same tab
 * the page must be read before the reader replaces it.
 */
import browser from 'webextension-polyfill';
import { fail, ok, type Response } from '../messages/protocol.js';
import { extractTab, type KnownTab } from './extract-tab.js';
import { keepArticle, keptArticle } from '../session/article-handoff.js';
import { t } from '../i18n/index.js';
import type { Article } from '../core/types.js';

export type ReaderPlacement = 'new-tab' | 'same-tab';

/** Cleanings started for a reader page, by tab: kept until the tab closes, so a failure can still be told. */
const cleanings = new Map<number, Promise<Response<'extract-tab'>>>();

/**
 * Cleans the tab for the pages that wait on it (`tab-article`) and keeps the article in session storage for the
 * reader pages opened later. The waiting pages get the article as soon as it is cleaned, not after it is kept:
 * writing a long article to session storage takes a while (a 100,000-element page's: over a second), and the
 * popup shows what it was handed. `known`: what the caller already knows of the tab (the toolbar click has it).
 */
export function cleanFor(tabId: number, known?: KnownTab): Promise<Response<'extract-tab'>> {
  return cleanAndKeep(tabId, known).cleaning;
}

function cleanAndKeep(
  tabId: number,
  known?: KnownTab,
): { cleaning: Promise<Response<'extract-tab'>>; kept: Promise<void> } {
  const cleaning = extractTab(tabId, known);
  cleanings.set(tabId, cleaning);
  const kept = cleaning.then(afterAnswers).then((result) => (result.ok ? keepArticle(tabId, result.value) : undefined));
  // A failed write leaves the reader pages opened later to say the article is gone; it never fails the cleaning.
  kept.catch(() => undefined);
  return { cleaning, kept };
}

/**
 * Resolves with `value` in a task of its own, after the answers waiting on the same cleaning have gone: the session
 * write copies the article before it returns (a 3 MB article held Chrome's worker 70–200 ms), and the popup must not
 * wait behind it.
 */
const afterAnswers = <T>(value: T) => new Promise<T>((done) => setTimeout(() => done(value), 0));

export async function openReaderFor(
  tabId: number,
  placement: ReaderPlacement = 'new-tab',
  index?: number,
): Promise<boolean> {
  if (placement === 'new-tab') {
    const cleaning = cleanFor(tabId);
    await browser.tabs.create({
      url: browser.runtime.getURL(`reader.html?tab=${tabId}&pending=1`),
      ...(index === undefined ? {} : { index: index + 1 }),
    });
    return (await cleaning).ok;
  }
  // The reader replaces the page and reads the article from session storage: it must be kept first.
  const { cleaning, kept } = cleanAndKeep(tabId);
  const result = await cleaning;
  await kept.catch(() => undefined);
  const url = browser.runtime.getURL(
    `reader.html?tab=${tabId}${result.ok ? '' : `&error=${encodeURIComponent(result.error.message)}`}`,
  );
  await browser.tabs.update(tabId, { url });
  return result.ok;
}

/**
 * The article a reader page waits for: the cleaning under way (or its outcome) for that tab, else the one kept
 * in session storage (the background may have been stopped and started again since).
 */
export async function articleFor(tabId: number): Promise<Response<'tab-article'>> {
  const cleaning = cleanings.get(tabId);
  if (cleaning) return cleaning;
  const kept = await keptArticle(tabId);
  return kept ? ok(kept) : fail('no-article', t('errorGone'));
}

/** The popup's article, too long for session storage, held here for the reader page it opens. */
export function holdArticle(tabId: number, article: Article): Promise<Response<'hold-article'>> {
  cleanings.set(tabId, Promise.resolve(ok(article)));
  return Promise.resolve(ok(null));
}

export function forgetCleaning(tabId: number): void {
  cleanings.delete(tabId);
}
