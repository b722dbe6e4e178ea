/**
 * Click-to-article time over the Zyte pages (issues 5 and 15), and the cost of Winnow's page-side pipeline against
 * Readability alone in the same pages (issue 3). Prints figures; no assertions.
 *   npm run bench -- click        WINNOW_BENCH_PAGES=40 for a quicker subset, WINNOW_BENCH_BROWSERS=chrome for one browser
 * Requests leaving 127.0.0.1 are aborted: the saved pages point at hosts this machine cannot reach, and the
 * browser would otherwise wait on each of them.
 *
 * Chromium (real toolbar clicks, Winnow's button pinned to the toolbar as a reader who uses it keeps it):
 * - click → frame / article: from the click to the popup's first paint and to the article on screen (performance
 *   marks in the popup, on the same clock as the click); "article after frame" is the wait the reader sees.
 * - the peer, Reader View (rNeomy's MV3 extension, MPL-2.0), installed beside Winnow in the same browser and
 *   clicked on the same pages, alternating with Winnow: click → its first article paragraph visible in its reader
 *   page (a frame callback in that page, from the moment its article stops being transparent). It is loaded
 *   from ../shared/peers/reader-view/v3 beside the repository, never copied in; without it the bench says so.
 * - unpinned: the same click on a few pages with the button left in the extensions menu (or by the keyboard
 *   command), where Chromium pops the button out into the toolbar and opens the popup only after that animation.
 * - in-page: Winnow's content script (live visibility + spam rules + Readability + purify) vs Readability
 *   alone on a clone of the same document, each injected as a page script and timed inside the page.
 * Firefox (the toolbar button clicked from the browser chrome): the popup cannot be read over WebDriver BiDi,
 * but an extension page of Winnow's can reach it (`extension.getViews`), so the same marks are read there; the
 * click time comes from the privileged click itself. What Firefox headless cannot give: a real paint (the marks
 * are taken when the DOM is in place, as in Chromium, but nothing proves a frame was drawn), and the peer:
 * Reader View's v3 folder is Chromium-only (a service worker without `background.scripts`). Firefox also clicks a
 * few pages after a 35 s pause each, its background page suspended (`WINNOW_BENCH_PAUSED=n` pages, 4 by default).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pageWorldScript, readabilityAloneScript, winnowContentScript } from './lib/in-page.js';
import { MARKS, newStages, noteStages, stageLine, type Marks, type Stage } from './lib/stage-marks.js';
import { clickInFirefox } from './lib/firefox-click.js';
import type { Page } from 'puppeteer-core';
import { DIST, availableBrowsers, keepLocal, launch, serve, type ExtensionBrowser } from '../test/e2e/harness.js';

const dir = new URL('./data/zyte/html/', import.meta.url);
const limit = Number(process.env.WINNOW_BENCH_PAGES ?? Infinity);
const kinds = availableBrowsers().filter(
  (k) => !process.env.WINNOW_BENCH_BROWSERS || process.env.WINNOW_BENCH_BROWSERS.split(',').includes(k),
);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .slice(0, limit);
const routes = Object.fromEntries(
  files.map((f) => [`/${f.replace('.gz', '')}`, gunzipSync(readFileSync(new URL(f, dir))).toString('utf8')]),
);
const server = await serve(routes);
/** The peer beside the repository: ../shared/peers/reader-view (its MV3 folder). */
const PEER = resolve(import.meta.dirname, '../../shared/peers/reader-view/v3');

const readabilityAlone = await readabilityAloneScript();
const winnowContent = winnowContentScript(DIST, 'chrome');
const winnowPageWorld = pageWorldScript(DIST, 'chrome');
const firefoxPageWorld = pageWorldScript(DIST, 'firefox');

const timeInPage = (page: Page, setup: string, call: string) =>
  page.evaluate(`(async () => { ${setup}
  const t0 = performance.now(); const r = await (${call}); return { ms: performance.now() - t0, ok: !!r }; })()`) as Promise<{
    ms: number;
    ok: boolean;
  }>;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
/** The page-world script's live half, timed in a page freshly loaded (`script`: the built page-world.js). */
const liveHalfMs = async (page: Page, script: string) =>
  (await timeInPage(page, script, "__winnow_page_world.run().kind === 'prepared'")).ms;
/** The live half against Readability alone, with item 3's goals. */
const liveRatio = (f: { live: number[]; alone: number[] }) =>
  `the live half, which is what a click runs in the page: median ${(pct(f.live, 0.5) / pct(f.alone, 0.5)).toFixed(2)}× ` +
  `(goal ≤ 2×), p95 ${pct(f.live, 0.95).toFixed(0)} ms (goal ≤ 60 ms)`;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const row = (label: string, xs: number[]) =>
  console.log(
    `${label.padEnd(48)} median ${pct(xs, 0.5).toFixed(0).padStart(5)} ms   p95 ${pct(xs, 0.95).toFixed(0).padStart(5)} ms   (${xs.length})`,
  );
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Evaluated in every document of the peer's tab: once Reader View's own page shows its article (the iframe stops
 * being transparent when body[data-loaded=true]) with a paragraph laid out, note the time, in a frame callback.
 */
const PEER_WATCH = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const visible = () => {
    if (document.body?.dataset.loaded !== 'true') return false;
    const doc = document.querySelector('iframe')?.contentDocument;
    return !!doc && [...doc.querySelectorAll('p')].some((p) => p.textContent.trim() !== '' && p.getBoundingClientRect().height > 0);
  };
  const tick = () => { if (visible()) window.__peerShown = performance.timeOrigin + performance.now(); else requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;

interface ChromeFigures {
  frame: number[];
  article: number[];
  wait: number[];
  peer: number[];
  pairs: Array<[number, number]>;
  alone: number[];
  winnow: number[];
  /** The page-world script alone (the live half). */
  live: number[];
  none: number;
  peerNone: number;
  stages: Record<Stage, number[]>;
}

async function peerClick(browser: ExtensionBrowser, peerId: string, url: string): Promise<number | null> {
  const extension = (await browser.browser.extensions()).get(peerId)!;
  const page = await browser.browser.newPage();
  try {
    // As keepLocal, but Reader View's own page must load its scripts and styles (chrome-extension://).
    await keepLocal(page, /^chrome-extension:/);
    await page.evaluateOnNewDocument(PEER_WATCH);
    await page.goto(url, { waitUntil: 'load' });
    const clickedAt = Date.now();
    await page.triggerExtensionAction(extension);
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      const shown = (await page.evaluate('window.__peerShown ?? null').catch(() => null)) as number | null;
      if (shown) return shown - clickedAt;
      await sleep(25);
    }
    return null;
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function chromium(): Promise<ChromeFigures> {
  const f: ChromeFigures = {
    frame: [],
    article: [],
    wait: [],
    peer: [],
    pairs: [],
    alone: [],
    winnow: [],
    live: [],
    none: 0,
    peerNone: 0,
    stages: newStages(),
  };
  const peerHere = existsSync(resolve(PEER, 'manifest.json'));
  if (!peerHere)
    console.log(`Reader View not found beside the repository (../shared/peers/reader-view/v3): the peer is skipped.`);
  let browser: ExtensionBrowser = await launch('chrome');
  const installPeer = async () => (peerHere ? browser.browser.installExtension(PEER) : null);
  let peerId = await installPeer();
  for (const path of Object.keys(routes)) {
    const url = server.url(path);
    try {
      let marks: Marks | undefined;
      let clickedAt = 0;
      const shown = await browser.clickOn(url, {
        localOnly: true,
        beforeClick: () => {
          clickedAt = Date.now();
        },
        inPopup: async (popup) => {
          marks = (await popup.evaluate(MARKS)) as Marks;
        },
      });
      let winnowMs: number | null = null;
      if (shown.article && marks) {
        f.frame.push(marks.frame - clickedAt);
        f.article.push((winnowMs = marks.article - clickedAt));
        f.wait.push(marks.article - marks.frame);
        noteStages(f.stages, marks, clickedAt);
      } else {
        f.none++;
        console.log(
          `  ${path.slice(1, 13)}…: Winnow showed no article (${shown.errorCode ?? ''}: ${shown.status ?? ''})`,
        );
      }
      if (peerId) {
        const peerMs = await peerClick(browser, peerId, url);
        if (peerMs === null) f.peerNone++;
        else {
          f.peer.push(peerMs);
          if (winnowMs !== null) f.pairs.push([winnowMs, peerMs]);
        }
      }

      const page = await browser.browser.newPage();
      await keepLocal(page);
      await page.goto(url, { waitUntil: 'load' });
      f.alone.push((await timeInPage(page, readabilityAlone, '__alone()')).ms);
      f.winnow.push(
        (await timeInPage(page, winnowContent, 'Promise.resolve(__winnow_content.run()).then((r) => r.ok)')).ms,
      );
      // The live half alone, what a click costs the page now (the extraction runs in the extension): a fresh load,
      // so the layout the whole clean above left warm does not flatter it.
      await page.goto(url, { waitUntil: 'load' });
      f.live.push(await liveHalfMs(page, winnowPageWorld));
      await page.close();
    } catch (error) {
      console.log(`  ${path.slice(1, 13)}…: ${String(error).split('\n')[0]}`);
      if (!browser.browser.connected) {
        browser = await launch('chrome');
        peerId = await installPeer();
      }
    }
  }
  await browser.close();
  return f;
}

/** Chromium with Winnow's button not pinned: click → frame and → article on the first `pages` pages. */
async function unpinned(pages: number): Promise<{ frame: number[]; article: number[] }> {
  const f = { frame: [] as number[], article: [] as number[] };
  const browser = await launch('chrome', { pinned: false });
  for (const path of Object.keys(routes).slice(0, pages)) {
    let marks: Marks | undefined;
    let clickedAt = 0;
    const shown = await browser
      .clickOn(server.url(path), {
        localOnly: true,
        beforeClick: () => void (clickedAt = Date.now()),
        inPopup: async (popup) => void (marks = (await popup.evaluate(MARKS)) as Marks),
      })
      .catch(() => null);
    if (shown?.article && marks) {
      f.frame.push(marks.frame - clickedAt);
      f.article.push(marks.article - clickedAt);
    }
  }
  await browser.close();
  return f;
}

/** Firefox: click from the browser chrome, then read the popup's marks from an extension page (getViews). */
async function firefox(): Promise<{
  frame: number[];
  article: number[];
  wait: number[];
  none: number;
  stages: Record<Stage, number[]>;
  alone: number[];
  live: number[];
}> {
  const f = {
    frame: [] as number[],
    article: [] as number[],
    wait: [] as number[],
    none: 0,
    stages: newStages(),
    alone: [] as number[],
    live: [] as number[],
  };
  const browser = await launch('firefox');
  for (const path of Object.keys(routes)) {
    try {
      const { clickedAt, marks } = await clickInFirefox(browser, server.url(path));
      if (marks && Number.isFinite(marks.article)) {
        f.frame.push(marks.frame - clickedAt);
        f.article.push(marks.article - clickedAt);
        f.wait.push(marks.article - marks.frame);
        noteStages(f.stages, marks, clickedAt);
      } else f.none++;
      // In page, as in Chromium: Readability alone, then the live half in a fresh load of the same page.
      const page = await browser.browser.newPage();
      try {
        await keepLocal(page);
        await page.goto(server.url(path), { waitUntil: 'load' });
        f.alone.push((await timeInPage(page, readabilityAlone, '__alone()')).ms);
        await page.goto(server.url(path), { waitUntil: 'load' });
        f.live.push(await liveHalfMs(page, firefoxPageWorld));
      } finally {
        await page.close().catch(() => undefined);
      }
    } catch (error) {
      f.none++;
      console.log(`  ${path.slice(1, 13)}…: ${String(error).split('\n')[0]}`);
    }
  }
  await browser.close();
  return f;
}

/** Pages clicked after a pause in Firefox; `WINNOW_BENCH_PAUSED=0` skips the row. */
const PAUSED = Math.min(files.length - 1, Number(process.env.WINNOW_BENCH_PAUSED ?? 4));
/** Firefox suspends an idle background page after 30 s (`extensions.background.idle.timeout`). */
const FIREFOX_PAUSE_MS = 35_000;

/**
 * Firefox: a click after a pause, as a reader clicks after reading a while. The background page has been
 * suspended, and the extractor module it had imported with it. The browser is warmed by one click first; then each
 * page is clicked once, each after a real wait past the idle timeout.
 *
 * Not in Chromium: its service worker stays alive while a debugger is attached, as the harness's is, and a worker
 * stopped over the protocol (ServiceWorker.stopWorker) and woken by a click stays "starting" under the harness —
 * no popup and no reader tab — so the figure would be the harness's. The offscreen document, the part that is
 * costly to start, outlives the worker in any case.
 */
async function firefoxAfterPause(): Promise<{ article: number[]; wait: number[] }> {
  const f = { article: [] as number[], wait: [] as number[] };
  const browser = await launch('firefox');
  const paths = Object.keys(routes);
  try {
    await clickInFirefox(browser, server.url(paths[0]!));
    for (const path of paths.slice(1, 1 + PAUSED)) {
      await sleep(FIREFOX_PAUSE_MS);
      const { marks, clickedAt } = await clickInFirefox(browser, server.url(path));
      if (marks && Number.isFinite(marks.article)) {
        f.article.push(marks.article - clickedAt);
        f.wait.push(marks.article - marks.frame);
      } else console.log(`  after a pause, ${path.slice(1, 13)}…: no article shown`);
    }
  } finally {
    await browser.close();
  }
  return f;
}

/**
 * The first click after the browser started: everything is cold, the extractor document (or Firefox's module) too,
 * which later clicks find warm. Printed apart too (the medians count it as one page among the rest).
 */
const firstClick = (f: { article: number[]; wait: number[] }) =>
  console.log(
    `  first click after the browser started (all cold, the extractor too): click → article ${f.article[0]?.toFixed(0) ?? '–'} ms, ` +
      `${f.wait[0]?.toFixed(0) ?? '–'} ms after the frame`,
  );

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
console.log(`Zyte pages: ${files.length}; load average before: ${load()}`);
if (kinds.includes('chrome')) {
  const f = await chromium();
  console.log(`\nheadless Chromium (article shown: ${f.article.length}, none: ${f.none}; load average now ${load()})`);
  row('Winnow: click → popup frame painted', f.frame);
  row('Winnow: click → article on screen', f.article);
  row("Winnow: article after the popup's frame", f.wait);
  firstClick(f);
  console.log('  goal: article ≤ 60 ms after the frame at the median, ≤ 100 ms at p95');
  stageLine(f.stages);
  if (f.peer.length) {
    row('Reader View: click → first paragraph visible', f.peer);
    const both = { winnow: f.pairs.map(([w]) => w), peer: f.pairs.map(([, p]) => p) };
    console.log(
      `Winnow / Reader View on the ${f.pairs.length} pages both showed: median ${(pct(both.winnow, 0.5) / pct(both.peer, 0.5)).toFixed(2)}×, ` +
        `p95 ${(pct(both.winnow, 0.95) / pct(both.peer, 0.95)).toFixed(2)}× (goal: median ≤ 0.8×, p95 ≤ 1×)${f.peerNone ? `; Reader View showed nothing on ${f.peerNone}` : ''}`,
    );
  }
  const u = await unpinned(Math.min(10, files.length));
  row('unpinned (extensions menu): click → frame', u.frame);
  row('unpinned (extensions menu): click → article', u.article);
  row('in page: Readability alone (clone + parse)', f.alone);
  row('in page: Winnow content script (whole pipeline)', f.winnow);
  row('in page: Winnow page-world script (live half)', f.live);
  console.log(
    `in-page ratio Winnow / Readability alone: median ${(pct(f.winnow, 0.5) / pct(f.alone, 0.5)).toFixed(2)}×, total ${(sum(f.winnow) / sum(f.alone)).toFixed(2)}×; ` +
      liveRatio(f),
  );
}
if (kinds.includes('firefox')) {
  const f = await firefox();
  console.log(`\nheadless Firefox (article shown: ${f.article.length}, none: ${f.none}; load average now ${load()})`);
  row('Winnow: click → popup frame painted', f.frame);
  row('Winnow: click → article on screen', f.article);
  row("Winnow: article after the popup's frame", f.wait);
  firstClick(f);
  row('in page: Readability alone (clone + parse)', f.alone);
  row('in page: Winnow page-world script (live half)', f.live);
  console.log(`in-page ratio over Readability alone: ${liveRatio(f)}`);
  if (PAUSED > 0) {
    const paused = await firefoxAfterPause();
    row('after a 35 s pause: click → article', paused.article);
    row('after a 35 s pause: article after the frame', paused.wait);
  }
  stageLine(f.stages);
}
await server.close();
