/**
 * The save menu of the popup and the reader: a "Save" disclosure button opening Save to library,
 * Markdown, HTML, Text, EPUB and Open library, with a live status line for confirmation or error.
 * Every save uses the article *as shown* (`getArticle`: original or converted script).
 *
 * Library saves are written by the background (a closing popup cannot abort them); files are built here,
 * where there is a DOM, and handed to the background's downloads handler.
 */
import browser from 'webextension-polyfill';
import type { Article } from '../core/types.js';
import type { ExportWindow } from '../core/export/labels.js';
import { purify } from '../core/purify.js';
import { request } from '../messages/client.js';
import { t, type MessageKey } from '../i18n/index.js';
import { scriptOfLang } from '../storage/record.js';
import { buildFile, type FileFormat } from '../library/build-file.js';
import { registerControl } from './article-page.js';

type Choice = 'library' | FileFormat;
const CHOICES: Array<[Choice, MessageKey]> = [
  ['library', 'saveToLibrary'],
  ['markdown', 'saveMarkdown'],
  ['html', 'saveHtml'],
  ['text', 'saveText'],
  ['epub', 'saveEpub'],
];

const STYLE = `.save-menu { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.save-menu [role="group"] { display: inline-flex; flex-wrap: wrap; gap: 6px; }
.save-menu [role="group"][hidden] { display: none; }
.save-status { font-size: 13px; color: var(--muted); }
.save-status[data-kind="error"] { color: var(--fg); font-weight: 600; }`;

function addStyle(doc: Document): void {
  if (doc.getElementById('winnow-save-menu-style')) return;
  const style = doc.createElement('style');
  style.id = 'winnow-save-menu-style';
  style.textContent = STYLE;
  doc.head.append(style);
}

async function save(choice: Choice, article: Article, win: ExportWindow): Promise<{ ok: boolean; message: string }> {
  if (choice === 'library') {
    const result = await request('library-save', {
      article: { ...article, content: purify(article.content, win) },
      script: scriptOfLang(article.lang),
    });
    if (!result.ok) return { ok: false, message: result.error.message };
    return { ok: true, message: t(result.value.updated ? 'saveDoneUpdated' : 'saveDoneLibrary') };
  }
  let file;
  try {
    file = await buildFile(article, choice, win);
  } catch (error) {
    return { ok: false, message: t('saveErrorBuild', String(error)) };
  }
  const result = await request('download-file', file);
  return result.ok
    ? { ok: true, message: t('saveDoneFile', file.filename) }
    : { ok: false, message: result.error.message };
}

export function mountSaveMenu(container: HTMLElement, getArticle: () => Article): void {
  const doc = container.ownerDocument;
  const win = doc.defaultView as unknown as ExportWindow;
  addStyle(doc);
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text = '') => {
    const el = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.textContent = text;
    return el;
  };
  const root = make('span', { class: 'save-menu' });
  const toggle = make(
    'button',
    { type: 'button', 'data-action': 'save-menu', 'aria-expanded': 'false', 'aria-controls': 'winnow-save-options' },
    t('saveMenuLabel'),
  );
  const options = make('span', { role: 'group', id: 'winnow-save-options', 'aria-label': t('saveMenuLabel') });
  options.hidden = true;
  const status = make('span', {
    class: 'save-status',
    role: 'status',
    'aria-live': 'polite',
    'data-role': 'save-status',
  });
  const buttons = CHOICES.map(([choice, label]) => make('button', { type: 'button', 'data-save': choice }, t(label)));
  const library = make('button', { type: 'button', 'data-save': 'open-library' }, t('libraryOpen'));
  options.append(...buttons, library);
  root.append(toggle, options, status);
  container.append(root);

  const setOpen = (open: boolean) => {
    options.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) buttons[0]!.focus();
  };
  toggle.addEventListener('click', () => setOpen(options.hidden));
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !options.hidden) {
      setOpen(false);
      toggle.focus();
    }
  });
  library.addEventListener('click', () => void browser.tabs.create({ url: browser.runtime.getURL('library.html') }));
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const choice = button.dataset.save as Choice;
      for (const b of buttons) b.disabled = true;
      status.dataset.kind = 'busy';
      status.textContent = t('saveBusy');
      // A failure becomes the status line's message, so the chain never rejects.
      void save(choice, getArticle(), win)
        .catch((error: unknown) => ({ ok: false, message: t('saveErrorBuild', String(error)) }))
        .then((outcome) => {
          for (const b of buttons) b.disabled = false;
          status.dataset.kind = outcome.ok ? 'done' : 'error';
          status.textContent = outcome.message;
        });
    });
  }
}

// Every article page (popup and reader) shows the menu in its action bar.
registerControl(({ actions, current }) => mountSaveMenu(actions, current));
