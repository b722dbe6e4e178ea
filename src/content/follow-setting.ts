/**
 * Whether the reader lets Winnow follow multi-page articles (Settings.followPages), read by the content script
 * straight from storage.sync — the extension API it has without the polyfill, so the script stays small — and
 * only when the page has a pager at all: a one-page article never waits on storage.
 */
import { normalize } from '../settings/schema.js';

/** The storage key of the settings (src/settings/store.ts). */
const KEY = 'settings';

interface SyncArea {
  get(key: string): Promise<Record<string, unknown>>;
}
type Api = { storage?: { sync?: SyncArea } };

export async function followPagesSetting(): Promise<boolean> {
  const { browser, chrome } = globalThis as { browser?: Api; chrome?: Api };
  const sync = (browser ?? chrome)?.storage?.sync;
  if (!sync) return normalize({}).followPages;
  const stored = await sync.get(KEY);
  return normalize(stored[KEY]).followPages;
}
