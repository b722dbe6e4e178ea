/**
 * The hand-off between the popup's first script (start.ts, a classic script at the top of popup.html) and the
 * popup's UI (main.ts, an ES module that runs only once its chunks have loaded). The first script starts
 * cleaning the tab at once and leaves the promise here; the UI picks it up when it is ready to show it.
 */
import browser from 'webextension-polyfill';
import { fail, type ContentTiming, type Response } from '../messages/protocol.js';
import { extractTab } from '../background/extract-tab.js';
import { t } from '../i18n/index.js';
import { markStage } from '../ui/stage-marks.js';
import { loadSettings } from '../settings/store.js';

export interface Extraction {
  /** The tab that was cleaned (undefined when the popup has no active tab). */
  tabId: number | undefined;
  result: Response<'extract-tab'>;
}

const KEY = '__winnowExtraction';
type Holder = { [KEY]?: Promise<Extraction> };

/** Cleans the popup's active tab. The popup calls the scripting API itself: no round trip through the background. */
export async function extractActiveTab(): Promise<Extraction> {
  // The settings (the site's fix) are read while the tab is found: the injection waits for the slower of the two,
  // not for one after the other.
  const settings = loadSettings();
  void settings.catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { tabId: undefined, result: fail('no-tab', t('errorNoTab')) };
  const { url, status } = tab;
  const result: Response<'extract-tab'> & { timing?: ContentTiming } = await extractTab(tab.id, {
    url,
    status,
    settings,
  });
  markStage('received');
  if (result.timing) {
    if (result.timing.parsed) markStage('content-parsed', result.timing.parsed);
    markStage('content-start', result.timing.started);
    markStage('content-done', result.timing.done);
  }
  return { tabId: tab.id, result };
}

export function startExtraction(): void {
  markStage('start');
  (globalThis as Holder)[KEY] = extractActiveTab();
}

/** The cleaning the first script started; or, if it did not run, one started now. */
export function takeExtraction(): Promise<Extraction> {
  return (globalThis as Holder)[KEY] ?? extractActiveTab();
}
