/**
 * Hands the article of a tab from the popup, keyboard command or context menu to the full-tab reader. Session storage: it lives as long as the
 * browser session, never touches the disk, and is readable by every Winnow page.
 */
import browser from 'webextension-polyfill';
import type { Article } from '../core/types.js';

const key = (tabId: number) => `article:${tabId}`;

export async function keepArticle(tabId: number, article: Article): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: article });
}

export async function keptArticle(tabId: number): Promise<Article | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as Article | undefined) ?? null;
}

/** A closed tab's article is of no further use to the reader page. */
export async function forgetArticle(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
