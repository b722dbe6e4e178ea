/**
 * The product's promise, end to end in real browsers: the reader clicks Winnow's toolbar button on a page
 * served from 127.0.0.1 and gets the clean article — the real headline instead of the spam <title>, the byline,
 * every paragraph, and none of the hidden spam.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  availableBrowsers,
  serve,
  sharedBrowser,
  type BrowserKind,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness.js';

const seed = readFileSync(new URL('../fixtures/pages/seed-page.html', import.meta.url), 'utf8');
const HEADLINE = '山東脫貧攻堅“成績單”:全省貧困勞動力每年務工就業規模達40萬人';
const SPAM = ['做a爰片', '人妻', '少妇'];

let server: FixtureServer;
beforeAll(async () => {
  server = await serve({
    '/seed.html': seed,
    '/empty.html': '<!doctype html><html><head><title>Nothing here</title></head><body></body></html>',
  });
});
afterAll(() => server.close());

describe.each<BrowserKind>(availableBrowsers())('toolbar click in %s', (kind) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await sharedBrowser(kind);
  });
  afterAll(() => browser?.close());

  it('shows the seed page’s real article, not its spam', async () => {
    const shown = await browser.clickOn(server.url('/seed.html'));
    expect(shown.title).toBe(HEADLINE);
    expect(shown.article?.byline).toBe('張春曉');
    expect(shown.article?.textContent.split('\n\n')).toHaveLength(9);
    for (const word of SPAM) {
      expect(shown.title).not.toContain(word);
      expect(shown.articleText).not.toContain(word);
      expect(shown.article?.excerpt ?? '').not.toContain(word);
    }
    expect(shown.articleText).toContain('根據部署,山東將開設鄉村新職業新技能培訓平臺');
    expect(shown.consoleErrors).toEqual([]);
  });

  if (kind === 'chrome') {
    // Firefox's popup cannot be read over WebDriver BiDi; the messages are the same code in both browsers.
    it('says plainly that an empty page has no article', async () => {
      const shown = await browser.clickOn(server.url('/empty.html'));
      expect(shown.errorCode).toBe('no-article');
      expect(shown.status).toMatch(/found no article/i);
      expect(shown.consoleErrors).toEqual([]);
    });

    it('says plainly that a browser page cannot be read', async () => {
      const shown = await browser.clickOn('chrome://version/');
      expect(shown.errorCode).toBe('restricted');
      expect(shown.status).toMatch(/browser page|off-limits/i);
      expect(shown.consoleErrors).toEqual([]);
    });
  }
});
