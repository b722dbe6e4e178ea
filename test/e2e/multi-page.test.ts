/**
 * Multi-page articles in real browsers (issue 16): the reader clicks Winnow on page 1 of a Chinese story split
 * over three pages (`_2.html`, 下一页, pages 2 and 3 in GBK) and gets the whole story once, in order, with
 * "3 pages joined"; on a category page whose headline list ends in a pager, nothing is followed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTICLE_SHOWN,
  availableBrowsers,
  openExtensionPage,
  serve,
  sharedBrowser,
  type BrowserKind,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness.js';
import { LIST, LIST_NEXT, multiPageSite, OPENINGS, STORY_PAGES, TITLE } from '../helpers/multipage-site.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await serve(
    Object.fromEntries(
      Object.entries(multiPageSite()).map(([path, route]) => [
        path,
        { body: Buffer.from(route.body), type: route.type },
      ]),
    ),
  );
});
afterAll(() => server.close());

/** Where each opening sentence occurs in the text: every index, so "once" and "in order" are both checked. */
const where = (text: string, part: string): number[] => {
  const found: number[] = [];
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
};

function expectWholeStory(text: string | null | undefined): void {
  const positions = OPENINGS.map((opening) => where(text ?? '', opening));
  for (const at of positions) expect(at).toHaveLength(1);
  const starts = positions.map((at) => at[0]!);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  expect(text).not.toContain('下一页');
  expect(text).not.toContain(`${TITLE}(2)`);
  expect(where(text ?? '', '来源：江城日报').length).toBeLessThanOrEqual(1);
}

describe.each<BrowserKind>(availableBrowsers())('multi-page articles in %s', (kind) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await sharedBrowser(kind);
  });
  afterAll(() => browser?.close());

  it('joins the three pages of a story, once each, in order, and says so', async () => {
    let meta: string | null = null;
    const shown = await browser.clickOn(server.url(STORY_PAGES[0]!), {
      keepOpen: kind === 'firefox',
      inPopup: async (popup) => {
        meta = (await popup.evaluate(`document.querySelector('[data-role="meta"]').textContent`)) as string;
      },
    });
    expect(shown.title).toBe(TITLE);
    expectWholeStory(shown.articleText);
    expect(shown.article?.pages).toBe(3);
    expect(shown.article?.pageUrls).toEqual(STORY_PAGES.map((path) => server.url(path)));
    if (kind === 'chrome') expect(meta).toContain('3 pages joined');
    else {
      // Firefox's popup cannot be read over BiDi: the full-tab reader shows the same article page.
      const keys = (await browser.probe!.evaluate(
        'browser.storage.session.get(null).then((all) => Object.keys(all))',
      )) as string[];
      const reader = await openExtensionPage(browser, `reader.html?tab=${keys[0]!.split(':')[1]}`);
      await reader.waitForFunction(ARTICLE_SHOWN);
      expect(await reader.evaluate(`document.querySelector('[data-role="meta"]').textContent`)).toContain(
        '3 pages joined',
      );
      expectWholeStory(
        (await reader.evaluate(`document.querySelector('[data-role="article"]').textContent`)) as string,
      );
      await reader.close();
      await browser.closePanels?.();
    }
    expect(shown.consoleErrors).toEqual([]);
  });

  it('follows nothing once the reader turns the switch off in the options', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    const toggle = async (on: boolean) => {
      await options.waitForSelector('[data-role="follow-pages"]');
      expect(await options.$eval('[data-role="follow-pages"]', (box) => (box as HTMLInputElement).checked)).toBe(!on);
      await options.click('[data-role="follow-pages"]');
      // The switch writes storage.sync; the next click's content script reads it from there.
      await options.waitForFunction(
        `(globalThis.browser ?? globalThis.chrome).storage.sync.get('settings').then((s) => s.settings?.followPages === ${on})`,
      );
    };
    await toggle(false);
    try {
      const before = server.requests.length;
      const shown = await browser.clickOn(server.url(STORY_PAGES[0]!));
      expect(shown.articleText).toContain(OPENINGS[0]);
      expect(shown.articleText).not.toContain(OPENINGS[1]);
      expect(shown.article?.pages ?? 1).toBe(1);
      expect(server.requests.slice(before)).not.toContain(STORY_PAGES[1]);
    } finally {
      await toggle(true);
      await options.close();
    }
  });

  it('does not follow the pager under a list of headlines', async () => {
    const before = server.requests.length;
    const shown = await browser.clickOn(server.url(LIST));
    // The list reads as an "article" (Readability keeps the headlines), so following was on the table.
    expect(shown.articleText).toContain('国际新闻第1条');
    expect(shown.article?.pages ?? 1).toBe(1);
    expect(server.requests.slice(before)).not.toContain(LIST_NEXT);
  });
});
