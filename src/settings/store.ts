/** Settings in `storage.sync`: read, write one change, and follow changes made in other Winnow pages. */
import browser from 'webextension-polyfill';
import { normalize, type Settings } from './schema.js';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY);
  return normalize(stored[KEY]);
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = normalize({ ...(await loadSettings()), ...change });
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

/** Calls `listener` whenever any Winnow page changes the settings. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes[KEY]) listener(normalize(changes[KEY].newValue));
  });
}
