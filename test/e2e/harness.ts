/**
 * Real-browser harness: serves fixture pages on 127.0.0.1, starts Debian's Chromium or Firefox with the
 * built extension (dist/<browser>) through puppeteer-core, and clicks the real toolbar button.
 *
 * Chromium: `triggerExtensionAction` is a real action click (activeTab is granted, the popup opens headless)
 * and the popup is readable as a page.
 * Firefox: the action is clicked from the browser chrome through a privileged WebDriver BiDi evaluation;
 * the popup itself cannot be read over BiDi, so results are read from Winnow's own session storage (the popup
 * keeps each cleaned article there for the full-tab reader) through an extension page.
 */
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { TargetType, type Browser, type Page } from 'puppeteer-core';
import { findBrowser, INSTALL_HINT } from '../../src/cli/browsers.js';
import type { Article } from '../../src/core/types.js';

import type { BrowserKind } from './browsers.js';

export { availableBrowsers, type BrowserKind } from './browsers.js';
export const DIST = resolve(import.meta.dirname, '../../dist');
const FIREFOX_UUID = 'b5a3a2d4-9f7e-4c51-8d0a-7d3c0f1e2a61';
const GECKO_ID = JSON.parse(readFileSync(join(DIST, 'firefox/manifest.json'), 'utf8')).browser_specific_settings.gecko
  .id as string;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
};

export interface FixtureServer {
  url: (path: string) => string;
  close: () => Promise<void>;
  requests: string[];
}

/** Serves `routes` (path → body or file) on 127.0.0.1 at a free port. */
export async function serve(
  routes: Record<
    string,
    string | { file: string } | { body: string | Buffer; type: string; headers?: Record<string, string> }
  >,
): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    if (typeof route === 'string') {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(route);
      return;
    }
    if ('file' in route) {
      res
        .writeHead(200, { 'content-type': TYPES[extname(route.file)] ?? 'application/octet-stream' })
        .end(readFileSync(route.file));
      return;
    }
    res.writeHead(200, { 'content-type': route.type, ...route.headers }).end(route.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export interface ExtensionBrowser {
  kind: BrowserKind;
  /** Firefox only: evaluates privileged script in the browser window (menus, permission prompts). */
  chromeEval?: (expression: string) => Promise<unknown>;
  /** Firefox only: an extension page of Winnow's, for reading its storage. */
  probe?: Page;
  /** Firefox only: clicks Winnow's toolbar button for the selected tab (closing any open popup first); resolves with the click's time (Date.now() in the browser). */
  clickAction?: () => Promise<number>;
  /** Firefox only: closes Winnow's popup and any other open panel. */
  closePanels?: () => Promise<void>;
  browser: Browser;
  /** Origin of the extension's pages, e.g. chrome-extension://ID or moz-extension://UUID. */
  origin: string;
  /** Opens `url` in a tab, clicks Winnow's toolbar button, and returns what the popup showed. */
  clickOn: (url: string, options?: ClickOptions) => Promise<PopupResult>;
  close: () => Promise<void>;
}

export interface ClickOptions {
  /** Chromium only: write a PNG of the popup as the reader sees it. */
  screenshot?: string;
  /** Leave the page and popup open (the demo hands them to a person). */
  keepOpen?: boolean;
  /** Chromium only: close the popup but leave the page open (its activeTab grant stays usable). */
  keepPage?: boolean;
  /** Abort every request that leaves 127.0.0.1 (saved pages point at hosts this machine cannot reach). */
  localOnly?: boolean;
  /** Called (and awaited) just before the toolbar button is clicked, the page loaded and in front (benchmarks start
   * their clock here; the security suite notes what the page has run on its own). */
  beforeClick?: (page: Page) => void | Promise<void>;
  /** Chromium only: act in the popup once the article is shown (before it closes). */
  inPopup?: (popup: Page) => Promise<void>;
}

export interface LaunchOptions {
  /** Default true. A visible browser needs a display. */
  headless?: boolean;
  /** Chromium only: the browser's UI language (e.g. zh-CN), which Winnow's pages follow. */
  lang?: string;
  /** A profile directory kept across launches (restart tests); default: a fresh temporary profile. */
  userDataDir?: string;
  /** Where downloads land, without asking. */
  downloadDir?: string;
  /**
   * Chromium only, default true: Winnow's button pinned to the toolbar, where a reader clicks it. Unpinned, the
   * click comes from the extensions menu (or the keyboard command), and Chromium first pops the button out into
   * the toolbar and opens the popup only when that animation ends (about 250 ms here).
   */
  pinned?: boolean;
}

export interface PopupResult {
  title: string | null;
  articleText: string | null;
  status: string | null;
  errorCode: string | null;
  /** The article the popup kept for the reader (null when none). */
  article: Article | null;
  /** How long loading the page itself took before the click (so timings can leave it out). */
  pageLoadMs?: number;
  consoleErrors: string[];
}

const plain = new Map<BrowserKind, Promise<Browser>>();

/**
 * A headless browser without the extension — pages as anyone sees them — started once per worker and shared by
 * every file that asks (the e2e projects run their files in one worker, vitest.config.ts): each file opens and
 * closes its own tabs and never closes the browser. Puppeteer ends it when the worker exits.
 */
export function plainBrowser(kind: BrowserKind): Promise<Browser> {
  let browser = plain.get(kind);
  if (!browser) {
    const executablePath = requireBrowser(kind);
    browser =
      kind === 'chrome'
        ? puppeteer.launch({
            executablePath,
            headless: true,
            pipe: true,
            args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
          })
        : puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
    plain.set(kind, browser);
    // A browser that died is started afresh by the next file that asks.
    void browser.then(
      (b) => b.once('disconnected', () => plain.delete(kind)),
      () => plain.delete(kind),
    );
  }
  return browser;
}

const shared = new Map<BrowserKind, Promise<ExtensionBrowser>>();

/**
 * The extension in a browser with the default options, started once per worker and shared by the files that only
 * click pages (their tabs closed after each test) and change no setting: its close() leaves it running for the
 * next file. Puppeteer ends it when the worker exits.
 */
export function sharedBrowser(kind: BrowserKind): Promise<ExtensionBrowser> {
  let browser = shared.get(kind);
  if (!browser) {
    browser = launch(kind).then((b) => {
      b.browser.once('disconnected', () => shared.delete(kind));
      return { ...b, close: async () => undefined };
    });
    shared.set(kind, browser);
    browser.catch(() => shared.delete(kind));
  }
  return browser;
}

/** Fails loudly when the browser is missing. */
export function requireBrowser(kind: BrowserKind): string {
  const path = findBrowser(kind);
  if (!path)
    throw new Error(
      `No ${kind === 'chrome' ? 'Chromium' : 'Firefox'} found for the real-browser tests. ${INSTALL_HINT[kind]}`,
    );
  return path;
}

export async function launch(kind: BrowserKind, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const headless = options.headless ?? true;
  return kind === 'chrome' ? launchChrome(headless, options) : launchFirefox(headless, options);
}

// Evaluated inside extension pages. Strings, not functions: test transpilers may inject helpers
// (such as esbuild's __name) that do not exist in the page.
/**
 * An article page (popup or reader) is done loading: its frame is no longer busy, and neither is its article body
 * (a very long article fills in slices after its first screens: src/ui/render-in-slices.ts).
 */
export const ARTICLE_SHOWN = `document.querySelector('main')?.getAttribute('aria-busy') === 'false' && !document.querySelector('[data-role="article"][aria-busy="true"]')`;

/** An error page has no controls; an article page has them once it is filled (src/ui/article-page.ts). */
const CONTROLS_MOUNTED = `!!document.body.dataset.error || performance.getEntriesByName('winnow:filled').length > 0`;

const READ_POPUP = `(() => {
  const text = (role) => { const el = document.querySelector('[data-role="' + role + '"]'); return el && !el.hidden && el.textContent ? el.textContent : null; };
  return { title: text('title'), articleText: text('article'), status: text('status'), errorCode: document.body.dataset.error ?? null };
})()`;
const LAST_KEPT_ARTICLE = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const all = await api.storage.session.get(null);
  const values = Object.values(all);
  return values.length ? values[values.length - 1] : null;
})()`;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function poll<T>(what: string, fn: () => Promise<T | null | undefined>, timeout = 20_000): Promise<T> {
  const until = Date.now() + timeout;
  let lastError: Error | null = null;
  while (Date.now() < until) {
    try {
      const value = await fn();
      if (value !== null && value !== undefined) return value;
    } catch (error) {
      lastError = error instanceof Error ? error : new Error(String(error));
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

/**
 * Clicks on `url` as `clickOn` does, again (twice at most) while the clean came back cut short by its time budget
 * (core/budget.ts): on a machine busy with other suites a whole clean can run past it, and a test that compares
 * cleans means whole ones. The last answer is returned, cut or not: the caller sees `article.skipped`.
 */
export async function clickForWholeClean(
  browser: ExtensionBrowser,
  url: string,
  options?: ClickOptions,
): Promise<PopupResult> {
  let shown = await browser.clickOn(url, options);
  for (let retry = 0; retry < 2 && shown.article?.skipped?.length; retry++) shown = await browser.clickOn(url, options);
  return shown;
}

/**
 * Aborts every request that leaves 127.0.0.1 (and `alsoAllow`), so a saved page's remote images and scripts cannot
 * stall it.
 */
export async function keepLocal(page: Page, alsoAllow?: RegExp): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const local = /^(?:https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(url) || alsoAllow?.test(url) === true;
    // A request the page itself cancelled meanwhile can no longer be continued or aborted: nothing to do then.
    (local ? request.continue() : request.abort()).catch(() => undefined);
  });
}

function collectErrors(page: Page, into: string[]): void {
  page.on('pageerror', (error) => into.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') into.push(message.text());
  });
}

/**
 * The id Chromium gives an extension loaded unpacked from `dir`: the first 128 bits of the SHA-256 of its absolute
 * path, each hex digit written as a letter a–p. Known before launch, so the profile can pin it.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Chromium's profile preferences, written before launch: Winnow pinned to the toolbar (unless `pinned: false`),
 * and downloads into a folder without asking. (DevTools' download behaviour would also do, but it overrides the
 * file names extensions choose, which is what the tests check.)
 */
function chromeProfile(options: LaunchOptions): { userDataDir: string; cleanup: () => void } {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'winnow-chrome-'));
  const file = join(userDataDir, 'Default', 'Preferences');
  mkdirSync(dirname(file), { recursive: true });
  const prefs = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  if (options.pinned !== false)
    prefs.extensions = { ...prefs.extensions, pinned_extensions: [unpackedExtensionId(join(DIST, 'chrome'))] };
  if (options.downloadDir)
    prefs.download = {
      ...prefs.download,
      default_directory: options.downloadDir,
      prompt_for_download: false,
      directory_upgrade: true,
    };
  writeFileSync(file, JSON.stringify(prefs));
  return {
    userDataDir,
    cleanup: () => {
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchChrome(headless: boolean, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const { lang } = options;
  const profile = chromeProfile(options);
  const browser = await puppeteer.launch({
    userDataDir: profile.userDataDir,
    executablePath: requireBrowser('chrome'),
    headless,
    pipe: true,
    enableExtensions: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-gpu',
      ...(lang ? [`--lang=${lang}`] : []),
    ],
    ...(lang
      ? { env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` } }
      : {}),
  });
  const id = await browser.installExtension(join(DIST, 'chrome'));
  // The profile pinned the id computed from the path; a different one would leave the button unpinned unnoticed.
  if (options.pinned !== false && id !== unpackedExtensionId(join(DIST, 'chrome')))
    throw new Error(`Chromium gave Winnow the id ${id}, not the one its profile pinned`);
  const origin = `chrome-extension://${id}`;
  // Chromium drops an action click that arrives before a newly installed extension's worker has registered its
  // listeners (it then knows of no `action.onClicked` listener to wake it for). A reader installs, then clicks;
  // a test clicks at once, so it waits until the worker has run.
  const worker = await browser.waitForTarget(
    (t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith(origin),
  );
  await (await worker.worker())?.evaluate('true');

  return {
    kind: 'chrome',
    browser,
    origin,
    close: () => browser.close().finally(profile.cleanup),
    async clickOn(url, options = {}) {
      const extension = (await browser.extensions()).get(id);
      if (!extension) throw new Error('Winnow is not installed in Chromium');
      const page = await browser.newPage();
      if (options.localOnly) await keepLocal(page);
      const loadStarted = performance.now();
      await page.goto(url, { waitUntil: 'load' });
      const pageLoadMs = performance.now() - loadStarted;
      await options.beforeClick?.(page);
      const popupTarget = browser.waitForTarget((t) => t.url().startsWith(`${origin}/popup.html`), { timeout: 20_000 });
      await page.triggerExtensionAction(extension);
      const popup = await (await popupTarget).asPage();
      const consoleErrors: string[] = [];
      collectErrors(popup, consoleErrors);
      // Longer than the background's injection timeout (25 s), so a slow page ends in an answer, not a test timeout.
      await popup.waitForFunction(ARTICLE_SHOWN, { timeout: 40_000 });
      const shown = (await popup.evaluate(READ_POPUP)) as Omit<PopupResult, 'article' | 'consoleErrors'>;
      const article = (await popup.evaluate(LAST_KEPT_ARTICLE)) as Article | null;
      // The save menu, script conversion and "Fix this page" are mounted just after the article shows: a reader
      // sees them a moment later, a test that drives them waits for them as the reader would.
      if (options.inPopup) await popup.waitForFunction(CONTROLS_MOUNTED, { timeout: 20_000 });
      if (options.inPopup) await options.inPopup(popup);
      if (options.screenshot) await popup.screenshot({ path: options.screenshot });
      if (!options.keepOpen) {
        await popup.close().catch(() => undefined);
        if (!options.keepPage) await page.close();
      }
      return { ...shown, article: shown.errorCode ? null : article, consoleErrors, pageLoadMs };
    },
  };
}

/** Privileged script: hides every open panel (a popup left open would make the next click close it instead). */
const HIDE_PANELS = `(() => { for (const p of document.querySelectorAll('panel')) if (p.state === 'open') p.hidePopup(); return true; })()`;

/** Privileged script run in Firefox's browser window: clicks Winnow's toolbar button for the selected tab. */
const CLICK_ACTION = (geckoId: string) => `(() => {
  for (const p of document.querySelectorAll('panel')) if (p.state === 'open') p.hidePopup();
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(geckoId)});
  const clickedAt = Date.now();
  ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
  return clickedAt;
})()`;

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>;
}

async function launchFirefox(headless: boolean, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless,
    args: ['--remote-allow-system-access'],
    ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // The add-on is temporary (gone at shutdown, installed again at the next launch): keep its origin and
      // its storage across that, as a permanent install would.
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.keepStorageOnUninstall': true,
      ...(options.downloadDir
        ? {
            'browser.download.dir': options.downloadDir,
            'browser.download.folderList': 2,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
          }
        : {}),
    },
  });
  await browser.installExtension(join(DIST, 'firefox'));
  const origin = `moz-extension://${FIREFOX_UUID}`;
  // An extension page to read Winnow's storage from (the popup itself is not reachable over BiDi).
  // page.goto on moz-extension:// never resolves: start it, then poll until the page answers.
  const probe = await browser.newPage();
  probe.goto(`${origin}/reader.html`).catch(() => undefined);
  await poll('the Firefox probe page', async () =>
    (await probe.evaluate('typeof browser')) === 'object' ? true : null,
  );
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;

  const chromeEval = async (expression: string): Promise<unknown> => {
    const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const reply = await bidi.send('script.evaluate', {
      target: { context: tree.result.contexts[0].context },
      awaitPromise: true,
      expression,
    });
    if (reply.result?.type !== 'success')
      throw new Error(`privileged evaluation failed: ${JSON.stringify(reply.result)}`);
    return reply.result.result?.value;
  };
  const clickAction = async () => (await chromeEval(CLICK_ACTION(GECKO_ID))) as number;
  const closePanels = async () => {
    await chromeEval(HIDE_PANELS);
  };
  return {
    kind: 'firefox',
    browser,
    origin,
    chromeEval,
    probe,
    clickAction,
    closePanels,
    close: () => browser.close(),
    async clickOn(url, options = {}) {
      await probe.evaluate('browser.storage.session.clear()');
      const page = await browser.newPage();
      const consoleErrors: string[] = [];
      collectErrors(page, consoleErrors);
      if (options.localOnly) await keepLocal(page);
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      await options.beforeClick?.(page);
      await clickAction();
      const article = await poll(
        'the popup to keep an article',
        async () => (await probe.evaluate(LAST_KEPT_ARTICLE)) as Article | null,
        20_000,
      ).catch(() => null);
      if (!options.keepOpen) {
        await closePanels();
        await page.close();
      }
      return {
        title: article?.title ?? null,
        articleText: article?.textContent ?? null,
        status: null,
        errorCode: article ? null : 'unknown',
        article,
        consoleErrors,
      };
    },
  };
}

/**
 * Firefox: opens the page's real context menu with a right click at (x, y) and chooses the entry labelled
 * `label`. Returns false when the menu has no such entry.
 */
export async function chooseContextMenuItem(
  browser: ExtensionBrowser,
  page: Page,
  x: number,
  y: number,
  label: string,
): Promise<boolean> {
  if (!browser.chromeEval) throw new Error('context menus are driven through Firefox only');
  await page.mouse.click(x, y, { button: 'right' });
  const expression = `(() => {
    const menu = document.getElementById('contentAreaContextMenu');
    const item = [...menu.querySelectorAll('menuitem')].find((i) => !i.hidden && i.label === ${JSON.stringify(label)});
    if (!item) { menu.hidePopup(); return false; }
    menu.activateItem(item);
    return true;
  })()`;
  return poll(
    'the context menu',
    async () =>
      (await browser.chromeEval!(`document.getElementById('contentAreaContextMenu').state`)) === 'open' ? true : null,
    5_000,
  ).then(async () => (await browser.chromeEval!(expression)) as boolean);
}

/** Firefox: accepts the permission prompt an extension raised (permissions.request). */
export async function acceptPermissionPrompt(browser: ExtensionBrowser): Promise<void> {
  await poll(
    'the permission prompt',
    async () =>
      (await browser.chromeEval!(`(() => {
    const notification = PopupNotifications._currentNotifications.find((n) => n.id === 'addon-webext-permissions');
    if (!notification) return false;
    notification.mainAction.callback({});
    notification.remove();
    return true;
  })()`))
        ? true
        : null,
    10_000,
  );
}

/**
 * Clicks a control that closes its own page (the popup closes itself once "Fix this page" has started the
 * picker): the page may be gone before the browser confirms the click, which is the control working.
 */
export async function clickClosing(page: Page, selector: string): Promise<void> {
  await page.click(selector).catch((error: unknown) => {
    if (!/Target closed|Session closed|detached/i.test(String(error))) throw error;
  });
}

/** Opens one of Winnow's pages (e.g. `reader.html?tab=3`) in a new tab and waits until its script ran. */
export async function openExtensionPage(browser: ExtensionBrowser, path: string): Promise<Page> {
  const page = await browser.browser.newPage();
  // Firefox: goto on moz-extension:// never resolves, so start it and poll the page instead.
  page.goto(`${browser.origin}/${path}`).catch(() => undefined);
  await poll(`${path} to load`, async () =>
    (await page.evaluate('document.readyState === "complete" && !!document.querySelector("main")')) ? true : null,
  );
  return page;
}
