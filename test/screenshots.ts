/**
 * `npm run screenshots`: pictures of the popup and the full-tab reader on the demo page, light and dark, in
 * English and Chinese, taken in headless Chromium with the built extension (run `npm run build` first).
 * They are committed and shown in the README; rerun after changing the UI.
 */
import { readFileSync } from 'node:fs';
import { launch, openExtensionPage, serve } from './e2e/harness.js';

const out = (name: string) => new URL(`./screenshots/${name}.png`, import.meta.url).pathname;
const server = await serve({
  '/demo.html': readFileSync(new URL('./fixtures/pages/seed-page.html', import.meta.url), 'utf8'),
});
const setTheme = (theme: string) => `chrome.storage.sync.get('settings').then(({ settings }) =>
  chrome.storage.sync.set({ settings: { ...(settings ?? {}), theme: ${JSON.stringify(theme)} } }))`;

for (const [lang, tag] of [
  ['en-US', 'en'],
  ['zh-CN', 'zh'],
] as const) {
  const browser = await launch('chrome', { lang });
  for (const theme of ['light', 'dark'] as const) {
    const shown = await browser.clickOn(server.url('/demo.html'), {
      keepOpen: true,
      inPopup: async (popup) => {
        await popup.evaluate(setTheme(theme));
        await popup.waitForFunction(`document.documentElement.dataset.theme === ${JSON.stringify(theme)}`);
        await popup.screenshot({ path: out(`popup-${tag}-${theme}`) });
      },
    });
    if (!shown.article) throw new Error(`no article in the popup (${lang}, ${theme}): ${shown.status}`);
    const tabs = (await browser.browser.pages()).filter((p) => p.url().startsWith('http://127.0.0.1'));
    const lookup = await openExtensionPage(browser, 'options.html');
    const tabId = (await lookup.evaluate(`chrome.tabs.query({}).then((tabs) =>
      tabs.filter((t) => t.url && t.url.startsWith('http://127.0.0.1')).map((t) => t.id).pop())`)) as number;
    await lookup.close();
    const reader = await openExtensionPage(browser, `reader.html?tab=${tabId}`);
    await reader.setViewport({ width: 1100, height: 860 });
    await reader.waitForFunction(`document.querySelector('main')?.getAttribute('aria-busy') === 'false'`);
    await reader.screenshot({ path: out(`reader-${tag}-${theme}`) });
    await reader.close();
    for (const tab of tabs) await tab.close();
  }
  await browser.close();
  console.log(`screenshots: ${tag} light and dark`);
}
await server.close();
