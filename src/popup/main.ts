/**
 * The popup's UI: paints its frame, then shows the article the first script (start.ts) has been cleaning since
 * the popup opened — or says plainly why there is none. Everything else is the shared article page.
 */
import browser from 'webextension-polyfill';
import { keepArticle } from '../session/article-handoff.js';
import { startArticlePage } from '../ui/article-page.js';
import { takeExtraction } from './early.js';
import { markStage } from '../ui/stage-marks.js';

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
    if (tabId !== undefined) await keepArticle(tabId, article);
  },
  openReader({ print }) {
    if (tabId === undefined) return;
    const url = browser.runtime.getURL(`reader.html?tab=${tabId}${print ? '&print=1' : ''}`);
    void browser.tabs.create({ url }).then(() => window.close());
  },
});
