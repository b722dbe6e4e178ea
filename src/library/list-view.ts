/** Renders library entries as a list: title linking to the offline reader, meta line, excerpt, delete button. */
import browser from 'webextension-polyfill';
import type { LibraryEntry } from '../storage/record.js';
import { t } from '../i18n/index.js';
import { formatDate } from '../i18n/format.js';

export function renderEntries(list: HTMLElement, entries: readonly LibraryEntry[]): void {
  const doc = list.ownerDocument;
  const locale = doc.documentElement.lang || 'en';
  list.replaceChildren(
    ...entries.map((entry) => {
      const item = doc.createElement('li');
      item.dataset.id = entry.id;
      const link = doc.createElement('a');
      link.href = browser.runtime.getURL(`reader.html?saved=${encodeURIComponent(entry.id)}`);
      link.textContent = entry.title || t('untitled');
      if (entry.lang) link.lang = entry.lang;
      link.dir = 'auto';
      const meta = doc.createElement('p');
      meta.className = 'entry-meta';
      let host = '';
      try {
        host = new URL(entry.url).hostname;
      } catch {
        /* not a web address */
      }
      meta.textContent = [
        entry.siteName || host,
        entry.byline,
        t('librarySavedOn', formatDate(entry.savedAt, locale) ?? entry.savedAt),
      ]
        .filter(Boolean)
        .join(' · ');
      const remove = doc.createElement('button');
      remove.type = 'button';
      remove.dataset.action = 'delete';
      remove.textContent = t('libraryDelete');
      remove.setAttribute('aria-label', t('libraryDeleteLabel', entry.title || t('untitled')));
      item.append(link, meta);
      if (entry.excerpt) {
        const excerpt = doc.createElement('p');
        excerpt.className = 'entry-excerpt';
        excerpt.textContent = entry.excerpt;
        excerpt.dir = 'auto';
        item.append(excerpt);
      }
      item.append(remove);
      return item;
    }),
  );
}
