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

export type ReaderPlacement = 'new-tab' | 'same-tab';

/** Cleanings started for a reader page, by tab: kept until the tab closes, so a failure can still be told. */
const cleanings = new Map<number, Promise<Response<'extract-tab'>>>();

/** `known`: what the caller already knows of the tab (the toolbar click has it): no second look-up. */
export function cleanFor(tabId: number, known?: KnownTab): Promise<Response<'extract-tab'>> {
  const cleaning = extractTab(tabId, known).then(async (result) => {
    if (result.ok) await keepArticle(tabId, result.value);
    return result;
  });
  cleanings.set(tabId, cleaning);
  return cleaning;
}

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
  const result = await cleanFor(tabId);
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

export function forgetCleaning(tabId: number): void {
  cleanings.delete(tabId);
}
