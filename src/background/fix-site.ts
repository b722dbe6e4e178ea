/**
 * "Fix this page" (issue 16, item 5), the background's part:
 *
 *   popup / reader ─ fix-site ─► remember who asked ─► bring the page's tab forward ─► inject picker.js
 *   picker ─ site-picked ─► save the pick in the site's rule (settings) ─► clean the tab again ─► reader shows it
 *   picker ─ site-pick-cancelled ─► back to the reader that asked, if any
 *
 * The background does this, not the popup: the popup closes as soon as the reader clicks into the page. Who asked
 * is kept in session storage, since the background may be stopped while the reader is picking.
 */
import browser from 'webextension-polyfill';
import { fail, ok, type Response, type Result } from '../messages/protocol.js';
import { hostOf, ruleFor } from '../core/site-rules/hosts.js';
import { withPick } from '../core/site-rules/edit.js';
import { loadSettings, updateSettings } from '../settings/store.js';
import { t } from '../i18n/index.js';
import { cleanFor, openReaderFor } from './open-reader.js';

interface Picking {
  /** The full-tab reader that asked, shown again with the fixed article; absent when the popup asked. */
  readerTabId?: number;
}
const key = (tabId: number) => `pick:${tabId}`;

export async function startPicker(
  { tabId }: { tabId: number },
  sender: { tab?: { id?: number } },
): Promise<Response<'fix-site'>> {
  const picking: Picking = sender.tab?.id !== undefined ? { readerTabId: sender.tab.id } : {};
  try {
    await browser.storage.session.set({ [key(tabId)]: picking });
    const tab = await browser.tabs.update(tabId, { active: true });
    if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    await browser.scripting.executeScript({ target: { tabId }, files: ['picker.js'] });
    return ok({ picking: true });
  } catch (error) {
    await browser.storage.session.remove(key(tabId));
    return fail('failed', t('fixFailed', String(error)));
  }
}

async function takePicking(tabId: number): Promise<Picking | null> {
  const stored = await browser.storage.session.get(key(tabId));
  await browser.storage.session.remove(key(tabId));
  return (stored[key(tabId)] as Picking | undefined) ?? null;
}

export async function onPicked(
  pick: { kind: 'article' | 'remove'; selector: string },
  page: { tabId: number; url: string },
): Promise<Result<null>> {
  const picking = await takePicking(page.tabId);
  const host = hostOf(page.url);
  if (!picking || !host || (pick.kind !== 'article' && pick.kind !== 'remove') || typeof pick.selector !== 'string')
    return ok(null); // a picker no reader started, or a page without a site: nothing to remember
  const { siteRules } = await loadSettings();
  let error: string | null = null;
  await updateSettings({ siteRules: withPick(siteRules, host, { kind: pick.kind, selector: pick.selector }) }).then(
    (saved) => {
      // Settings keep selectors of a bounded length (synced storage is small): a block named only by a very long
      // path was not kept, and the reader must hear that rather than see the same article again.
      const rule = ruleFor(saved.siteRules, page.url);
      if (rule?.article !== pick.selector && !rule?.remove.includes(pick.selector))
        error = t('fixFailed', t('fixTooDeep'));
    },
    (e: unknown) => {
      error = t('fixFailed', String(e));
    },
  );
  const reader = picking.readerTabId;
  if (error !== null) {
    const url = browser.runtime.getURL(`reader.html?error=${encodeURIComponent(error)}`);
    await (reader !== undefined ? browser.tabs.update(reader, { url, active: true }) : browser.tabs.create({ url }));
    return ok(null);
  }
  if (reader !== undefined && (await browser.tabs.get(reader).catch(() => null))) {
    void cleanFor(page.tabId);
    // `fixed` makes the address new, so the reader loads again even when it was already at this tab's article.
    const url = browser.runtime.getURL(`reader.html?tab=${page.tabId}&pending=1&fixed=${Date.now()}`);
    await browser.tabs.update(reader, { url, active: true });
  } else {
    const tab = await browser.tabs.get(page.tabId);
    await openReaderFor(page.tabId, 'new-tab', tab.index);
  }
  return ok(null);
}

/** A closed tab's picking is over. */
export function forgetPicking(tabId: number): void {
  void browser.storage.session.remove(key(tabId));
}

export async function onPickCancelled(_: unknown, page: { tabId: number }): Promise<Result<null>> {
  const picking = await takePicking(page.tabId);
  if (picking?.readerTabId !== undefined)
    await browser.tabs.update(picking.readerTabId, { active: true }).catch(() => undefined);
  return ok(null);
}
