/**
 * The library page (library.html): every saved article, newest first; search as you type (title and
 * text, substring, Chinese included, a Simplified query finding Traditional text and back); open offline
 * in the reader; delete with undo; storage used and persistence; export and import. Reads and writes the
 * library directly: it is a full tab, not a popup that may close mid-write, and exports are too big to
 * pass through messages.
 */
import type { ExportWindow } from '../core/export/labels.js';
import { localizePage, t } from '../i18n/index.js';
import { loadSettings } from '../settings/store.js';
import { applySettings } from '../ui/apply-settings.js';
import { byRole } from '../ui/dom.js';
import { removeArticle, requestPersistence, restoreArticle, storageUse } from '../storage/library.js';
import type { SavedArticle } from '../storage/record.js';
import { findEntries } from './cross-script.js';
import { renderEntries } from './list-view.js';
import { exportLibrary, importLibrary } from './transfer.js';
import { downloadBlob } from './download.js';

const doc = document;
const win = window as unknown as ExportWindow;
const main = doc.querySelector('main')!;
const list = byRole(main, 'list');
const search = byRole<HTMLInputElement>(main, 'search');
const undo = main.querySelector<HTMLButtonElement>('[data-action="undo"]')!;
let lastRemoved: SavedArticle | null = null;

function say(message: string, kind: 'note' | 'error' = 'note', offerUndo = false): void {
  byRole(main, 'status').textContent = message;
  byRole(main, 'status').parentElement!.dataset.kind = kind;
  undo.hidden = !offerUndo;
}

const bytes = (n: number) =>
  n < 1024 * 1024
    ? `${Math.max(1, Math.round(n / 1024))} KB`
    : n < 1024 ** 3
      ? `${(n / 1024 / 1024).toFixed(1)} MB`
      : `${(n / 1024 ** 3).toFixed(1)} GB`;

async function showUsage(): Promise<void> {
  const use = await storageUse();
  byRole(main, 'usage').textContent =
    use.usage !== null && use.quota !== null
      ? t('libraryUsage', bytes(use.usage), bytes(use.quota))
      : t('libraryUsageUnknown');
  byRole(main, 'persisted').textContent = use.persisted ? t('libraryPersisted') : t('libraryNotPersisted');
}

let latest = 0;

/**
 * Re-reads the list for the current query. The latest refresh wins: the first Chinese query waits for the
 * converters, so an older search may finish after a newer one, and its results (even for the same query,
 * read before a delete) must not replace the newer ones.
 */
async function refresh(): Promise<void> {
  const query = search.value;
  const mine = ++latest;
  const result = await findEntries(query);
  if (mine !== latest || query !== search.value) return;
  if (!result.ok) {
    say(result.error.message, 'error');
    return;
  }
  renderEntries(list, result.value);
  const count = result.value.length;
  byRole(main, 'count').textContent =
    count === 0
      ? query.trim()
        ? t('libraryNoMatch', query.trim())
        : t('libraryEmpty')
      : count === 1
        ? t('libraryCountOne')
        : t('libraryCount', count);
  main.dataset.count = String(count);
}

async function remove(item: HTMLElement): Promise<void> {
  const result = await removeArticle(item.dataset.id!);
  if (!result.ok) {
    say(result.error.message, 'error');
    return;
  }
  lastRemoved = result.value;
  // Focus moves to the next entry (or the search box) so keyboard users keep their place.
  const next = (item.nextElementSibling ?? item.previousElementSibling)?.querySelector<HTMLElement>('a') ?? search;
  await refresh();
  (next.isConnected ? next : search).focus();
  say(t('libraryDeleted', lastRemoved?.article.title || t('untitled')), 'note', Boolean(lastRemoved));
  void showUsage();
}

async function restore(): Promise<void> {
  if (!lastRemoved) return;
  const saved = lastRemoved;
  const result = await restoreArticle(saved);
  if (!result.ok) {
    say(result.error.message, 'error', true);
    return;
  }
  lastRemoved = null;
  say(result.value ? t('libraryRestored', saved.article.title || t('untitled')) : t('libraryNotRestored'));
  await refresh();
  void showUsage();
}

async function exportAs(kind: 'json' | 'zip'): Promise<void> {
  const result = await exportLibrary(kind, win);
  if (!result.ok) {
    say(result.error.message, 'error');
    return;
  }
  try {
    await downloadBlob(result.value.blob, result.value.filename);
    say(t('libraryExported', result.value.count, result.value.filename));
  } catch (error) {
    say(t('saveErrorDownload', String(error)), 'error');
  }
}

async function importFile(file: File): Promise<void> {
  const result = await importLibrary(new Uint8Array(await file.arrayBuffer()), win);
  if (!result.ok) {
    say(result.error.message, 'error');
    return;
  }
  const { added, updated, skipped } = result.value;
  say(t('libraryImported', added, updated, skipped));
  await refresh();
  void showUsage();
}

async function start(): Promise<void> {
  localizePage(doc);
  const settings = await loadSettings().catch(() => null);
  if (settings) applySettings(doc, settings);
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 120);
  });
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-action="delete"]');
    if (button) void remove(button.closest('li')!);
  });
  undo.addEventListener('click', () => void restore());
  const input = byRole<HTMLInputElement>(main, 'import-file');
  main.querySelector('[data-action="import"]')!.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void importFile(file);
  });
  main.querySelector('[data-action="export-json"]')!.addEventListener('click', () => void exportAs('json'));
  main.querySelector('[data-action="export-zip"]')!.addEventListener('click', () => void exportAs('zip'));
  await refresh();
  main.setAttribute('aria-busy', 'false');
  // Asking is cheap and the answer shows in the page: an evictable library is worth knowing about.
  await requestPersistence();
  await showUsage();
}

void start();
