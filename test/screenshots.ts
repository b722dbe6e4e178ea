/**
 * `npm run screenshots`: pictures of the popup and the full-tab reader on the demo page, light and dark, in
 * English and Chinese, taken in headless Chromium with the built extension (run `npm run build` first).
 * Then the reader on pages that show what it keeps (issue 16): a code block with its copy button, formulas
 * rendered from KaTeX, a figure with its caption. They are committed and shown in the README; rerun after
 * changing the UI.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launch, openExtensionPage, serve, type ExtensionBrowser } from './e2e/harness.js';

const out = (name: string) => new URL(`./screenshots/${name}.png`, import.meta.url).pathname;
const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');
/** The capability pages: screenshot name → fixture. */
const CAPABILITIES: Record<string, string> = {
  'reader-code': 'code/prism.html',
  'reader-math': 'math/katex.html',
  'reader-figure': 'images/news-picture.html',
};
const server = await serve({
  '/demo.html': fixture('pages/seed-page.html'),
  ...Object.fromEntries(Object.entries(CAPABILITIES).map(([name, path]) => [`/${name}.html`, fixture(path)])),
});
const setTheme = (theme: string) => `chrome.storage.sync.get('settings').then(({ settings }) =>
  chrome.storage.sync.set({ settings: { ...(settings ?? {}), theme: ${JSON.stringify(theme)} } }))`;

for (const [lang, tag] of [
  ['en-US', 'en'],
  ['zh-CN', 'zh'],
] as const) {
  const browser = await launch('chrome', { lang });
  for (const theme of ['light', 'dark'] as const) {
    await shoot(browser, '/demo.html', `reader-${tag}-${theme}`, async (popup) => {
      await popup.evaluate(setTheme(theme));
      await popup.waitForFunction(`document.documentElement.dataset.theme === ${JSON.stringify(theme)}`);
      await popup.screenshot({ path: out(`popup-${tag}-${theme}`) });
    });
  }
  if (tag === 'en') {
    for (const name of Object.keys(CAPABILITIES))
      await shoot(browser, `/${name}.html`, name, async (popup) => {
        await popup.evaluate(setTheme('light'));
      });
  }
  await browser.close();
  console.log(`screenshots: ${tag} light and dark`);
}
await server.close();

/** Clicks Winnow on `path`, lets `inPopup` act in the popup, then screenshots the full-tab reader as `name`. */
async function shoot(
  browser: ExtensionBrowser,
  path: string,
  name: string,
  inPopup: (popup: Page) => Promise<void>,
): Promise<void> {
  const shown = await browser.clickOn(server.url(path), { keepOpen: true, inPopup });
  if (!shown.article) throw new Error(`no article in the popup (${path}): ${shown.status}`);
  const tabs = (await browser.browser.pages()).filter((p) => p.url().startsWith('http://127.0.0.1'));
  const lookup = await openExtensionPage(browser, 'options.html');
  const tabId = (await lookup.evaluate(`chrome.tabs.query({}).then((tabs) =>
    tabs.filter((t) => t.url && t.url.startsWith('http://127.0.0.1')).map((t) => t.id).pop())`)) as number;
  await lookup.close();
  const reader = await openExtensionPage(browser, `reader.html?tab=${tabId}`);
  await reader.setViewport({ width: 1100, height: 860 });
  await reader.waitForFunction(`document.querySelector('main')?.getAttribute('aria-busy') === 'false'`);
  await reader.screenshot({ path: out(name) });
  await reader.close();
  for (const tab of tabs) await tab.close();
}
