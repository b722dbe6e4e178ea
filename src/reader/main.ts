/** The full-tab reader: shows the article the popup cleaned for a tab (`reader.html?tab=ID`). */
import { renderArticle } from '../ui/render-article.js';
import { keptArticle } from '../ui/article-store.js';
import { localizePage, t } from '../i18n/index.js';

const $ = <T extends HTMLElement>(role: string) => document.querySelector<T>(`[data-role="${role}"]`)!;

async function main(): Promise<void> {
  localizePage(document);
  const tabId = Number(new URLSearchParams(location.search).get('tab'));
  const article = Number.isInteger(tabId) ? await keptArticle(tabId) : null;
  if (!article) {
    $('status').textContent = t('errorGone');
    return;
  }
  $('status').hidden = true;
  renderArticle({ title: $('title'), meta: $('meta'), audit: $('audit'), body: $('article') }, article);
  document.title = article.title;
  const source = $('source');
  const link = source.querySelector('a')!;
  if (/^https?:/.test(article.url)) {
    link.href = article.url;
    link.textContent = new URL(article.url).hostname;
    source.hidden = false;
  }
}

void main();
