/**
 * Background (Chrome service worker, Firefox event page). Listeners are registered synchronously at start-up,
 * as both browsers require for a worker that may be woken by any of these events.
 *
 *   toolbar / Alt+Shift+R ─► cleaning starts at the click, the popup opens meanwhile and asks for it (action-click.ts)
 *   context menu ─────────► open-reader (reader opens at once, `tab-article` waits for the cleaning) / clean a link
 *   "Fix this page" ──────► picker in the page ─► the fix saved, the page cleaned again (fix-site.ts)
 *   tab loaded ───────────► optional badge, optional automatic clean view (only with granted host access)
 */
import browser from 'webextension-polyfill';
import { listen, listenToPage } from '../messages/router.js';
import { extractTab } from './extract-tab.js';
import { saveToLibrary } from './save-library.js';
import { downloadFile } from './downloads.js';
import { createMenus, onMenuClick } from './context-menu.js';
import { updateBadge } from './article-badge.js';
import { autoClean, forgetTab } from './auto-clean.js';
import { forgetArticle } from '../session/article-handoff.js';
import { articleFor, forgetCleaning, holdArticle } from './open-reader.js';
import { loadSettings } from '../settings/store.js';
import { forgetPicking, onPickCancelled, onPicked, startPicker } from './fix-site.js';
import { onActionClicked } from './action-click.js';

listen({
  'extract-tab': ({ tabId }) => extractTab(tabId),
  'tab-article': ({ tabId }) => articleFor(tabId),
  'hold-article': ({ tabId, article }) => holdArticle(tabId, article),
  'library-save': saveToLibrary,
  'download-file': downloadFile,
  'fix-site': startPicker,
});

listenToPage({
  'site-picked': onPicked,
  'site-pick-cancelled': onPickCancelled,
});

browser.action.onClicked.addListener(onActionClicked);
browser.runtime.onInstalled.addListener(createMenus);
browser.runtime.onStartup.addListener(createMenus);
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'complete') return;
  void loadSettings().then(async (settings) => {
    await updateBadge(tabId, tab.url, settings);
    await autoClean(tabId, tab.url, settings);
  });
});

browser.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId);
  forgetCleaning(tabId);
  forgetPicking(tabId);
  void forgetArticle(tabId);
});
