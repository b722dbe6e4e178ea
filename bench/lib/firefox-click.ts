/**
 * Firefox's toolbar click as the benches take it: the button clicked from the browser chrome (a privileged click,
 * whose moment is the clock's start), then the popup's stage marks read from an extension page of Winnow's
 * (`extension.getViews`): WebDriver BiDi cannot reach the popup itself. Headless Firefox draws no real frame: the
 * marks are read once the article is in place.
 */
import type { Page } from 'puppeteer-core';
import { MARKS, type Marks } from './stage-marks.js';
import { keepLocal, type ExtensionBrowser } from '../../test/e2e/harness.js';

export interface FirefoxClick {
  /** The wall-clock moment of the click, on the marks' clock. */
  clickedAt: number;
  /** The popup's marks once the article is shown (null: nothing shown in time). */
  marks: Marks | null;
  /** The popup showed an error instead of an article. */
  error: boolean;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Opens `url` in a new tab, waits for `ready` (if given) and clicks Winnow's button. Resolves once the popup's
 * article is shown; closes the popup and the tab after.
 */
export async function clickInFirefox(
  browser: ExtensionBrowser,
  url: string,
  options: { ready?: (page: Page) => Promise<void>; timeoutMs?: number } = {},
): Promise<FirefoxClick> {
  const probe = browser.probe!;
  const page = await browser.browser.newPage();
  try {
    await keepLocal(page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.bringToFront();
    await options.ready?.(page);
    const clickedAt = await browser.clickAction!();
    const until = Date.now() + (options.timeoutMs ?? 20_000);
    const shown = `(() => { const [view] = browser.extension.getViews({ type: 'popup' });
      if (!view?.document.body) return null;
      if (view.document.body.dataset.error) return { error: true };
      const main = view.document.querySelector('main');
      if (main?.getAttribute('aria-busy') !== 'false' || view.document.querySelector('[aria-busy="true"]')) return null;
      return view.eval(${JSON.stringify(MARKS)}); })()`;
    while (Date.now() < until) {
      const marks = (await probe.evaluate(shown)) as (Marks & { error?: true }) | null;
      if (marks?.error) return { clickedAt, marks: null, error: true };
      if (marks) return { clickedAt, marks, error: false };
      await sleep(25);
    }
    return { clickedAt, marks: null, error: false };
  } finally {
    await browser.closePanels!().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}
