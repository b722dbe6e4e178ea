/**
 * The payload table in real browsers. Each batch page (an article with payloads inline in its paragraphs) is
 * cleaned through Winnow's toolbar button and the article is rendered in the popup (Chromium) and in the reader
 * (both browsers). Every payload runs a marker if it ever executes: it sets window.__xss and document.title, and
 * asks the test server for /xss-hit/<payload>/<world>/<origin>, where world is `ext` inside an extension context
 * (Winnow's pages or its content script's isolated world) and `page` in the page's own world.
 *
 * A hostile page may run its own script in its own world (many payloads do as the page loads); what must never
 * happen is a marker in Winnow's popup or reader, in the content script's world, or a payload that was inert in
 * the page becoming active in it after Winnow read the page. Winnow's pages must request nothing but their own
 * files and the article's images (privacy: no request of their own, no telemetry).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Target } from 'puppeteer-core';
import {
  availableBrowsers,
  launch,
  serve,
  type BrowserKind,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness.js';
import { articlePage, sentinel } from '../unit/security/article.js';
import { fill, PAYLOADS } from '../unit/security/payloads.js';

const BATCHES = 4;
const batches = Array.from({ length: BATCHES }, (_, b) => PAYLOADS.filter((_, i) => i % BATCHES === b));
/** The marker: no quotes, spaces, `&` or `>`, so it fits every payload context (see payloads.ts). */
const marker = (origin: string): string =>
  'window.__xss=1;document.title=`XSS`;' +
  `fetch(\`${origin}/xss-hit/{{ID}}/\${(self.browser||self.chrome)?.runtime?.id?\`ext\`:\`page\`}/\${encodeURIComponent(location.origin)}\`).catch(Boolean)`;

// Evaluated in Winnow's pages (strings: test transpilers may add helpers the page lacks).
const RENDERED = `(() => {
  const body = document.querySelector('[data-role="article"]');
  const problems = [];
  for (const el of body ? body.querySelectorAll('*') : []) {
    if (/^(script|iframe|frame|frameset|object|embed|applet|portal|form|input|button|select|textarea|base|meta|link|style|template|noscript|animate|set|use|foreignobject)$/i.test(el.localName)) problems.push('<' + el.localName + '>');
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) problems.push(a.name + ' on <' + el.localName + '>');
      const v = a.value.replace(/[\\u0000-\\u0020]/g, '');
      if (/^(href|xlink:href|src|action|formaction|poster|background|data)$/i.test(a.name) && /^(javascript|vbscript|data:(?!image\\/))/i.test(v)) problems.push(a.name + '=' + v.slice(0, 30));
    }
  }
  for (const el of document.querySelectorAll('base, meta[http-equiv="refresh"], iframe, object, embed')) problems.push('document has <' + el.localName + '>');
  return { problems, xss: window.__xss ?? null, title: document.title, text: body ? body.textContent : '' };
})()`;

interface Rendered {
  problems: string[];
  xss: unknown;
  title: string;
  text: string;
}

let server: FixtureServer;
const routes: Record<string, string> = {};
beforeAll(async () => {
  server = await serve(routes);
  const origin = server.url('').replace(/\/$/, '');
  batches.forEach((batch, b) => {
    routes[`/payloads/${b}.html`] = articlePage(
      `Harbour plan, payload batch ${b}`,
      batch.map((p) => fill(p, marker(origin), origin)),
    );
    // The same page with its markers renamed, for the control load: what the page runs on its own.
    routes[`/control/${b}.html`] = articlePage(
      `Harbour plan, payload batch ${b}`,
      batch.map((p) => fill({ ...p, id: CONTROL + p.id }, marker(origin), origin)),
    );
  });
});
afterAll(() => server?.close());

/** Marker requests the server saw, as [payload id, world, origin]. */
const hits = (): Array<[string, string, string]> =>
  server.requests
    .filter((p) => p.startsWith('/xss-hit/'))
    .map((p) => {
      const [id = '', world = '', origin = ''] = p.slice('/xss-hit/'.length).split('/');
      return [id, world, decodeURIComponent(origin)];
    });
/** A marker from an extension context: Winnow's pages, or the content script's isolated world. */
const fromExtension = ([, world, origin]: [string, string, string]): boolean =>
  world === 'ext' || /^(?:chrome|moz)-extension:/.test(origin);
/** The prefix of the control page's payload ids. */
const CONTROL = 'control-';
/**
 * Payloads that ran or loaded in a page itself (script markers, and requests the page's markup made without
 * script): the page Winnow read, or (`control`) its copy that Winnow never touched.
 */
const pageWorldIds = (control: boolean): Set<string> =>
  new Set(
    hits()
      .filter((hit) => !fromExtension(hit) && hit[0].startsWith(CONTROL) === control)
      .map(([id]) => id.replace(CONTROL, '')),
  );
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
/**
 * Waits until the pages' own markers stop arriving (a second with no new one, at most 15 s): on a loaded machine
 * Firefox's error events and their requests can take seconds (it throttles a background tab's requests).
 */
async function markersSettle(): Promise<void> {
  const until = Date.now() + 15_000;
  let count = -1;
  let quietSince = Date.now();
  while (Date.now() < until && Date.now() - quietSince < 1000) {
    await sleep(200);
    const now = server.requests.length;
    if (now !== count) [count, quietSince] = [now, Date.now()];
  }
}

/** Loads batch `b`'s control page (its markers renamed) in a tab of its own and waits for its markers. */
async function loadControl(browser: ExtensionBrowser, b: number): Promise<void> {
  const control = await browser.browser.newPage();
  await control.bringToFront();
  await control.goto(server.url(`/control/${b}.html`), { waitUntil: 'load' });
  await markersSettle();
  await control.close();
}

/** Opens one of Winnow's pages, recording every request it makes from the start. */
async function openRecorded(browser: ExtensionBrowser, path: string, requests: string[]): Promise<Page> {
  const page = await browser.browser.newPage();
  page.on('request', (request) => {
    requests.push(request.url());
  });
  // Firefox: goto on moz-extension:// never resolves, so start it and poll the page instead.
  page.goto(`${browser.origin}/${path}`).catch(() => undefined);
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    const ready = await page
      .evaluate('document.querySelector("main")?.getAttribute("aria-busy") === "false"')
      .catch(() => false);
    if (ready) return page;
    await sleep(100);
  }
  throw new Error(`${path} did not finish loading`);
}

/** Requests from Winnow's pages that are neither its own files nor the article's images on the page's server. */
function foreignRequests(requests: string[], browser: ExtensionBrowser, imageUrls: Set<string>): string[] {
  return requests.filter(
    (url) => !url.startsWith(browser.origin) && !(imageUrls.has(url) && !url.includes('/xss-hit/')),
  );
}

/** The images the article itself carries: the only outside requests Winnow's pages may make. */
function articleImages(content: string, base: string): Set<string> {
  const urls = new Set<string>();
  for (const m of content.matchAll(/\s(?:src|href|srcset)="([^"]*)"/g)) {
    for (const candidate of m[1]!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url)
        try {
          urls.add(new URL(url.replace(/&amp;/g, '&'), base).href);
        } catch {
          /* not a URL */
        }
    }
  }
  return urls;
}

describe.each<BrowserKind>(availableBrowsers())('hostile payloads in %s', (kind) => {
  let browser: ExtensionBrowser;
  let popupRequests: string[] = [];
  beforeAll(async () => {
    browser = await launch(kind);
    if (kind === 'chrome') {
      // Record the popup's requests from its first moment (a CDP session of our own beside the harness's).
      const record = async (target: Target): Promise<void> => {
        if (!/\/popup\.html(?:\?|$)/.test(target.url())) return;
        const session = await target.createCDPSession().catch(() => null);
        if (!session) return;
        session.on('Network.requestWillBeSent', (event) => {
          popupRequests.push(event.request.url);
        });
        await session.send('Network.enable').catch(() => undefined);
      };
      // Every failure above is caught: the listener's promise never rejects.
      browser.browser.on('targetcreated', (target: Target) => void record(target));
    }
  });
  afterAll(() => browser?.close());

  it.each(batches.map((batch, b) => [b, batch.length]))(
    'batch %i (%i payloads): nothing runs in Winnow, the article survives',
    async (b) => {
      const url = server.url(`/payloads/${b}.html`);
      popupRequests = [];
      let inPopup: Rendered | null = null;
      let tabId: number | null = null;
      // Control: what the page runs on its own, without Winnow (the page's own world is the page's business). Its
      // markers have their own ids, so one that arrives late is still the control's, never read as woken by Winnow.
      await loadControl(browser, b);
      await browser.closePanels?.();
      // What the page itself ran before Winnow was asked: a payload it runs on its own is not one Winnow woke.
      let ranBeforeClick = new Set<string>();
      const shown = await browser.clickOn(url, {
        keepOpen: true,
        beforeClick: async () => {
          await markersSettle();
          ranBeforeClick = pageWorldIds(false);
        },
        inPopup: async (popup) => {
          await sleep(300); // let any handler that survived fire
          inPopup = (await popup.evaluate(RENDERED)) as Rendered;
          tabId = (await popup.evaluate(
            'chrome.tabs.query({ active: true, currentWindow: true }).then(([t]) => t.id)',
          )) as number;
        },
      });
      expect(shown.article, `${kind} kept an article`).not.toBeNull();
      const page = (await browser.browser.pages()).find((p) => p.url() === url)!;
      // Through the prototype: a payload clobbers document.body and document.querySelector in the page's world.
      const visible = (await page.evaluate(
        'Document.prototype.querySelector.call(document, "body").innerText',
      )) as string;
      if (kind === 'firefox') {
        const keys = (await browser.probe!.evaluate('browser.storage.session.get(null).then(Object.keys)')) as string[];
        tabId = Number(keys.find((k) => k.startsWith('article:'))?.slice('article:'.length));
      }
      const readerRequests: string[] = [];
      const reader = await openRecorded(browser, `reader.html?tab=${tabId}`, readerRequests);
      await sleep(500);
      const inReader = (await reader.evaluate(RENDERED)) as Rendered;
      await markersSettle();
      const before = new Set([...pageWorldIds(true), ...ranBeforeClick]);
      const after = pageWorldIds(false);

      const images = articleImages(shown.article!.content, url);
      const views: Array<[string, Rendered | null]> = [
        ['reader', inReader],
        ...(kind === 'chrome' ? [['popup', inPopup] as [string, Rendered | null]] : []),
      ];
      for (const [where, view] of views) {
        expect(view, where).not.toBeNull();
        expect(view!.problems, `${where}: active content`).toEqual([]);
        expect(view!.xss, `${where}: window.__xss`).toBeNull();
        expect(view!.title, `${where}: title`).not.toBe('XSS');
        // Every paragraph the page itself shows is in the clean view.
        const expected = Array.from({ length: batches[b]!.length + 2 }, (_, n) => sentinel(n)).filter((s) =>
          visible.includes(s),
        );
        expect(expected.length, 'the page shows its paragraphs').toBeGreaterThan(10);
        for (const s of expected) expect(view!.text, `${where} keeps "${s}"`).toContain(s);
      }
      // No marker from an extension context (Winnow's pages, or the content script's isolated world).
      expect(hits().filter(fromExtension), 'markers from an extension context').toEqual([]);
      // Nothing that was inert in the page became active in it once Winnow had read it.
      expect(
        [...after].filter((id) => !before.has(id)),
        'payloads woken in the page',
      ).toEqual([]);
      // Winnow's pages requested only their own files and the article's images.
      expect(foreignRequests(readerRequests, browser, images), 'reader requests').toEqual([]);
      if (kind === 'chrome') expect(foreignRequests(popupRequests, browser, images), 'popup requests').toEqual([]);
      // The article's own broken images (src=x) may 404; nothing else may go wrong in the popup. (Firefox's
      // harness reports the page's console, where the hostile page's own errors belong to the page.)
      if (kind === 'chrome') expect(shown.consoleErrors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);

      await reader.close();
      for (const p of await browser.browser.pages())
        if (p.url() === url || p.url().includes('/popup.html')) await p.close().catch(() => undefined);
    },
  );
});
