/**
 * The hand-off between the popup's first script (start.ts, a classic script at the top of popup.html) and the
 * popup's UI (main.ts, an ES module that runs only once its chunks have loaded). The first script asks for the
 * article at once — the cleaning the toolbar click started in the background, or one it starts itself — and
 * leaves the promise here; the UI picks it up when it is ready to show it.
 */
import browser from 'webextension-polyfill';
import { fail, type ContentTiming, type Response } from '../messages/protocol.js';
import { extractTab } from '../background/extract-tab.js';
import { t } from '../i18n/index.js';
import { markStage } from '../ui/stage-marks.js';
import { loadSettings } from '../settings/store.js';
import { request } from '../messages/client.js';

export interface Extraction {
  /** The tab that was cleaned (undefined when the popup has no active tab). */
  tabId: number | undefined;
  result: Response<'extract-tab'>;
}

const KEY = '__winnowExtraction';
type Holder = { [KEY]?: Promise<Extraction> };

/** Marks the moments of the cleaning (the content script's, and the background's when it cleaned) for the bench. */
function markTiming(timing: ContentTiming | undefined): void {
  markStage('received');
  if (!timing) return;
  if (timing.clicked) markStage('start', timing.clicked);
  if (timing.inject) markStage('inject', timing.inject);
  if (timing.parsed) markStage('content-parsed', timing.parsed);
  markStage('content-start', timing.started);
  markStage('content-done', timing.done);
  if (timing.returned) markStage('returned', timing.returned);
  if (timing.extracting) markStage('extracting', timing.extracting);
  if (timing.extracted) markStage('extracted', timing.extracted);
}

/**
 * The tab the toolbar click is cleaning, when the background opened this popup for it (`?tab=`,
 * src/background/action-click.ts); undefined when the popup was opened another way.
 */
function clickedTab(): number | undefined {
  const tab = new URLSearchParams(location.search).get('tab');
  return tab !== null && /^\d+$/.test(tab) ? Number(tab) : undefined;
}

/**
 * The article of the popup's tab: the cleaning the click started in the background, or — when the popup was
 * opened without one — cleaned from here (the popup calls the scripting API itself: no round trip).
 */
export async function extractActiveTab(): Promise<Extraction> {
  const clicked = clickedTab();
  if (clicked !== undefined) {
    const result: Response<'extract-tab'> & { timing?: ContentTiming } = await request('tab-article', {
      tabId: clicked,
    });
    markTiming(result.timing);
    return { tabId: clicked, result };
  }
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
  markTiming(result.timing);
  return { tabId: tab.id, result };
}

export function startExtraction(): void {
  // After a toolbar click the cleaning started in the background, which sends its moment with the answer.
  if (clickedTab() === undefined) markStage('start');
  (globalThis as Holder)[KEY] = extractActiveTab();
}

/** The cleaning the first script started; or, if it did not run, one started now. */
export function takeExtraction(): Promise<Extraction> {
  return (globalThis as Holder)[KEY] ?? extractActiveTab();
}
