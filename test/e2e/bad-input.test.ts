/**
 * Bad input in real browsers: each page gets a clear message or a best-effort article, never a hang, a crash or a
 * stuck popup. Chromium: through the real toolbar click, reading the popup. Firefox: the popup cannot be read
 * over BiDi, so after the click (which grants activeTab) an extension page asks the background for the same
 * `extract-tab` answer the popup shows.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickClosing,
  openExtensionPage,
  ARTICLE_SHOWN,
  availableBrowsers,
  serve,
  sharedBrowser,
  type BrowserKind,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness.js';
import { articlePage, sentinel } from '../unit/security/article.js';
import { deepPage, largePage } from '../fixtures/security/generate.js';

const PNG = readFileSync(new URL('../../icons/icon-48.png', import.meta.url));
const article = (title: string, head = '') => articlePage(title, [], { head });
const script = (code: string) => `<script>${code}</script>`;

/** Page scripts that overwrite built-ins the cleaner (in its isolated world) also uses. */
const OVERWRITE = script(`
  Array.prototype.map = function () { throw new Error('map hijacked'); };
  Array.prototype.filter = function () { return []; };
  Array.from = () => { throw new Error('from hijacked'); };
  JSON.stringify = () => '"hijacked"'; JSON.parse = () => ({});
  Element.prototype.querySelectorAll = function () { throw new Error('qsa hijacked'); };
  Document.prototype.getElementsByTagName = function () { return []; };
  Node.prototype.cloneNode = function () { return document.createElement('p'); };
  String.prototype.trim = function () { return 'hijacked'; };
  Object.keys = () => []; Promise.prototype.then = function () { return this; };
  window.getComputedStyle = () => ({ display: 'none', visibility: 'hidden' });
  Object.defineProperty(Node.prototype, 'textContent', { get() { return 'hijacked'; } });`);
const BOOK_END = 'and so the long voyage ended.';
/** One very long chapter: `megabytes` MB of text in paragraphs of a page each, ending in BOOK_END. */
function bookPage(megabytes: number): string {
  const line = 'The ship sailed on through the grey water, and the crew kept their watch in turn. ';
  const paragraph = `<p>${line.repeat(40)}</p>`;
  const count = Math.ceil((megabytes * 1024 * 1024) / (line.length * 40));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long voyage</title></head><body><article><h1>A long voyage</h1>${paragraph.repeat(count)}<p>At last the harbour lights came up, ${BOOK_END}</p></article></body></html>`;
}

/** A page that keeps changing while it is read. */
const MUTATE = script(`
  const a = document.querySelector('article');
  setInterval(() => { for (let i = 0; i < 50; i++) { const p = document.createElement('p'); p.textContent = 'churn ' + i; a.append(p); p.remove(); } document.title = 'T' + Math.random(); }, 1);`);
const NAVIGATE = script(
  `addEventListener('load', () => setTimeout(() => { location.href = '/plain.html?away'; }, 0));`,
);
// GBK bytes for "港口工程" served as UTF-8, and UTF-8 text declared as windows-1252.
const [before, after] = articlePage('Mislabelled', ['GBKMARK']).split('GBKMARK') as [string, string];
const MISLABELLED = Buffer.concat([
  Buffer.from(before),
  Buffer.from([0xb8, 0xdb, 0xbf, 0xda, 0xb9, 0xa4, 0xb3, 0xcc]),
  Buffer.from(after),
]);
const WIN1252 = Buffer.from(
  articlePage('Declared windows-1252', ['港口工程 — “quotes”']).replace('charset="utf-8"', 'charset="windows-1252"'),
  'utf8',
);

let server: FixtureServer;
let hanging: Server;
let hangingUrl = '';
beforeAll(async () => {
  server = await serve({
    '/empty.html': '',
    '/plain.html': {
      body: 'Just some plain text.\n\nNot an HTML document at all, but it has words.',
      type: 'text/plain; charset=utf-8',
    },
    '/feed.xml': {
      body: '<?xml version="1.0"?><rss><channel><title>Feed</title><item><description>words</description></item></channel></rss>',
      type: 'application/xml',
    },
    '/picture.svg': {
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><text y="9">hello</text></svg>',
      type: 'image/svg+xml',
    },
    '/picture.png': { body: PNG, type: 'image/png' },
    '/document': { body: Buffer.from('%PDF-1.4\n%%EOF\n'), type: 'application/pdf' },
    '/frameset.html':
      '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/article.html"><frame src="/empty.html"></frameset></html>',
    '/iframe.html':
      '<!doctype html><html><head><title>Framed</title></head><body><iframe src="/article.html" style="width:100%;height:90vh;border:0"></iframe></body></html>',
    '/article.html': article('A framed article'),
    '/huge.html': largePage(100_000, 20),
    '/many.html': largePage(100_000, 1.5),
    '/very-many.html': largePage(300_000, 4),
    '/book.html': bookPage(5.5),
    '/deep.html': deepPage(5000),
    '/builtins.html': article('Built-ins overwritten', OVERWRITE),
    '/mutating.html': articlePage('Mutating page', []).replace('</body>', `${MUTATE}</body>`),
    '/navigating.html': article('Navigating away', NAVIGATE),
    '/mislabelled.html': { body: MISLABELLED, type: 'text/html; charset=utf-8' },
    '/windows-1252.html': { body: WIN1252, type: 'text/html' },
  });
  // A response that never ends: the page never finishes parsing.
  hanging = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(`<!doctype html><title>Never ends</title><p>${sentinel(0)}</p>`);
  });
  await new Promise<void>((done) => hanging.listen(0, '127.0.0.1', done));
  hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/never`;
});
afterAll(async () => {
  hanging?.closeAllConnections();
  hanging?.close();
  await server?.close();
});

interface Answer {
  code: string | null;
  message: string | null;
  text: string | null;
  /**
   * Set only when the background gave up at its deadline ("did not answer", src/background/extract-tab.ts): the
   * article text the same content script returned to a caller that waits as long as it takes.
   */
  patientText?: string | null;
}

/** An extension page asks for the content script's own answer in tab `tabId`, with no deadline of its own. */
const RUN_CONTENT_SCRIPT = (tabId: string) => `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const [first] = await api.scripting.executeScript({ target: { tabId: await (${tabId}) }, files: ['content.js'] });
  const result = first && first.result;
  return result && result.ok ? result.value.textContent : null;
})()`;
const TAB_OF = (url: string) => `(globalThis.browser ?? globalThis.chrome).tabs.query({}).then((tabs) => {
  const tab = tabs.find((t) => t.url === ${JSON.stringify(url)}) ?? tabs.find((t) => t.active && !/^(moz|chrome)-extension:/.test(t.url));
  return tab.id;
})`;
const gaveUp = (answer: Answer) => answer.code === 'failed' && /did not answer/i.test(answer.message ?? '');

/**
 * Clicks Winnow on `url` and returns what the reader is told. How long that took is no verdict here (the machine may
 * be busy): `npm run bench -- limits` times the largest pages against the background's deadline.
 */
async function answer(browser: ExtensionBrowser, url: string): Promise<Answer> {
  if (browser.kind === 'chrome') {
    const before = new Set(await browser.browser.pages());
    const shown = await browser.clickOn(url, { keepPage: true });
    const got: Answer = { code: shown.errorCode, message: shown.status, text: shown.articleText };
    if (gaveUp(got)) {
      // The click granted activeTab: any page of Winnow's may run the content script in that tab.
      const asker = await browser.browser.newPage();
      await asker.goto(`${browser.origin}/options.html`);
      got.patientText = (await asker.evaluate(RUN_CONTENT_SCRIPT(TAB_OF(url)))) as string | null;
      await asker.close().catch(() => undefined);
    }
    for (const p of await browser.browser.pages()) if (!before.has(p)) await p.close().catch(() => undefined);
    return got;
  }
  // Firefox: open the page, click the button from the browser chrome (grants activeTab), and ask the background
  // for the answer the popup gets (the popup itself cannot be read over BiDi).
  const page = await browser.browser.newPage();
  await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
  await page.bringToFront();
  await browser.clickAction!();
  const result = (await browser.probe!.evaluate(`(async () => {
    return browser.runtime.sendMessage({ type: 'extract-tab', tabId: await ${TAB_OF(url)} });
  })()`)) as { ok: boolean; value?: { textContent: string }; error?: { code: string; message: string } };
  const got: Answer = {
    code: result.ok ? null : result.error!.code,
    message: result.ok ? null : result.error!.message,
    text: result.ok ? result.value!.textContent : null,
  };
  if (gaveUp(got)) got.patientText = (await browser.probe!.evaluate(RUN_CONTENT_SCRIPT(TAB_OF(url)))) as string | null;
  await browser.closePanels!();
  await page.close().catch(() => undefined);
  return got;
}

/** The cases and what each must give: an error code and message, or an article containing `text`. */
const CASES: Array<{
  name: string;
  path: string;
  expect: { code: string; message: RegExp } | { text: string };
  firefox?: boolean;
}> = [
  {
    name: 'empty document',
    path: '/empty.html',
    expect: { code: 'no-article', message: /found no article/i },
    firefox: true,
  },
  {
    name: 'text/plain',
    path: '/plain.html',
    expect: { code: 'no-article', message: /not an HTML document/i },
    firefox: true,
  },
  { name: 'XML', path: '/feed.xml', expect: { code: 'no-article', message: /not an HTML document/i }, firefox: true },
  {
    name: 'SVG document',
    path: '/picture.svg',
    expect: { code: 'no-article', message: /not an HTML document/i },
    firefox: true,
  },
  {
    name: 'image document',
    path: '/picture.png',
    expect: { code: 'no-article', message: /not an HTML document/i },
    firefox: true,
  },
  { name: 'PDF without .pdf in its address', path: '/document', expect: { code: 'restricted', message: /PDF/ } },
  {
    name: 'frameset',
    path: '/frameset.html',
    expect: { code: 'no-article', message: /inside a frame/i },
    firefox: true,
  },
  {
    name: 'article inside an iframe',
    path: '/iframe.html',
    expect: { code: 'no-article', message: /inside a frame/i },
    firefox: true,
  },
  {
    name: '20 MB / 100,000 elements',
    path: '/huge.html',
    expect: { code: 'too-large', message: /too large/i },
    firefox: true,
  },
  { name: '100,000 elements, 1.5 MB', path: '/many.html', expect: { text: '19999 The harb' }, firefox: true },
  { name: '5,000-deep nesting', path: '/deep.html', expect: { text: 'Deep paragraph 5' }, firefox: true },
  { name: 'built-ins overwritten by the page', path: '/builtins.html', expect: { text: sentinel(5) }, firefox: true },
  { name: 'page mutating all the time', path: '/mutating.html', expect: { text: sentinel(5) }, firefox: true },
  {
    name: 'UTF-8 page declared windows-1252',
    path: '/windows-1252.html',
    expect: { text: sentinel(5) },
    firefox: true,
  },
  { name: 'GBK bytes served as UTF-8', path: '/mislabelled.html', expect: { text: '\uFFFD' }, firefox: true },
];

describe.each<BrowserKind>(availableBrowsers())('bad input in %s', (kind) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await sharedBrowser(kind);
  });
  afterAll(() => browser?.close());

  for (const c of CASES.filter((c) => kind === 'chrome' || c.firefox)) {
    it(c.name, async () => {
      const got = await answer(browser, server.url(c.path));
      if ('code' in c.expect) {
        expect(got.code, `${c.name}: ${got.message}`).toBe(c.expect.code);
        expect(got.message).toMatch(c.expect.message);
      } else if (gaveUp(got)) {
        // A busy machine may take the largest pages past the background's deadline: the reader is told so (as on
        // a page that never loads, below) — and the page must still give its whole article to a patient caller.
        expect(got.patientText, `${c.name}: the content script itself`).toContain(c.expect.text);
      } else {
        expect(got.code, `${c.name}: ${got.message}`).toBeNull();
        expect(got.text).toContain(c.expect.text);
      }
    });
  }

  // Past the CLI's limits, but open in the browser, laid out already: the reader gets its article (with the
  // budget's notice), not a refusal. Read from the background's cleaning, which the popup shows: the popup's
  // filling in of all 300,000 elements in slices is rendering, not this page's answer.
  it('300,000 elements, 4 MB: an article, not a refusal', async () => {
    const url = server.url('/very-many.html');
    const page = await browser.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    if (kind === 'chrome') {
      const extension = [...(await browser.browser.extensions()).values()][0]!;
      await page.triggerExtensionAction(extension);
    } else await browser.clickAction!();
    const asker = kind === 'chrome' ? await openExtensionPage(browser, 'options.html') : browser.probe!;
    const result = (await asker.evaluate(`(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      return api.runtime.sendMessage({ type: 'tab-article', tabId: await ${TAB_OF(url)} });
    })()`)) as { ok: boolean; value?: { textContent: string; skipped?: string[] }; error?: { message: string } };
    if (kind === 'chrome') {
      await asker.close();
      for (const target of browser.browser.targets())
        if (target.url().includes('/popup.html')) await (await target.asPage()).close().catch(() => undefined);
    } else await browser.closePanels!();
    await page.close().catch(() => undefined);
    expect(result.ok, result.error?.message).toBe(true);
    expect(result.value!.textContent).toContain('59999 The harb');
    expect(result.value!.skipped?.length).toBeGreaterThan(0);
  });

  if (kind === 'chrome') {
    // Chromium's session storage holds 10 MB; this article's HTML and text are 11 MB together.
    it('an article too long for session storage still opens in the full-tab reader', async () => {
      // A reader tab this click opens, not one an earlier test left open (waitForTarget also looks at open ones).
      const earlier = new Set(browser.browser.targets());
      const readerOpened = browser.browser.waitForTarget(
        (t) => !earlier.has(t) && t.url().includes('reader.html?tab='),
        { timeout: 30_000 },
      );
      readerOpened.catch(() => undefined);
      // The page stays open: closing its tab forgets its article.
      const before = new Set(await browser.browser.pages());
      const shown = await browser.clickOn(server.url('/book.html'), {
        keepOpen: true,
        inPopup: (popup) => clickClosing(popup, '[data-action="open-reader"]'),
      });
      expect(shown.errorCode, shown.status ?? '').toBeNull();
      expect(shown.articleText).toContain(BOOK_END);
      const reader = await (await readerOpened).asPage();
      await reader.waitForFunction(ARTICLE_SHOWN, { timeout: 30_000, polling: 200 });
      const text = (await reader.evaluate(`document.querySelector('[data-role="article"]').textContent`)) as string;
      expect(text.length).toBeGreaterThan(5_000_000);
      expect(text).toContain(BOOK_END);
      for (const p of await browser.browser.pages()) if (!before.has(p)) await p.close().catch(() => undefined);
    });

    it('a page that navigates away as it is read: a message or an article, never a stuck popup', async () => {
      const got = await answer(browser, server.url('/navigating.html'));
      expect(got.code === null ? got.text : got.message).toBeTruthy();
    });

    // (The extension stores' addresses cannot load offline; restrictionOf is unit-tested on them.)
    it.each(['view-source:__URL__', 'about:blank', 'chrome://extensions/'])(
      'restricted page %s gets a plain answer',
      async (address) => {
        const got = await answer(browser, address.replace('__URL__', server.url('/article.html')));
        expect(got.code).toBe('restricted');
        expect(got.message).toMatch(/browser page|store|off-limits/i);
      },
    );

    // Not covered here: file:// without file access. In headless Chromium the popup stayed busy past the harness's
    // 40 s wait (see the report of issue 8); restrictionOf and extract-tab's file: branch are unit-level only.

    it('a page that never finishes loading: the popup says so instead of waiting forever', async () => {
      const extension = (await browser.browser.extensions()).get(new URL(browser.origin).host)!;
      const page = await browser.browser.newPage();
      page.goto(hangingUrl).catch(() => undefined);
      await new Promise((done) => setTimeout(done, 1000));
      const popupTarget = browser.browser.waitForTarget((t) => t.url().startsWith(`${browser.origin}/popup.html`), {
        timeout: 20_000,
      });
      await page.triggerExtensionAction(extension);
      const popup = await (await popupTarget).asPage();
      await popup.waitForFunction(ARTICLE_SHOWN, { timeout: 40_000 });
      const state = (await popup.evaluate(
        `({ error: document.body.dataset.error ?? null, text: document.querySelector('[data-role="article"]').textContent, status: document.querySelector('[data-role="status"]').textContent })`,
      )) as { error: string | null; text: string; status: string };
      // Either the streamed part is cleaned at once, or the reader is told the page did not answer.
      if (state.error) expect(state.status).toMatch(/did not answer/i);
      else expect(state.text).toContain(sentinel(0));
      await popup.close().catch(() => undefined);
      await page.close();
    }, 75_000);

    it('a tab closed while it is being read: the request answers plainly', async () => {
      // The click grants activeTab; the test does not wait for the popup's article, only for a request in flight.
      const extension = (await browser.browser.extensions()).get(new URL(browser.origin).host)!;
      const page = await browser.browser.newPage();
      await page.goto(server.url('/many.html'));
      const popupTarget = browser.browser.waitForTarget((t) => t.url().startsWith(`${browser.origin}/popup.html`), {
        timeout: 20_000,
      });
      await page.triggerExtensionAction(extension);
      const popup = await (await popupTarget).asPage();
      // Any page of Winnow's may ask the background (the router trusts the sender's origin).
      const asker = await browser.browser.newPage();
      await asker.goto(`${browser.origin}/options.html`);
      const tabId = (await asker.evaluate(
        `chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url && t.url.endsWith('/many.html')).id)`,
      )) as number;
      const pending = asker.evaluate(
        `chrome.runtime.sendMessage({ type: 'extract-tab', tabId: ${tabId} })`,
      ) as Promise<{ ok: boolean; error?: { code: string; message: string } }>;
      await new Promise((done) => setTimeout(done, 150));
      await page.close();
      const result = await pending;
      if (!result.ok) {
        expect(['no-tab', 'failed']).toContain(result.error!.code);
        expect(result.error!.message).toMatch(/closed|changed/i);
      }
      await asker.close().catch(() => undefined);
      await popup.close().catch(() => undefined);
    }, 60_000);
  }
});
