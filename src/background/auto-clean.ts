/**
 * Optional, off by default: pages on the hosts the reader listed open in clean view by themselves. Each host
 * needs the access the options page asked for. A page is auto-cleaned once per tab, so Back from the reader
 * returns to the original page instead of bouncing into the reader again.
 */
import browser from 'webextension-polyfill';
import type { Settings } from '../settings/schema.js';
import { openReaderFor } from './open-reader.js';
import { autoHostMatches, originPattern } from './host-match.js';

const done = new Set<string>();

export async function autoClean(tabId: number, url: string | undefined, settings: Settings): Promise<void> {
  if (!url || !autoHostMatches(url, settings.autoHosts)) return;
  const key = `${tabId} ${url}`;
  if (done.has(key)) return;
  if (!(await browser.permissions.contains({ origins: [originPattern(url)] }))) return;
  done.add(key);
  await openReaderFor(tabId, 'same-tab');
}

export function forgetTab(tabId: number): void {
  for (const key of done) if (key.startsWith(`${tabId} `)) done.delete(key);
}
