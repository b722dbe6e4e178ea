/**
 * Library search for terms already expanded into their spellings (search.ts `expandTerms`): the same read
 * as library.ts's `searchEntries`, but taking terms rather than a query string, so the caller decides
 * whether a query is worth a dictionary. Kept out of library.ts so the storage layer never loads the
 * converter: the library page does that (src/library/cross-script.ts) and hands the spellings in.
 */
import { ok, type Result } from '../messages/protocol.js';
import { database } from './db.js';
import { storageFailure } from './errors.js';
import type { LibraryEntry } from './record.js';
import { matches, type Term } from './search.js';

/** Entries whose folded text holds, for every term, at least one of its spellings; newest first. */
export async function searchEntriesFor(terms: readonly Term[]): Promise<Result<LibraryEntry[]>> {
  try {
    const tx = (await database()).transaction(['entries', 'texts']);
    const [entries, texts] = await Promise.all([tx.objectStore('entries').index('savedAt').getAll(), tx.objectStore('texts').getAll()]);
    const hits = new Set(texts.filter((text) => matches(text.text, terms)).map((text) => text.id));
    return ok(entries.reverse().filter((entry) => hits.has(entry.id)));
  } catch (error) {
    return storageFailure(error);
  }
}
