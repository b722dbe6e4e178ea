/**
 * Context-menu entries: "Clean view of this page" (the click grants activeTab, like the toolbar button) and
 * "Open link in clean view", which needs to read a page the reader has not opened: it asks for access to
 * that one site the first time, then loads the link in a background tab, cleans it and closes it.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { t } from '../i18n/index.js';
import { openReaderFor } from './open-reader.js';
import { extractTab } from './extract-tab.js';
import { keepArticle } from '../session/article-handoff.js';
import { originPattern } from './host-match.js';

const PAGE = 'winnow-clean-page';
const LINK = 'winnow-clean-link';
const LOAD_TIMEOUT_MS = 30_000;

export function createMenus(): void {
  browser.contextMenus
    .removeAll()
    .then(() => {
      browser.contextMenus.create({ id: PAGE, title: t('menuCleanPage'), contexts: ['page', 'selection', 'image'] });
      browser.contextMenus.create({
        id: LINK,
        title: t('menuCleanLink'),
        contexts: ['link'],
        targetUrlPatterns: ['http://*/*', 'https://*/*'],
      });
    })
    .catch(() => undefined);
}

/** Resolves when the tab has finished loading (or after a timeout: a slow page is cleaned as it stands). */
function loaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve();
    };
    const listener = (id: number, change: Tabs.OnUpdatedChangeInfoType) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    browser.tabs.onUpdated.addListener(listener);
  });
}

async function cleanLink(url: string, opener: Tabs.Tab | undefined): Promise<void> {
  const origin = originPattern(url);
  // Must be the first await: the permission prompt needs the menu click's user gesture.
  const granted = await browser.permissions.request({ origins: [origin] });
  if (!granted) return;
  const helper = await browser.tabs.create({
    url,
    active: false,
    ...(opener?.index === undefined ? {} : { index: opener.index + 1 }),
  });
  if (helper.id === undefined) return;
  await loaded(helper.id);
  const result = await extractTab(helper.id);
  if (result.ok) await keepArticle(helper.id, result.value);
  const error = result.ok ? '' : `&error=${encodeURIComponent(result.error.message)}`;
  // The reader takes the helper tab's place, so Back returns to the original page.
  await browser.tabs.update(helper.id, {
    url: browser.runtime.getURL(`reader.html?tab=${helper.id}${error}`),
    active: true,
  });
}

export async function onMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId === PAGE && tab?.id !== undefined) await openReaderFor(tab.id, 'new-tab', tab.index);
  if (info.menuItemId === LINK && info.linkUrl) await cleanLink(info.linkUrl, tab);
}
