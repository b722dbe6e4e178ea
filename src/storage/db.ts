/**
 * The library database (IndexedDB through idb). One connection per context (page or background), opened on
 * first use; another context upgrading the schema closes ours rather than blocking it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LibraryEntry, SavedArticle, SearchText } from './record.js';

export interface LibrarySchema extends DBSchema {
  entries: { key: string; value: LibraryEntry; indexes: { url: string; savedAt: string } };
  texts: { key: string; value: SearchText };
  articles: { key: string; value: SavedArticle };
}

export const DB_NAME = 'winnow-library';
export const STORES = ['entries', 'texts', 'articles'] as const;

let connection: Promise<IDBPDatabase<LibrarySchema>> | null = null;

export function database(name = DB_NAME): Promise<IDBPDatabase<LibrarySchema>> {
  connection ??= openDB<LibrarySchema>(name, 1, {
    upgrade(db) {
      const entries = db.createObjectStore('entries', { keyPath: 'id' });
      entries.createIndex('url', 'url', { unique: true });
      entries.createIndex('savedAt', 'savedAt');
      db.createObjectStore('texts', { keyPath: 'id' });
      db.createObjectStore('articles', { keyPath: 'id' });
    },
    blocking() {
      void connection?.then((db) => db.close());
      connection = null;
    },
    terminated() {
      connection = null;
    },
  }).catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}
