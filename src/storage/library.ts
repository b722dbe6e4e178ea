/**
 * The offline library: save, list, search, open, delete with undo, export, import, storage use.
 * Every write is one readwrite transaction over all three stores (record.ts), so a failure — quota, full
 * disk, a closing page — leaves the library exactly as it was. Failures come back as data, never thrown.
 */
import type { Article } from '../core/types.js';
import { fail, ok, type Result } from '../messages/protocol.js';
import { t } from '../i18n/index.js';
import { database } from './db.js';
import { storageFailure } from './errors.js';
import type { FileArticle } from './library-file.js';
import { planMerge, type ImportReport } from './merge.js';
import { entryOf, searchTextOf, type LibraryEntry, type SavedArticle, type SavedScript } from './record.js';
import { matches, searchTerms, type Term } from './search.js';
import { normaliseUrl } from './url.js';

async function attempt<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return storageFailure(error);
  }
}

const newId = () => crypto.randomUUID();

/** Keeps a purified article. The same address (fragment aside) updates its entry, keeping its id. */
export function saveArticle(
  article: Article,
  script: SavedScript | null,
  now = new Date(),
): Promise<Result<{ id: string; updated: boolean }>> {
  return attempt(async () => {
    const db = await database();
    const tx = db.transaction(['entries', 'texts', 'articles'], 'readwrite');
    const url = normaliseUrl(article.url);
    const existing = await tx.objectStore('entries').index('url').getKey(url);
    const saved: SavedArticle = { id: existing ?? newId(), url, savedAt: now.toISOString(), script, article };
    await Promise.all([
      tx.objectStore('articles').put(saved),
      tx.objectStore('entries').put(entryOf(saved)),
      tx.objectStore('texts').put(searchTextOf(saved)),
      tx.done,
    ]);
    return { id: saved.id, updated: existing !== undefined };
  });
}

/** Every entry, newest first. Reads only the small entries store. */
export function listEntries(): Promise<Result<LibraryEntry[]>> {
  return attempt(async () => (await (await database()).getAllFromIndex('entries', 'savedAt')).reverse());
}

/** Entries whose title, author, site or text contain every term of `query`, newest first. */
export function searchEntries(query: string): Promise<Result<LibraryEntry[]>> {
  const terms = searchTerms(query);
  return terms.length ? searchEntriesFor(terms) : listEntries();
}

/**
 * The same search for terms already expanded into their spellings (search.ts `expandTerms`): for every term, one
 * of its spellings must occur. The library page expands Chinese queries across scripts (library/cross-script.ts),
 * so the storage layer itself never loads the converter.
 */
export function searchEntriesFor(terms: readonly Term[]): Promise<Result<LibraryEntry[]>> {
  return attempt(async () => {
    const tx = (await database()).transaction(['entries', 'texts']);
    const [entries, texts] = await Promise.all([
      tx.objectStore('entries').index('savedAt').getAll(),
      tx.objectStore('texts').getAll(),
    ]);
    const hits = new Set(texts.filter((text) => matches(text.text, terms)).map((text) => text.id));
    return entries.reverse().filter((entry) => hits.has(entry.id));
  });
}

export async function getSaved(id: string): Promise<Result<SavedArticle>> {
  const result = await attempt(async () => (await database()).get('articles', id));
  if (!result.ok) return result;
  return result.value ? ok(result.value) : fail('not-found', t('libraryErrorNotFound'));
}

/** The article alone, for the reader's `?saved=ID`. */
export async function savedArticle(id: string): Promise<Result<Article>> {
  const result = await getSaved(id);
  return result.ok ? ok(result.value.article) : result;
}

/** Deletes one article and hands it back whole, so the page can offer undo. */
export function removeArticle(id: string): Promise<Result<SavedArticle | null>> {
  return attempt(async () => {
    const tx = (await database()).transaction(['entries', 'texts', 'articles'], 'readwrite');
    const saved = await tx.objectStore('articles').get(id);
    await Promise.all([
      tx.objectStore('articles').delete(id),
      tx.objectStore('entries').delete(id),
      tx.objectStore('texts').delete(id),
      tx.done,
    ]);
    return saved ?? null;
  });
}

/** Undo of removeArticle. If the address was saved again meanwhile, that newer copy stays. */
export function restoreArticle(saved: SavedArticle): Promise<Result<boolean>> {
  return attempt(async () => {
    const tx = (await database()).transaction(['entries', 'texts', 'articles'], 'readwrite');
    if (await tx.objectStore('entries').index('url').getKey(saved.url)) {
      await tx.done;
      return false;
    }
    await Promise.all([
      tx.objectStore('articles').put(saved),
      tx.objectStore('entries').put(entryOf(saved)),
      tx.objectStore('texts').put(searchTextOf(saved)),
      tx.done,
    ]);
    return true;
  });
}

/** The whole library, for export. */
export function allArticles(): Promise<Result<SavedArticle[]>> {
  return attempt(async () => (await database()).getAll('articles'));
}

/**
 * Merges validated, purified articles by URL in one transaction: all of them land, or none do.
 * The plan is made inside the transaction, against the library as it is at that moment.
 */
export function importArticles(incoming: readonly FileArticle[]): Promise<Result<ImportReport>> {
  return attempt(async () => {
    const tx = (await database()).transaction(['entries', 'texts', 'articles'], 'readwrite');
    const articles = tx.objectStore('articles');
    const byUrl = new Map((await articles.getAll()).map((saved) => [saved.url, saved]));
    const plan = planMerge(byUrl, incoming);
    const writes: Array<Promise<unknown>> = [];
    const put = (saved: SavedArticle) =>
      writes.push(
        articles.put(saved),
        tx.objectStore('entries').put(entryOf(saved)),
        tx.objectStore('texts').put(searchTextOf(saved)),
      );
    for (const item of plan.add) put({ id: newId(), ...item });
    for (const { id, incoming: item } of plan.update) put({ id, ...item });
    await Promise.all([...writes, tx.done]);
    return { added: plan.add.length, updated: plan.update.length, skipped: plan.skipped };
  });
}

export interface StorageUse {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/** What the browser says this extension's storage uses (it counts the whole origin, not only the library). */
export async function storageUse(): Promise<StorageUse> {
  const storage = globalThis.navigator?.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    storage?.persisted?.().catch(() => null),
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted: persisted ?? null };
}

/** Asks the browser not to evict the library under storage pressure. Resolves to whether it agreed. */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await globalThis.navigator?.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
