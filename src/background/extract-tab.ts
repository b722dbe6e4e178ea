/**
 * Cleans the article in a tab: inject the content script (the toolbar click granted activeTab), take the
 * value of its last expression. Every failure becomes a message a reader understands.
 */
import browser from 'webextension-polyfill';
import { fail, type Response } from '../messages/protocol.js';
import { RESTRICTION_MESSAGES, restrictionOf } from './restricted.js';
import { t } from '../i18n/index.js';

export async function extractTab(tabId: number): Promise<Response<'extract-tab'>> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return fail('no-tab', t('errorTabClosed'));
  }
  const restriction = restrictionOf(url);
  if (restriction && restriction !== 'unknown') return fail('restricted', t(RESTRICTION_MESSAGES[restriction]));

  let results: Array<{ result?: unknown }>;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  } catch (error) {
    const message = String(error);
    if (/file:|access to file/i.test(message) || url?.startsWith('file:')) return fail('restricted', t(RESTRICTION_MESSAGES.file));
    if (/No tab|closed|removed/i.test(message)) return fail('no-tab', t('errorTabClosed'));
    return fail('restricted', t(RESTRICTION_MESSAGES[restriction ?? 'unknown']));
  }
  const result = results[0]?.result as Response<'extract-tab'> | undefined;
  return result ?? fail('failed', t('errorNoAnswer'));
}
