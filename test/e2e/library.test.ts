/**
 * The library's promise in real browsers: save three articles through Winnow's own save menu (Chromium:
 * in the popup opened by a real toolbar click; Firefox: in the reader, since its popup is out of BiDi's
 * reach), restart the browser on the same profile with the pages' server gone, and all three are listed and
 * readable offline. Then export, import into a fresh profile: the same library, and a foreign file refused.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  availableBrowsers,
  launch,
  openExtensionPage,
  serve,
  type BrowserKind,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness.js';

const seed = readFileSync(new URL('../fixtures/pages/seed-page.html', import.meta.url), 'utf8');
const paragraphs = (text: string) =>
  Array.from({ length: 6 }, (_, i) => `<p>${text} ${i + 1}. ${text.repeat(3)}</p>`).join('');
const page = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
const PAGES = {
  '/seed.html': {
    html: seed,
    title: '山東脫貧攻堅“成績單”:全省貧困勞動力每年務工就業規模達40萬人',
    text: '根據部署,山東將開設鄉村新職業新技能培訓平臺',
  },
  '/bridges.html': {
    html: page(
      'en',
      'The bridges of the river city',
      paragraphs('Every morning the people of the river city cross its seven bridges on their way to work'),
    ),
    title: 'The bridges of the river city',
    text: 'cross its seven bridges',
  },
  '/tea.html': {
    html: page(
      'zh-CN',
      '福建茶农的新生活',
      paragraphs('今年春天,福建的茶农通过网络直播把新茶卖到了全国各地,收入比去年增加了三成'),
    ),
    title: '福建茶农的新生活',
    text: '通过网络直播把新茶卖到了全国各地',
  },
};
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: Error | null = null;
  while (Date.now() < end) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error instanceof Error ? error : new Error(String(error));
    }
    await sleep(150);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

const text = (p: Page, selector: string) =>
  p.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`) as Promise<string>;
const click = (p: Page, selector: string) => p.evaluate(`document.querySelector(${JSON.stringify(selector)}).click()`);

/** Opens the save menu, chooses "Save to library" (or a file format), and waits for the page to confirm. */
async function saveToLibrary(p: Page, choice = 'library'): Promise<string> {
  await until(
    'the save menu',
    async () => (await p.evaluate('!!document.querySelector("[data-action=save-menu]")')) as boolean,
  );
  await p.evaluate(`document.querySelector('[data-role="save-status"]').dataset.kind = ''`);
  if (await p.evaluate(`document.querySelector('[data-action="save-menu"]').getAttribute('aria-expanded') !== 'true'`))
    await click(p, '[data-action="save-menu"]');
  await click(p, `[data-save="${choice}"]`);
  return until(
    'the save confirmation',
    async () =>
      (await p.evaluate(`(() => {
    const status = document.querySelector('[data-role="save-status"]');
    return status.dataset.kind === 'done' || status.dataset.kind === 'error' ? status.textContent : null;
  })()`)) as string | null,
  );
}

async function openLibrary(browser: ExtensionBrowser): Promise<Page> {
  const library = await openExtensionPage(browser, 'library.html');
  await until(
    'the library list',
    async () =>
      (await library.evaluate('document.querySelector("main").getAttribute("aria-busy") === "false"')) as boolean,
  );
  return library;
}

const listed = (library: Page) =>
  library.evaluate(
    `[...document.querySelectorAll('.library-list li')].map((li) => ({ id: li.dataset.id, title: li.querySelector('a').textContent }))`,
  ) as Promise<Array<{ id: string; title: string }>>;

async function exported(library: Page, dir: string): Promise<{ format: string; version: number; articles: unknown[] }> {
  const before = new Set(readdirSync(dir));
  await click(library, '[data-action="export-json"]');
  const name = await until(
    'the exported file',
    async () => readdirSync(dir).find((f) => !before.has(f) && f.endsWith('.json')),
    20_000,
  );
  return until('a complete export', async () => {
    try {
      return JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch {
      return null;
    }
  });
}

/** Picks a file in the import input as a person would (the browser's own file setting and change event). */
async function importText(library: Page, dir: string, name: string, content: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, content);
  await library.evaluate(`document.querySelector('[data-role="status"]').textContent = ''`);
  const input = await library.$('[data-role="import-file"]');
  await (input as unknown as { uploadFile: (path: string) => Promise<void> }).uploadFile(file);
  return until('the import report', async () => text(library, '[data-role="status"]'));
}

describe.each<BrowserKind>(availableBrowsers())('library in %s', (kind) => {
  const profile = mkdtempSync(join(tmpdir(), `winnow-profile-${kind}-`));
  const downloads = mkdtempSync(join(tmpdir(), `winnow-downloads-${kind}-`));
  const picks = mkdtempSync(join(tmpdir(), `winnow-picks-${kind}-`));
  let server: FixtureServer;
  let browser: ExtensionBrowser | undefined;
  let firstExport: { format: string; version: number; articles: unknown[] };

  beforeAll(async () => {
    server = await serve(Object.fromEntries(Object.entries(PAGES).map(([path, p]) => [path, p.html])));
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
    rmSync(picks, { recursive: true, force: true });
  });

  it('saves three articles, and after a restart offline all three are listed and readable', async () => {
    browser = await launch(kind, { userDataDir: profile, downloadDir: downloads });
    for (const path of Object.keys(PAGES)) {
      if (kind === 'chrome') {
        let confirmation = '';
        const files: string[] = [];
        await browser.clickOn(server.url(path), {
          inPopup: async (popup) => {
            confirmation = await saveToLibrary(popup);
            if (path === '/seed.html')
              for (const format of ['markdown', 'epub']) files.push(await saveToLibrary(popup, format));
          },
        });
        expect(confirmation).toMatch(/Saved to your library/);
        if (path === '/seed.html') {
          const stem = '山東脫貧攻堅“成績單” 全省貧困勞動力每年務工就業規模達40萬人';
          expect(files).toEqual([`Saved ${stem}.md.`, `Saved ${stem}.epub.`]);
          const md = await until(`the Markdown file in ${downloads}`, async () => {
            try {
              return readFileSync(join(downloads, `${stem}.md`), 'utf8');
            } catch {
              return null;
            }
          }).catch((e) => {
            throw new Error(`${e} — found ${readdirSync(downloads).join(', ')}`);
          });
          expect(md).toMatch(/^---\ntitle: "山東脫貧攻堅/);
          const epub = await until('the EPUB file', async () => {
            try {
              return readFileSync(join(downloads, `${stem}.epub`));
            } catch {
              return null;
            }
          });
          expect(epub.subarray(30, 58).toString()).toBe('mimetypeapplication/epub+zip');
        }
      } else {
        const shown = await browser.clickOn(server.url(path), { keepOpen: true });
        expect(shown.article?.title).toBe(PAGES[path as keyof typeof PAGES].title);
        const keys = (await browser.probe!.evaluate('browser.storage.session.get(null).then(Object.keys)')) as string[];
        const tabId = keys.find((k) => k.startsWith('article:'))!.slice('article:'.length);
        const reader = await openExtensionPage(browser, `reader.html?tab=${tabId}`);
        expect(await saveToLibrary(reader)).toMatch(/Saved to your library/);
        await reader.close();
        for (const tab of await browser.browser.pages()) if (tab.url().startsWith(server.url('/'))) await tab.close();
      }
    }
    // Saving the same address again (another fragment) updates the entry, never duplicates it.
    if (kind === 'chrome') {
      let again = '';
      await browser.clickOn(`${server.url('/tea.html')}#comments`, {
        inPopup: async (popup) => {
          again = await saveToLibrary(popup);
        },
      });
      expect(again).toMatch(/Updated in your library/);
    }
    await browser.close();
    browser = undefined;
    await server.close();

    browser = await launch(kind, { userDataDir: profile, downloadDir: downloads });
    const library = await openLibrary(browser);
    const entries = await listed(library);
    expect(entries.map((e) => e.title).sort()).toEqual(
      Object.values(PAGES)
        .map((p) => p.title)
        .sort(),
    );
    for (const entry of entries) {
      const expected = Object.values(PAGES).find((p) => p.title === entry.title)!;
      const reader = await openExtensionPage(browser, `reader.html?saved=${entry.id}`);
      const body = await until(`${entry.title} in the reader`, async () => text(reader, '[data-role="article"]'));
      expect(body).toContain(expected.text);
      expect(await text(reader, '[data-role="title"]')).toBe(expected.title);
      await reader.close();
    }

    // Search: substring, Chinese without word breaks, case-insensitive Latin, Chinese across scripts.
    await library.evaluate(
      `(() => { const s = document.querySelector('[data-role="search"]'); s.value = '网络直播'; s.dispatchEvent(new Event('input')); })()`,
    );
    await until('the Chinese search', async () => {
      const e = await listed(library);
      return e.length === 1 && e[0]!.title === '福建茶农的新生活';
    });
    await library.evaluate(
      `(() => { const s = document.querySelector('[data-role="search"]'); s.value = 'SEVEN BRIDGES'; s.dispatchEvent(new Event('input')); })()`,
    );
    await until('the Latin search', async () => {
      const e = await listed(library);
      return e.length === 1 && e[0]!.title === 'The bridges of the river city';
    });
    // Across scripts: a Simplified query finds the Traditional article and back (the converters load on the first one).
    await library.evaluate(
      `(() => { const s = document.querySelector('[data-role="search"]'); s.value = '山东脱贫'; s.dispatchEvent(new Event('input')); })()`,
    );
    await until('the Simplified query for Traditional text', async () => {
      const e = await listed(library);
      return e.length === 1 && e[0]!.title === PAGES['/seed.html'].title;
    });
    await library.evaluate(
      `(() => { const s = document.querySelector('[data-role="search"]'); s.value = '網絡直播'; s.dispatchEvent(new Event('input')); })()`,
    );
    await until('the Traditional query for Simplified text', async () => {
      const e = await listed(library);
      return e.length === 1 && e[0]!.title === '福建茶农的新生活';
    });
    await library.evaluate(
      `(() => { const s = document.querySelector('[data-role="search"]'); s.value = ''; s.dispatchEvent(new Event('input')); })()`,
    );
    await until('the full list again', async () => (await listed(library)).length === 3);

    firstExport = await exported(library, downloads);
    expect(firstExport.format).toBe('winnow-library');
    expect(firstExport.articles).toHaveLength(3);
  });

  it('deletes with undo', async () => {
    const library = await openLibrary(browser!);
    const [first] = await listed(library);
    await click(library, `li[data-id="${first!.id}"] [data-action="delete"]`);
    await until('the deletion', async () => (await listed(library)).length === 2);
    expect(await text(library, '[data-role="status"]')).toContain(first!.title);
    await click(library, '[data-action="undo"]');
    await until('the undo', async () => (await listed(library)).length === 3);
    expect((await listed(library)).map((e) => e.id)).toContain(first!.id);
  });

  it('imports the export into a fresh profile: the same library; again: all skipped; a foreign file: refused', async () => {
    await browser!.close();
    browser = await launch(kind, { downloadDir: downloads });
    const library = await openLibrary(browser);
    expect(await listed(library)).toEqual([]);
    const json = JSON.stringify(firstExport);
    expect(await importText(library, picks, 'library.json', json)).toBe('Imported: 3 added, 0 updated, 0 skipped.');
    await until('the imported list', async () => (await listed(library)).length === 3);
    const second = await exported(library, downloads);
    expect(second.articles).toEqual(firstExport.articles);
    expect(await importText(library, picks, 'library.json', json)).toBe('Imported: 0 added, 0 updated, 3 skipped.');
    expect(await importText(library, picks, 'package.json', '{"name":"x","version":"1.0.0"}')).toMatch(
      /not a Winnow library export\. Nothing was changed/,
    );
    const broken = JSON.stringify({
      ...firstExport,
      articles: [...firstExport.articles, { url: 'https://x.example/' }],
    });
    expect(await importText(library, picks, 'broken.json', broken)).toMatch(/damaged \(at #4 savedAt\)/);
    expect(await listed(library)).toHaveLength(3);
  });
});
