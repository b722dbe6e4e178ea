/**
 * The toolbar click and Alt+Shift+R (`_execute_action`): the tab is cleaned from the click on, and the popup
 * opens meanwhile (issue 15). The action has no popup in the manifest, so the click reaches the background
 * (`action.onClicked`, which also grants activeTab); the injection starts there at once, while the browser
 * builds the popup — which used to start the injection itself, some 300 ms after the click, once its own page
 * had loaded.
 *
 * The popup is opened for this click only: set for the tab, opened, unset again, so every click comes back
 * here. It asks for the cleaning under way (`tab-article`, as the reader does); `?tab=` tells it which.
 * When the browser will not open a popup (a window without a toolbar, an unfocused window), the full-tab
 * reader shows the same cleaning instead: a click always shows the article.
 */
import browser from 'webextension-polyfill';
import type { Tabs } from 'webextension-polyfill';
import { cleanFor } from './open-reader.js';
import { wallClock } from '../ui/stage-marks.js';

export function onActionClicked(tab: Tabs.Tab): void {
  const tabId = tab.id;
  if (tabId === undefined) return;
  void cleanFor(tabId, { url: tab.url, status: tab.status, clicked: wallClock() });
  void openPopupFor(tabId, tab.index);
}

async function openPopupFor(tabId: number, index: number): Promise<void> {
  const popup = `popup.html?tab=${tabId}`;
  try {
    await browser.action.setPopup({ tabId, popup });
    await browser.action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(`reader.html?tab=${tabId}&pending=1`), index: index + 1 });
  } finally {
    await browser.action.setPopup({ tabId, popup: '' }).catch(() => undefined);
  }
}
