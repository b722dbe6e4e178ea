/**
 * Optional, off by default: marks the toolbar button when a page looks like an article. It has to look at
 * every page the reader opens, so it runs only after the reader turned it on in the options page and granted
 * the host access it asked for; without that, nothing runs on pages the reader has not clicked.
 */
import browser from 'webextension-polyfill';
import type { Settings } from '../settings/schema.js';
import { originPattern } from './host-match.js';

export const BADGE_ORIGINS = ['http://*/*', 'https://*/*'];

export async function updateBadge(tabId: number, url: string | undefined, settings: Settings): Promise<void> {
  if (!settings.articleBadge || !url || !/^https?:/.test(url)) return;
  if (!(await browser.permissions.contains({ origins: [originPattern(url)] }))) return;
  try {
    const [probe] = await browser.scripting.executeScript({ target: { tabId }, files: ['probe.js'] });
    const looksLikeArticle = probe?.result === true;
    await browser.action.setBadgeText({ tabId, text: looksLikeArticle ? '✓' : '' });
    if (looksLikeArticle) await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f3e' });
  } catch {
    // The page went away or cannot be scripted: no badge is the right answer.
  }
}
