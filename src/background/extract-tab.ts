/**
 * Cleans the article in a tab: inject the content script (the toolbar click granted activeTab), take the
 * value of its last expression. Every failure becomes a message a reader understands.
 * Runs in any extension context with the scripting API: the background (context menu, automatic clean view)
 * and the popup's first script (src/popup/start.ts), which calls it directly to save a hop.
 */
import browser from 'webextension-polyfill';
import { fail, type ContentTiming, type Response } from '../messages/protocol.js';
import { isWebPage, RESTRICTION_MESSAGES, restrictionOf } from './restricted.js';
import { t } from '../i18n/index.js';
import { loadSettings } from '../settings/store.js';
import type { Settings } from '../settings/schema.js';
import { ruleFor } from '../core/site-rules/hosts.js';
import type { SiteRule } from '../core/site-rules/types.js';
import { SITE_RULES_GLOBAL } from '../content/site-rules-global.js';
import { MORE_FILE, type More } from '../content/handover.js';
import { markStage, wallClock } from '../ui/stage-marks.js';
import { cleanInPageWorld } from './page-world.js';

/**
 * The reader's fix for the page's site travels ahead of the content script: set on the extension's own side of
 * the page (its isolated world, which the page's scripts cannot read), taken and deleted by the content script.
 * Only for a site with a fix, so other pages pay no second injection.
 */
async function passSiteRule(tabId: number, url: string | undefined, rules: Promise<SiteRule[]>): Promise<boolean> {
  const rule = url ? ruleFor(await rules, url) : undefined;
  if (!rule) return false;
  await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string, rules: SiteRule[]) => {
      (globalThis as Record<string, unknown>)[name] = rules;
    },
    args: [SITE_RULES_GLOBAL, [rule]],
  });
  return true;
}

/** What the caller already knows of the tab (the popup's first script has it from tabs.query): no second look-up. */
export interface KnownTab {
  url?: string;
  status?: string;
  /** The reader's settings, already being read. */
  settings?: Promise<Settings>;
  /** When the toolbar click reached the extension (wall clock), for the click benchmark's stage marks. */
  clicked?: number;
}

export async function extractTab(tabId: number, known?: KnownTab): Promise<Response<'extract-tab'>> {
  // Read while the tab is looked up, so the click waits for neither twice.
  const siteRules = (known?.settings ?? loadSettings()).then(
    (settings) => settings.siteRules,
    () => [],
  );
  let url: string | undefined;
  let status: string | undefined;
  try {
    ({ url, status } = known ?? (await browser.tabs.get(tabId)));
  } catch {
    return fail('no-tab', t('errorTabClosed'));
  }
  // No address, and loading: the page went elsewhere after the click (a new document takes activeTab away),
  // as the Zyte page 686bb170… does when its own script sends the reader to another address at load. That is
  // a page that changed, not one the browser keeps off-limits.
  // Seen at the click itself (action-click.ts), the tab is still the page clicked on: the grant is for that very
  // document, so no address there means a page the browser keeps off-limits, loading or not.
  const seenAtClick = known?.clicked !== undefined;
  if (url === undefined && status === 'loading' && !seenAtClick) return fail('failed', t('errorNavigated'));
  const restriction = restrictionOf(url);
  if (restriction && restriction !== 'unknown') return fail('restricted', t(RESTRICTION_MESSAGES[restriction]));

  let results: Array<{ result?: unknown }> | typeof TIMED_OUT;
  let injectAt: number | undefined;
  const inject = () =>
    withTimeout(
      passSiteRule(tabId, url, siteRules).then(async (withRule) => {
        markStage('inject');
        injectAt = wallClock();
        // The page's own world first (page-world.ts), content.js if it hands the page back.
        const inPageWorld = withRule ? null : await cleanInPageWorld(tabId);
        if (inPageWorld) return [{ result: inPageWorld }];
        return browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
      }),
      INJECT_TIMEOUT_MS,
    );
  try {
    // An ordinary web page that refuses the script once (the browser busy, the tab's grant not yet in place) gets a
    // second try: a reader who clicked on a page that any extension may read must never hear it is off-limits.
    results = await inject().catch(async (error: unknown) => {
      // The tab as it is now: a page that had no address at the click (a busy Chromium once handed over the
      // click so) but shows a web page now is retried too.
      const now = await browser.tabs.get(tabId).then(
        (tab) => tab.url,
        () => undefined,
      );
      if (!isWebPage(now) || (url !== undefined && now !== url)) throw error;
      url = now;
      await new Promise((done) => setTimeout(done, RETRY_AFTER_MS));
      return inject();
    });
  } catch (error) {
    const message = String(error);
    if (/file:|access to file/i.test(message) || url?.startsWith('file:'))
      return fail('restricted', t(RESTRICTION_MESSAGES.file));
    // The tab closed, or left the page, while the script was on its way in.
    const tab = await browser.tabs.get(tabId).catch(() => null);
    const now = tab?.url;
    if (tab === null || /No tab|closed/i.test(message)) return fail('no-tab', t('errorTabClosed'));
    // (Without a URL — activeTab not granted, as on browser pages — there is nothing to compare.)
    if (
      (url !== undefined && now !== url) ||
      (now === undefined && tab.status === 'loading' && !seenAtClick) ||
      /removed|navigat|unload|disconnected/i.test(message)
    )
      return fail('failed', t('errorNavigated'));
    // A web page (http, https) is never one the browser keeps from extensions: say what went wrong instead.
    if (isWebPage(url)) return fail('failed', t('errorFailed', message.replace(/^Error:\s*/, '')));
    return fail('restricted', t(RESTRICTION_MESSAGES[restriction ?? 'unknown']));
  }
  if (results === TIMED_OUT) return fail('failed', t('errorNoAnswer'));
  const result = results[0]?.result as Answer | undefined | null;
  if (result && typeof result === 'object' && 'ok' in result) {
    if (result.timing)
      Object.assign(result.timing, {
        clicked: known?.clicked,
        inject: injectAt,
        returned: result.timing.returned ?? wallClock(),
      });
    return result.more ? withMore(tabId, result) : result;
  }
  // No value: the page navigated or its frame was replaced while the script ran.
  const still = await browser.tabs.get(tabId).then(
    (tab) => tab.url,
    () => null,
  );
  if (still === null) return fail('no-tab', t('errorTabClosed'));
  return fail('failed', t(still === url || url === undefined ? 'errorNoAnswer' : 'errorNavigated'));
}

type Answer = Response<'extract-tab'> & { timing?: ContentTiming; more?: More };

/**
 * The cleaner asked for its second script (src/content/handover.ts): a multi-page article's following pages, or a
 * page to clean with the static verdicts. Its answer replaces the first, whose timing it ends; if it cannot run,
 * the first answer stands (page one of the article, or the failure the cleaner chose).
 */
async function withMore(tabId: number, first: Answer): Promise<Answer> {
  const { more: _more, ...answer } = first;
  try {
    const results = await withTimeout(
      browser.scripting.executeScript({ target: { tabId }, files: [MORE_FILE] }),
      INJECT_TIMEOUT_MS,
    );
    const second = results === TIMED_OUT ? null : (results[0]?.result as Answer | undefined | null);
    if (!second || typeof second !== 'object' || !('ok' in second)) return answer;
    const timing = answer.timing && second.timing ? { ...answer.timing, done: second.timing.done } : answer.timing;
    return { ...second, ...(timing ? { timing } : {}) };
  } catch {
    return answer;
  }
}

/**
 * executeScript waits for the page to finish parsing; a page that never does (a response that never ends) or a
 * script that never returns would leave the popup waiting forever. Past this, the reader is told to try again.
 */
// A 100,000-element page takes 12–16 s to clean in Firefox on a slow, busy machine: it deserves its article.
const INJECT_TIMEOUT_MS = 25_000;
const TIMED_OUT = Symbol('timed out');

/** An ordinary web page that refused the script is tried once more after this. */
const RETRY_AFTER_MS = 250;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((done) => {
    timer = setTimeout(() => done(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
