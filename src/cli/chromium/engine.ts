/**
 * `winnow clean --engine chromium`: each page is rendered in headless Chromium and cleaned there by the
 * extension's own content-side pipeline (in-page.ts → src/content/pipeline.ts), so external stylesheets,
 * layout and script-hidden blocks count, as in the popup. One browser, a pool of tabs reused page after page.
 *
 * How pages reach the browser:
 *   - a saved file or stdin: the CLI decodes the bytes itself (as the jsdom path does) and every tab request is
 *     intercepted: the page's own address (--url, else its file:// URL) is answered with that text, with the
 *     page's scripts OFF (a Content-Security-Policy of script-src 'none': a saved page's scripts would run a
 *     second time over the DOM they already changed, and reach for the network); files under the page's own
 *     folder (a "Save Page, complete" `page_files/` with its stylesheets and images) are answered from disk;
 *     every other request is aborted, so nothing leaves the machine.
 *   - an http(s) URL: the browser loads it as a reader's browser would, scripts on, and the pipeline runs once
 *     it has loaded (or, past --timeout, on what has loaded by then if the document has arrived).
 *
 * puppeteer-core is imported only here and only when this engine is chosen, so the default jsdom path starts
 * without it.
 */
import type { SiteRule } from '../../core/site-rules/types.js';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { browserCandidates, BROWSER_ENV, findBrowser, INSTALL_HINT } from '../browsers.js';
import { EngineError, InputError } from '../errors.js';
import { IN_PAGE_GLOBAL, inPageScript } from './page-script.js';
import type { InPageOutcome } from './in-page.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A decoded page to render from memory. */
export interface PageText {
  html: string;
  /** The address the page is shown under and reports (--url, the file's file:// URL); null for stdin without --url. */
  url: string | null;
  /** The folder whose files the page may load (its own, for a saved file); null: none. */
  folder: string | null;
}

export interface ChromiumEngine {
  /** Renders decoded text from memory, scripts off, nothing from the network. */
  cleanText(page: PageText): Promise<InPageOutcome>;
  /** Loads a live URL, scripts on; `follow` joins the following pages of a multi-page article. */
  cleanUrl(url: string, follow?: boolean): Promise<InPageOutcome>;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /** Tabs in the pool: pages cleaned at once. */
  tabs: number;
  /** Loading one page (a URL's, or a file's own folder). */
  loadTimeoutMs: number;
  /** Cleaning one page once loaded. */
  cleanTimeoutMs: number;
  /** The reader's fixes for sites (`--settings FILE`), applied as the extension applies them. */
  siteRules?: readonly SiteRule[];
}

/** Where a page given on stdin without --url is shown: a name that can never resolve (RFC 2606). */
const STDIN_URL = 'http://stdin.invalid/';
/** The viewport the real-browser tests and benches use: a laptop's, so layout decides as it would for a reader. */
const VIEWPORT = { width: 1280, height: 800 };
const TYPES: Record<string, string> = {
  '.css': 'text/css',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** Finds Chromium, or says how to get it. */
export function locateChromium(env: Env, exists?: (path: string) => boolean): string {
  const chosen = env[BROWSER_ENV.chrome];
  const path = findBrowser('chrome', env, exists);
  if (chosen && path !== chosen) {
    throw new EngineError(`--engine chromium: ${BROWSER_ENV.chrome} is set to '${chosen}', which does not exist`);
  }
  if (!path) {
    throw new EngineError(
      `--engine chromium: no Chromium found (looked at ${browserCandidates('chrome', env).join(', ')}). ${INSTALL_HINT.chrome}`,
    );
  }
  return path;
}

async function loadPuppeteer(): Promise<typeof import('puppeteer-core')> {
  try {
    return await import('puppeteer-core');
  } catch {
    throw new EngineError('--engine chromium needs the puppeteer-core package: run npm install in the Winnow checkout');
  }
}

export async function startChromium(env: Env, options: ChromiumOptions): Promise<ChromiumEngine> {
  const executablePath = locateChromium(env);
  const [{ default: puppeteer }, script] = await Promise.all([loadPuppeteer(), inPageScript()]);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      defaultViewport: VIEWPORT,
      args: [
        // Chromium refuses to start as root with its sandbox; elsewhere the sandbox stays, since URL inputs run the web's scripts.
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-gpu',
        '--mute-audio',
        // An http --url stays http: the upgrade would change the address a saved page is shown under.
        '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      ],
    });
  } catch (error) {
    throw new EngineError(
      `--engine chromium: ${executablePath} did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
  const tabs = new TabPool(browser, script, options);
  return {
    cleanText: (page) => tabs.run((tab) => tab.cleanText(page)),
    cleanUrl: (url, follow) => tabs.run((tab) => tab.cleanUrl(url, follow)),
    close: async () => {
      await browser.close().catch(() => undefined);
    },
  };
}

/** Idle tabs, reused; one that timed out is closed and replaced, since its page may still be busy. */
class TabPool {
  private readonly idle: Tab[] = [];
  constructor(
    private readonly browser: Browser,
    private readonly script: string,
    private readonly limits: ChromiumOptions,
  ) {}

  async run(job: (tab: Tab) => Promise<InPageOutcome>): Promise<InPageOutcome> {
    if (!this.browser.connected) throw new InputError('Chromium has exited');
    const tab =
      this.idle.pop() ??
      (await Tab.open(this.browser, this.script, this.limits.loadTimeoutMs, this.limits.siteRules ?? []));
    // Loading has its own limit (page.goto's); this one catches a pipeline that never returns.
    const limit = this.limits.loadTimeoutMs + this.limits.cleanTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new InputError(`timed out after ${limit / 1000} s while loading and cleaning`)),
        limit,
      );
    });
    try {
      const outcome = await Promise.race([job(tab), timeout]);
      this.idle.push(tab);
      return outcome;
    } catch (error) {
      void tab.page.close().catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}

type Route = (request: HTTPRequest) => Promise<void>;

class Tab {
  /** How this tab answers requests for the page now loading. */
  private route: Route = (request) => request.abort();

  private constructor(
    readonly page: Page,
    private readonly script: string,
    private readonly timeoutMs: number,
    private readonly siteRules: readonly SiteRule[],
  ) {}

  static async open(browser: Browser, script: string, timeoutMs: number, siteRules: readonly SiteRule[]): Promise<Tab> {
    const page = await browser.newPage();
    const tab = new Tab(page, script, timeoutMs, siteRules);
    await page.setRequestInterception(true);
    // A request the next navigation has already cancelled cannot be answered: nothing to do then.
    page.on('request', (request) => void tab.route(request).catch(() => undefined));
    return tab;
  }

  async cleanText({ html, url, folder }: PageText): Promise<InPageOutcome> {
    const address = url ?? STDIN_URL;
    const own = withoutFragment(address);
    const base = new URL('.', address).href;
    this.route = async (request) => {
      const wanted = withoutFragment(request.url());
      if (wanted === own && request.isNavigationRequest()) {
        return request.respond({
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" },
          body: html,
        });
      }
      const file = folder && request.method() === 'GET' ? inFolder(folder, base, wanted) : null;
      const body = file ? await readFile(file).catch(() => null) : null;
      if (body && file)
        return request.respond({
          status: 200,
          contentType: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          body,
        });
      return request.abort();
    };
    await this.page.goto(address, { waitUntil: 'load', timeout: this.timeoutMs });
    return this.runPipeline(url ?? 'about:blank');
  }

  async cleanUrl(url: string, follow = false): Promise<InPageOutcome> {
    this.route = (request) => request.continue();
    try {
      const response = await this.page.goto(url, { waitUntil: 'load', timeout: this.timeoutMs });
      if (response && response.status() >= 400) {
        throw new InputError(`HTTP ${response.status()}${response.statusText() ? ` ${response.statusText()}` : ''}`);
      }
    } catch (error) {
      if (error instanceof InputError) throw error;
      // A page still fetching an advert at the time limit is cleaned as it stands, as a reader would click then.
      if (!(error instanceof Error && error.name === 'TimeoutError') || !(await this.arrived()))
        throw new InputError(navigationFailure(error));
      await this.page.evaluate('window.stop()');
    }
    return this.runPipeline(this.page.url(), follow);
  }

  /** Whether the document (not only the request) has arrived. */
  private async arrived(): Promise<boolean> {
    const state = await this.page.evaluate('document.readyState').catch(() => 'loading');
    return state !== 'loading' && this.page.url() !== 'about:blank';
  }

  private runPipeline(url: string, follow = false): Promise<InPageOutcome> {
    // The bundle defines its global and the call's value is the expression's: one round trip, nothing left behind
    // for the page to see beyond a global it cannot use (its own scripts are off or have run).
    return this.page.evaluate(
      `${this.script}\n;${IN_PAGE_GLOBAL}.run(${JSON.stringify(url)}, ${follow}, ${JSON.stringify(this.siteRules)})`,
    ) as Promise<InPageOutcome>;
  }
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The file under `folder` a request under `base` names, or null when it points outside the folder. */
function inFolder(folder: string, base: string, url: string): string | null {
  if (!url.startsWith(base)) return null;
  let path: string;
  try {
    path = /^file:/i.test(url)
      ? fileURLToPath(new URL(url))
      : join(folder, decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length)));
  } catch {
    return null;
  }
  const full = resolve(folder, path);
  const inside = relative(folder, full);
  return inside && !inside.startsWith('..') && !inside.startsWith(sep) ? full : null;
}

/** puppeteer's "net::ERR_NAME_NOT_RESOLVED at https://…" → "net::ERR_NAME_NOT_RESOLVED". */
function navigationFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/ at \S+$/, '');
}
