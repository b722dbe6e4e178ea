/**
 * The full-tab reader (`reader.html?tab=ID`): the article the popup, the keyboard command or the context menu
 * cleaned for a tab (`&pending=1`: the context menu opened it while the cleaning was still under way), with
 * the same actions as the popup, wider, and the reading position remembered.
 */
import { keptArticle } from '../session/article-handoff.js';
import { savedArticle } from '../storage/library.js';
import { startArticlePage } from '../ui/article-page.js';
import { restorePosition, trackPosition } from '../ui/reading-position.js';
import { fail, ok } from '../messages/protocol.js';
import { request } from '../messages/client.js';
import { t } from '../i18n/index.js';

const params = new URLSearchParams(location.search);

void startArticlePage(document, {
  mode: 'reader',
  async load() {
    // The context menu and automatic clean view open the reader even when cleaning failed, to say why.
    const error = params.get('error');
    if (error) return fail('failed', error);
    const saved = params.get('saved'); // an article from the library, read offline
    if (saved) return savedArticle(saved);
    const tabId = Number(params.get('tab'));
    // Opened by the context menu while the page is still being cleaned: the background answers when it is done.
    if (params.get('pending') === '1' && Number.isInteger(tabId)) return request('tab-article', { tabId });
    const article = params.has('tab') && Number.isInteger(tabId) ? await keptArticle(tabId) : null;
    return article ? ok(article) : fail('no-article', t('errorGone'));
  },
  // A reader of a tab's article (not one from the library, nor an error) can fix the page it came from.
  tabId: () => (params.has('tab') && !params.has('saved') ? Number(params.get('tab')) : undefined),
  async onShown(article) {
    const source = document.querySelector<HTMLElement>('[data-role="source"]');
    if (source && /^https?:/.test(article.url)) {
      const link = Object.assign(document.createElement('a'), {
        href: article.url,
        target: '_blank',
        rel: 'noopener noreferrer',
        textContent: new URL(article.url).hostname,
      });
      source.replaceChildren(link);
      source.hidden = false;
    }
    await restorePosition(window, article.url);
    trackPosition(window, article.url);
    if (params.get('print') === '1') setTimeout(() => window.print(), 300);
  },
});
