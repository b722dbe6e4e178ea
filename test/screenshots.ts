/**
 * `npm run screenshots`: pictures of the popup and the full-tab reader on the demo page, light and dark, in
 * English and Chinese, taken in headless Chromium with the built extension (run `npm run build` first).
 * Then the reader on pages that show what it keeps (issue 16): a code block with its copy button, formulas
 * rendered from KaTeX, figures with their captions, a story joined from three pages. They are committed and shown in the README; rerun after
 * changing the UI.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { ARTICLE_SHOWN, launch, openExtensionPage, serve, type ExtensionBrowser } from './e2e/harness.js';
import { multiPageSite, STORY_PAGES } from './helpers/multipage-site.js';

const out = (name: string) => new URL(`./screenshots/${name}.png`, import.meta.url).pathname;
const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');
/** The capability pages: screenshot name → fixture. */
const CAPABILITIES: Record<string, string> = {
  'reader-code': 'code/prism.html',
  'reader-math': 'math/katex.html',
  'reader-figure': 'images/news-picture.html',
};
/** The figure page's pictures, served here instead of its made-up image host: a drawn picture per address. */
const picture = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><defs><linearGradient id="g" x2="0" y2="1">` +
  `<stop offset="0" stop-color="#7fb2d9"/><stop offset=".62" stop-color="#dbe8f2"/><stop offset=".62" stop-color="#3d6e8f"/>` +
  `<stop offset="1" stop-color="#24475f"/></linearGradient></defs><rect width="1200" height="600" fill="url(#g)"/>` +
  `<text x="600" y="320" font-family="sans-serif" font-size="64" fill="#fff" text-anchor="middle">${label}</text></svg>`;
const IMAGE_HOST = 'https://i.example';
const pictures = Object.fromEntries(
  Object.values(CAPABILITIES)
    .flatMap((path) => [...fixture(path).matchAll(/https:\/\/i\.example(\/[^\s"]+)/g)].map((m) => m[1]!))
    .map((path) => [path, { body: picture(path.split('/')[1]!), type: 'image/svg+xml' }]),
);
const server = await serve({
  '/demo.html': fixture('pages/seed-page.html'),
  ...Object.fromEntries(
    Object.entries(CAPABILITIES).map(([name, path]) => [`/${name}.html`, fixture(path).replaceAll(IMAGE_HOST, '')]),
  ),
  ...pictures,
  // A story over three pages (test/helpers/multipage-site.ts): the reader shows it whole, "3 pages joined".
  ...Object.fromEntries(
    Object.entries(multiPageSite()).map(([path, route]) => [path, { body: Buffer.from(route.body), type: route.type }]),
  ),
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
    await shoot(browser, STORY_PAGES[0]!, 'reader-pages', async (popup) => {
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
  await reader.waitForFunction(ARTICLE_SHOWN);
  await reader.screenshot({ path: out(name) });
  await reader.close();
  for (const tab of tabs) await tab.close();
}
