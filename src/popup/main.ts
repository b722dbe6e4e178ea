/**
 * The popup's UI: paints its frame, then shows the article the first script (start.ts) has been cleaning since
 * the popup opened — or says plainly why there is none. Everything else is the shared article page.
 */
import browser from 'webextension-polyfill';
import { keepArticle } from '../session/article-handoff.js';
import { startArticlePage } from '../ui/article-page.js';
import { takeExtraction } from './early.js';
import { markStage } from '../ui/stage-marks.js';
import { request } from '../messages/client.js';
import type { Article } from '../core/types.js';

markStage('ui');

let tabId: number | undefined;

void startArticlePage(document, {
  mode: 'popup',
  async load() {
    const extraction = await takeExtraction();
    tabId = extraction.tabId;
    return extraction.result;
  },
  tabId: () => tabId,
  async onShown(article) {
    // For a reader page opened later; one too long for session storage is handed over when the reader opens.
    if (tabId !== undefined) await keepArticle(tabId, article).catch(() => undefined);
  },
  openReader({ print, article }) {
    if (tabId !== undefined) void openReader(tabId, article, print);
  },
});

/**
 * Opens the full-tab reader on the article shown here. Session storage hands it over (and keeps it for a reload
 * of the reader page); an article past its quota (Chromium's 10 MB: a book-length page) is held by the
 * background instead, and the reader page asks there (`&pending=1`, as when the background opens it).
 */
async function openReader(tab: number, article: Article, print?: boolean): Promise<void> {
  const kept = await keepArticle(tab, article).then(
    () => true,
    () => false,
  );
  if (!kept) await request('hold-article', { tabId: tab, article });
  const url = browser.runtime.getURL(`reader.html?tab=${tab}${kept ? '' : '&pending=1'}${print ? '&print=1' : ''}`);
  await browser.tabs.create({ url });
  window.close();
}
