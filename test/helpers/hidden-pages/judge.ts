/**
 * Three verdicts for every probe of a generated page: the pixel oracle and liveVerdicts in headless Chromium,
 * staticVerdicts in Node on the same HTML through jsdom (the CLI's path). A probe counts as hidden by a set of
 * verdicts when it or an ancestor has a verdict other than `hidden:kept`.
 */
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { build } from 'esbuild';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { staticVerdicts } from '../../../src/core/visibility/static.js';
import { findBrowser, INSTALL_HINT } from '../../../src/cli/browsers.js';
import type { GeneratedPage, Probe } from './generate.js';
import { pixelOracle, readable, type Measure } from './oracle.js';
import { hidingVerdicts } from './judge-page.js';

export interface Judged {
  probe: Probe;
  seed: number;
  /** What a reader sees: true when the pixels show the text. */
  visible: boolean;
  measure: Measure;
  /** The verdict that hides the probe (its own or an ancestor's), `hidden:kept` when it is only kept, or null. */
  live: string | null;
  static: string | null;
  /** liveVerdicts in Firefox on the same page, when the oracle was opened with Firefox beside it. */
  firefox?: string | null;
}

const quiet = new VirtualConsole();

/** staticVerdicts on the page as the CLI reads it. */
export function staticProbeVerdicts(html: string): Record<string, string | null> {
  const dom = new JSDOM(html, { url: 'https://example.test/article', virtualConsole: quiet });
  try {
    return hidingVerdicts(dom.window.document, staticVerdicts(dom.window.document));
  } finally {
    dom.window.close();
  }
}

/** liveVerdicts and hidingVerdicts, bundled for the page (as test/e2e/live-visibility.test.ts bundles the pipeline). */
async function liveBundle(): Promise<string> {
  const built = await build({
    stdin: {
      contents: `import { liveVerdicts } from './src/core/visibility/live.js';
        import { hidingVerdicts } from './test/helpers/hidden-pages/judge-page.js';
        globalThis.__oracleLive = () => hidingVerdicts(document, liveVerdicts(document, window));`,
      resolveDir: fileURLToPath(new URL('../../../', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2022',
  });
  return built.outputFiles[0]?.text ?? '';
}

export interface Oracle {
  judge(page: GeneratedPage): Promise<Judged[]>;
  close(): Promise<void>;
}

/**
 * liveVerdicts in headless Firefox, for the same pages: Firefox lays them out with its own engine, and the
 * pixels Chromium paints stay the oracle (a block hidden by CSS is hidden in both; text rendering differs only in
 * how glyphs are drawn, never in whether they are).
 */
async function openFirefoxLive(
  bundle: string,
): Promise<{ verdicts(html: string): Promise<Record<string, string | null>>; close(): Promise<void> }> {
  const executablePath = findBrowser('firefox');
  if (!executablePath) throw new Error(`No Firefox found. ${INSTALL_HINT.firefox}`);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  return {
    async verdicts(html) {
      await tab.setContent(html, { waitUntil: 'load' });
      await tab.evaluate(() => document.fonts.ready.then(() => undefined));
      if (!(await tab.evaluate(() => '__oracleLive' in globalThis))) await tab.evaluate(bundle);
      return tab.evaluate(() =>
        (globalThis as unknown as { __oracleLive: () => Record<string, string | null> }).__oracleLive(),
      );
    },
    close: () => browser.close(),
  };
}

/**
 * Headless Chromium (launched as test/e2e/live-visibility.test.ts launches it), one tab reused page after page;
 * with `firefox`, liveVerdicts in headless Firefox beside it.
 */
export async function openOracle(options: { firefox?: boolean } = {}): Promise<Oracle> {
  const executablePath = findBrowser('chrome');
  if (!executablePath) throw new Error(`No Chromium found. ${INSTALL_HINT.chrome}`);
  const bundle = await liveBundle();
  const firefox = options.firefox ? await openFirefoxLive(bundle) : null;
  const browser: Browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--hide-scrollbars',
    ],
  });
  const tab: Page = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  // Generated pages name nothing on the network; anything but data: URLs fails at once.
  await tab.setRequestInterception(true);
  tab.on('request', (r) => void (r.url().startsWith('data:') ? r.continue() : r.abort()).catch(() => undefined));
  const cdp: CDPSession = await tab.createCDPSession();
  return {
    async judge(page) {
      // The browser lays the page out while Node runs the static path: two processes, two cores.
      const inBrowser = browserSide(page);
      const inFirefox = firefox?.verdicts(page.html);
      const stat = staticProbeVerdicts(page.html);
      const { live, pixels } = await inBrowser;
      const fox = await inFirefox;
      return page.probes.map((probe) => {
        const measure = pixels.get(probe.id)!;
        const row: Judged = {
          probe,
          seed: page.seed,
          visible: readable(measure),
          measure,
          live: live[probe.id] ?? null,
          static: stat[probe.id] ?? null,
        };
        if (fox) row.firefox = fox[probe.id] ?? null;
        return row;
      });
    },
    close: async () => {
      await firefox?.close();
      await browser.close();
    },
  };

  /** Live verdicts, then the pixels (which add the off style to the page). */
  async function browserSide(page: GeneratedPage) {
    await tab.setContent(page.html, { waitUntil: 'load' });
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    if (!(await tab.evaluate(() => '__oracleLive' in globalThis))) await tab.evaluate(bundle);
    const live = await tab.evaluate(() =>
      (globalThis as unknown as { __oracleLive: () => Record<string, string | null> }).__oracleLive(),
    );
    const ids = page.probes.map((p) => p.id);
    const pixels = await pixelOracle(tab, cdp, ids);
    return { live, pixels };
  }
}
