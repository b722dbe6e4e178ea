/**
 * Cleans a tab and shows the result in the full-tab reader — the path taken by the context menu and by
 * automatic clean view, where there is no popup. Failures open the reader too, which explains them.
 */
import browser from 'webextension-polyfill';
import { extractTab } from './extract-tab.js';
import { keepArticle } from '../session/article-handoff.js';

export type ReaderPlacement = 'new-tab' | 'same-tab';

export async function openReaderFor(tabId: number, placement: ReaderPlacement = 'new-tab', index?: number): Promise<boolean> {
  const result = await extractTab(tabId);
  if (result.ok) await keepArticle(tabId, result.value);
  const url = browser.runtime.getURL(`reader.html?tab=${tabId}${result.ok ? '' : `&error=${encodeURIComponent(result.error.message)}`}`);
  if (placement === 'same-tab') await browser.tabs.update(tabId, { url });
  else await browser.tabs.create({ url, ...(index === undefined ? {} : { index: index + 1 }) });
  return result.ok;
}
