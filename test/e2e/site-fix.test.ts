/**
 * "Fix this page", end to end in real browsers: on a page where Winnow takes the readers' replies for the story,
 * the reader opens the article in the reader, clicks "Fix this page", points at the story on the page itself and
 * gets the story — "Using your fix for <site>"; the next article of the same site comes out right at the first
 * click; Undo deletes the fix and the first page reads as before. The picker leaves the page as it found it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  availableBrowsers,
  clickClosing,
  launch,
  openExtensionPage,
  serve,
  type BrowserKind,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness.js';
import { settingsFile } from '../../src/settings/file.js';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.js';

/** One site's article template: the story in a widget-classed block, a longer column of readers' replies beside it. */
const article = (title: string, story: string[], replies: string[]) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Coast Courier</title>
<meta name="author" content="Mara Lind"><style>.story { padding: 24px; } body { font: 16px/1.5 serif; }</style></head>
<body><div class="wrap">
 <div class="col-a"><div class="story text-widget"><h1>${title}</h1>${story.map((p) => `<p>${p}</p>`).join('')}</div></div>
 <div class="col-b"><h2>What readers say</h2><div class="reader-replies">
  ${replies.map((p) => `<div class="reply"><p>${p}</p></div>`).join('\n  ')}
 </div></div>
 <div class="promo"><p>Subscribe to the Coast Courier for just one pound a week.</p></div>
</div></body></html>`;

const REPLY = (topic: string, i: number) =>
  `Reply ${i} about ${topic}: I have used it for years, and honestly, the service has never been as unreliable as this spring, with delays, cancellations, and no word from anyone about when things would improve.`;
const FERRY = [
  'The harbour ferry returned to service on Monday after six weeks in dry dock, the port authority said.',
  'Engineers replaced both propeller shafts and a cracked section of the hull found during a routine check.',
  'Commuters, who had relied on a replacement bus, welcomed the return of the ten-minute crossing.',
];
const BRIDGE = [
  'The old swing bridge will close for two weeks in May while its gears are replaced, the council said.',
  'Drivers are asked to use the ring road; cyclists and walkers can cross on a temporary pontoon.',
  'The work was brought forward after an inspection found worn teeth on the main drive wheel.',
];

let server: FixtureServer;
beforeAll(async () => {
  server = await serve({
    '/ferry.html': article(
      'Harbour ferry returns after repairs',
      FERRY,
      [1, 2, 3, 4, 5].map((i) => REPLY('the ferry', i)),
    ),
    '/bridge.html': article(
      'Swing bridge to close in May',
      BRIDGE,
      [1, 2, 3, 4, 5, 6].map((i) => REPLY('the bridge', i)),
    ),
  });
});
afterAll(() => server.close());

const text = (page: Page, role: string) =>
  page.evaluate(
    `(() => { const el = document.querySelector('[data-role="${role}"]'); return el && !el.hidden ? el.textContent : null; })()`,
  ) as Promise<string | null>;

describe.each<BrowserKind>(availableBrowsers())('fix this page in %s', (kind) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(kind);
  });
  afterAll(() => browser?.close());

  /**
   * Clicks the toolbar on `path`, leaves the page open, and returns it with its tab id and the kept article.
   * `withFix`: the site has the reader's fix, so the popup's note is waited for — it mounts with the controls, a moment
   * after the article (read at once, CI once found it not there yet).
   */
  async function clickAndKeep(path: string, withFix = false) {
    // Chromium: what the popup's site-fix note says (Firefox's popup cannot be read over WebDriver BiDi).
    let popupNote: string | null = null;
    const shown = await browser.clickOn(
      server.url(path),
      kind === 'chrome'
        ? {
            keepPage: true,
            inPopup: async (popup) => {
              if (withFix)
                await popup
                  .waitForFunction(
                    `(() => { const el = document.querySelector('[data-role="site-fix"]'); return !!el && !el.hidden; })()`,
                    { timeout: 10_000 },
                  )
                  .catch(() => undefined); // not shown: the assertion on the note says so
              popupNote = await text(popup, 'site-fix');
            },
          }
        : { keepOpen: true },
    );
    await browser.closePanels?.();
    const page = (await browser.browser.pages()).find((p) => p.url() === server.url(path))!;
    const lookup = await openExtensionPage(browser, 'options.html');
    const api = kind === 'chrome' ? 'chrome' : 'browser';
    const tabId = (await lookup.evaluate(
      `${api}.tabs.query({}).then((tabs) => tabs.filter((t) => t.url === ${JSON.stringify(server.url(path))}).map((t) => t.id).pop())`,
    )) as number;
    const settings = (await lookup.evaluate(`${api}.storage.sync.get('settings').then((s) => s.settings ?? null)`)) as {
      siteRules?: unknown[];
    } | null;
    await lookup.close();
    return { shown, page, tabId, siteRules: settings?.siteRules ?? [], popupNote: popupNote as string | null };
  }

  it('points at the story once, and the site reads right from then on; Undo restores Winnow’s own reading', async () => {
    // Winnow alone picks the replies: the page this feature is for.
    const ferry = await clickAndKeep('/ferry.html');
    expect(ferry.shown.articleText).toContain('Reply 3 about the ferry');
    expect(ferry.shown.articleText).not.toContain('propeller shafts');

    const reader = await openExtensionPage(browser, `reader.html?tab=${ferry.tabId}`);
    await expect.poll(() => text(reader, 'article')).toContain('Reply 3 about the ferry');
    await reader.waitForSelector('[data-action="fix-site"]'); // the controls are in place: no note means none
    expect(await text(reader, 'site-fix')).toBeNull();
    const before = (await ferry.page.evaluate('document.body.innerHTML')) as string;
    await reader.click('[data-action="fix-site"]');

    // The picker is up on the page: point at the story's block (its padding, not a paragraph) and click.
    await expect.poll(() => ferry.page.evaluate(`document.querySelectorAll('winnow-picker').length`)).toBe(1);
    const spot = (await ferry.page.evaluate(
      `(() => { const r = document.querySelector('.story').getBoundingClientRect(); return { x: r.left + 6, y: r.top + 6 }; })()`,
    )) as { x: number; y: number };
    await ferry.page.mouse.move(spot.x, spot.y);
    await ferry.page.mouse.click(spot.x, spot.y);

    // The reader shows the story, and says whose fix it is.
    await expect.poll(() => text(reader, 'article'), { timeout: 20_000 }).toContain('propeller shafts');
    expect(await text(reader, 'article')).not.toContain('Reply 3 about the ferry');
    expect(await text(reader, 'title')).toBe('Harbour ferry returns after repairs');
    // The reader shows the article first and its controls a moment later: the note is waited for.
    await expect.poll(() => text(reader, 'site-fix')).toContain('Using your fix for 127.0.0.1');
    // The page is as it was, and nothing of the picker is left on it.
    expect(await ferry.page.evaluate('document.body.innerHTML')).toBe(before);
    expect(await ferry.page.evaluate(`document.querySelectorAll('winnow-picker').length`)).toBe(0);

    // The site's next article is right at the first click.
    const bridge = await clickAndKeep('/bridge.html', true);
    expect(bridge.siteRules).toEqual([{ host: '127.0.0.1', article: 'div.story', remove: [] }]);
    expect(bridge.shown.articleText).toContain('worn teeth on the main drive wheel');
    expect(bridge.shown.articleText).not.toContain('Reply 3 about the bridge');
    expect(bridge.shown.article?.siteRule).toEqual({ host: '127.0.0.1', article: 'applied', removed: 0, missing: [] });
    if (kind === 'chrome') expect(bridge.popupNote).toContain('Using your fix for 127.0.0.1');
    await bridge.page.close();

    // Undo: the fix is gone and the ferry page reads as Winnow reads it alone.
    await reader.click('[data-action="fix-undo"]');
    await expect.poll(() => text(reader, 'article'), { timeout: 20_000 }).toContain('Reply 3 about the ferry');
    await expect.poll(() => text(reader, 'site-fix')).toBeNull();
    const after = await clickAndKeep('/ferry.html');
    expect(after.siteRules).toEqual([]);
    expect(after.shown.articleText).not.toContain('propeller shafts');
    await reader.close();
    for (const page of await browser.browser.pages()) if (page.url().startsWith(server.url('/'))) await page.close();
  });

  it('Esc leaves the page, the fixes and the article as they were', async () => {
    const ferry = await clickAndKeep('/ferry.html');
    const reader = await openExtensionPage(browser, `reader.html?tab=${ferry.tabId}`);
    await expect.poll(() => text(reader, 'article')).toContain('Reply 3 about the ferry');
    const before = (await ferry.page.evaluate('document.body.innerHTML')) as string;
    await reader.waitForSelector('[data-action="fix-site"]'); // the controls come a moment after the article
    await reader.click('[data-action="fix-site"]');
    await expect.poll(() => ferry.page.evaluate(`document.querySelectorAll('winnow-picker').length`)).toBe(1);
    await ferry.page.keyboard.press('Escape');
    await expect.poll(() => ferry.page.evaluate(`document.querySelectorAll('winnow-picker').length`)).toBe(0);
    expect(await ferry.page.evaluate('document.body.innerHTML')).toBe(before);
    const again = await clickAndKeep('/ferry.html');
    expect(again.siteRules).toEqual([]);
    expect(await text(reader, 'article')).toContain('Reply 3 about the ferry');
    await reader.close();
    for (const page of await browser.browser.pages()) if (page.url().startsWith(server.url('/'))) await page.close();
  });

  it('a fix that no longer matches the site changes nothing, and the reader is told so', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    const api = kind === 'chrome' ? 'chrome' : 'browser';
    const stale = { host: '127.0.0.1', article: '#story-from-the-old-design', remove: [] };
    await options.evaluate(`${api}.storage.sync.set({ settings: { siteRules: [${JSON.stringify(stale)}] } })`);
    const ferry = await clickAndKeep('/ferry.html');
    expect(ferry.shown.articleText).toContain('Reply 3 about the ferry');
    expect(ferry.shown.article?.siteRule).toMatchObject({ article: 'missing', missing: [stale.article] });
    const reader = await openExtensionPage(browser, `reader.html?tab=${ferry.tabId}`);
    await expect
      .poll(() => text(reader, 'site-fix'))
      .toContain('Your fix for 127.0.0.1 did not match this page: this is the article as Winnow found it.');
    await options.evaluate(`${api}.storage.sync.remove('settings')`);
    await reader.close();
    await options.close();
    await ferry.page.close();
  });

  it('the options page lists each fix with Delete, and a settings file brings fixes back', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    const api = kind === 'chrome' ? 'chrome' : 'browser';
    const rule = { host: 'news.example.com', article: 'div.story', remove: ['aside.promo'] };
    await options.evaluate(`${api}.storage.sync.set({ settings: { siteRules: [${JSON.stringify(rule)}] } })`);
    await expect.poll(() => text(options, 'site-rules')).toContain('news.example.com');
    expect(await text(options, 'site-rules')).toContain('article: div.story · removed: aside.promo');
    await options.click('[data-role="site-rules"] li[data-host="news.example.com"] button');
    await expect.poll(() => text(options, 'site-rules')).toBe('No fixes yet.');

    const dir = mkdtempSync(join(tmpdir(), 'winnow-settings-'));
    const file = join(dir, 'winnow-settings.json');
    writeFileSync(file, settingsFile({ ...DEFAULT_SETTINGS, siteRules: [rule] }));
    const input = (await options.$(
      'input[type="file"][data-role="settings-import"]',
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await expect.poll(() => text(options, 'settings-file-status')).toBe('Settings imported.');
    await expect.poll(() => text(options, 'site-rules')).toContain('news.example.com');
    rmSync(dir, { recursive: true, force: true });
    await options.evaluate(`${api}.storage.sync.remove('settings')`);
    await options.close();
  });

  if (kind === 'chrome') {
    // Firefox's popup cannot be driven over WebDriver BiDi; the control is the same code in the popup and the reader.
    it('from the popup: Shift+click, widened with ↑, removes the replies, and a reader tab shows the story', async () => {
      const url = server.url('/ferry.html');
      const readerOpened = browser.browser.waitForTarget((t) => t.url().includes('reader.html?tab='), {
        timeout: 30_000,
      });
      // Awaited below; a test that fails before then must not leave it to reject into the next file's tests.
      readerOpened.catch(() => undefined);
      await browser.clickOn(url, {
        keepPage: true,
        inPopup: async (popup) => {
          await clickClosing(popup, '[data-action="fix-site"]');
        },
      });
      const page = (await browser.browser.pages()).find((p) => p.url() === url)!;
      await expect.poll(() => page.evaluate(`document.querySelectorAll('winnow-picker').length`)).toBe(1);
      const spot = (await page.evaluate(
        `(() => { const r = document.querySelector('.reply p').getBoundingClientRect(); return { x: r.left + 20, y: r.top + 8 }; })()`,
      )) as { x: number; y: number };
      await page.mouse.move(spot.x, spot.y); // the reply's paragraph
      await page.keyboard.press('ArrowUp'); // its reply
      await page.keyboard.press('ArrowUp'); // the whole column of replies
      await page.keyboard.down('Shift');
      await page.mouse.click(spot.x, spot.y);
      await page.keyboard.up('Shift');

      const reader = await (await readerOpened).asPage();
      await expect.poll(() => text(reader, 'article'), { timeout: 20_000 }).toContain('propeller shafts');
      expect(await text(reader, 'article')).not.toContain('Reply 3 about the ferry');
      // The note follows the article: the control fills it once the reader has the article.
      await expect.poll(() => text(reader, 'site-fix')).toContain('Using your fix for 127.0.0.1');
      expect(await text(reader, 'site-fix')).toContain('Blocks removed by your fix: 1');
      // What went is listed with its label and its text.
      expect(await text(reader, 'site-fix-removed')).toMatch(
        /Removed by your fix for this site.*Reply 3 about the ferry/,
      );
      await reader.click('[data-action="fix-undo"]');
      await expect.poll(() => text(reader, 'article'), { timeout: 20_000 }).toContain('Reply 3 about the ferry');
      await reader.close();
      await page.close();
    });
  }
});
