/**
 * The popup: paints its frame at once, asks the background to clean the active tab, and shows the article
 * (or says plainly why there is none). Everything else is the shared article page.
 */
import browser from 'webextension-polyfill';
import { request } from '../messages/client.js';
import { fail } from '../messages/protocol.js';
import { keepArticle } from '../session/article-handoff.js';
import { startArticlePage } from '../ui/article-page.js';
import { t } from '../i18n/index.js';
import '../ui/controls.js';

let tabId: number | undefined;

void startArticlePage(document, {
  mode: 'popup',
  async load() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id;
    if (tabId === undefined) return fail('no-tab', t('errorNoTab'));
    return request('extract-tab', { tabId });
  },
  async onShown(article) {
    if (tabId !== undefined) await keepArticle(tabId, article);
  },
  openReader({ print }) {
    if (tabId === undefined) return;
    const url = browser.runtime.getURL(`reader.html?tab=${tabId}${print ? '&print=1' : ''}`);
    void browser.tabs.create({ url }).then(() => window.close());
  },
});
