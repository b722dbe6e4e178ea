/**
 * The popup: paint the frame at once, ask the background to clean the active tab, render the result or say
 * plainly why there is none. No logic of its own beyond that.
 */
import browser from 'webextension-polyfill';
import { request } from '../messages/client.js';
import { renderArticle } from '../ui/render-article.js';
import { keepArticle } from '../ui/article-store.js';
import { localizePage, t } from '../i18n/index.js';

const $ = <T extends HTMLElement>(role: string) => document.querySelector<T>(`[data-role="${role}"]`)!;

function showStatus(message: string, kind: 'busy' | 'error'): void {
  const status = $('status');
  status.textContent = message;
  status.dataset.kind = kind;
  status.hidden = false;
}

async function main(): Promise<void> {
  localizePage(document);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const sheet = document.querySelector('main')!;
  if (tab?.id === undefined) {
    showStatus(t('errorNoTab'), 'error');
    sheet.setAttribute('aria-busy', 'false');
    return;
  }
  const result = await request('extract-tab', { tabId: tab.id });
  sheet.setAttribute('aria-busy', 'false');
  if (!result.ok) {
    showStatus(result.error.message, 'error');
    document.body.dataset.error = result.error.code;
    return;
  }
  $('status').hidden = true;
  renderArticle({ title: $('title'), meta: $('meta'), audit: $('audit'), body: $('article') }, result.value);
  $('actions').hidden = false;
  await keepArticle(tab.id, result.value);
  const tabId = tab.id;
  document.querySelector('[data-action="open-reader"]')!.addEventListener('click', () => {
    void browser.tabs.create({ url: browser.runtime.getURL(`reader.html?tab=${tabId}`) }).then(() => window.close());
  });
}

main().catch((error: unknown) => showStatus(t('errorFailed', String(error)), 'error'));
