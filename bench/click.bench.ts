/**
 * Click-to-article time in headless Chromium over the Zyte pages (issue 5), and the cost of Winnow's page-side
 * pipeline against Readability alone in the same pages (issue 3). Prints figures; no assertions.
 *   npm run bench -- click        WINNOW_BENCH_PAGES=40 for a quicker subset
 * Requests leaving 127.0.0.1 are aborted: the saved pages point at hosts this machine cannot reach, and the
 * browser would otherwise wait on each of them.
 *
 * - click → frame / article: from the real toolbar click to the popup's first paint and to the article on
 *   screen (performance marks in the popup, on the same clock as the click).
 * - in-page: Winnow's content script (live visibility + spam rules + Readability + purify) vs Readability
 *   alone on a clone of the same document, each injected as a page script and timed inside the page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';
import { DIST, keepLocal, launch, serve, type ExtensionBrowser } from '../test/e2e/harness.js';

const dir = new URL('./data/zyte/html/', import.meta.url);
const limit = Number(process.env.WINNOW_BENCH_PAGES ?? Infinity);
const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().slice(0, limit);
const routes = Object.fromEntries(files.map((f) => [`/${f.replace('.gz', '')}`, gunzipSync(readFileSync(new URL(f, dir))).toString('utf8')]));
const server = await serve(routes);

const readabilityAlone = (await build({
  stdin: { contents: "import { Readability } from '@mozilla/readability'; globalThis.__alone = () => new Readability(document.cloneNode(true)).parse();", resolveDir: process.cwd() },
  bundle: true, format: 'iife', write: false, minify: true,
})).outputFiles[0]!.text;
// The built content script, without the footer that runs it, so the run can be timed like the other.
const winnowContent = readFileSync(`${DIST}/chrome/content.js`, 'utf8').replace(/__winnow_content\.run\(\);\s*$/, '');

const timeInPage = (page: Page, setup: string, call: string) => page.evaluate(`(() => { ${setup}
  const t0 = performance.now(); const r = ${call}; return { ms: performance.now() - t0, ok: !!r }; })()`) as Promise<{ ms: number; ok: boolean }>;

let browser: ExtensionBrowser = await launch('chrome');
const toFrame: number[] = [];
const toArticle: number[] = [];
const inWinnow: number[] = [];
const inAlone: number[] = [];
let noArticle = 0;
for (const path of Object.keys(routes)) {
  const url = server.url(path);
  try {
    let marks: { frame: number; article: number; origin: number } | undefined;
    let clickedAt = 0;
    const shown = await browser.clickOn(url, {
      localOnly: true,
      beforeClick: () => { clickedAt = Date.now(); },
      inPopup: async (popup) => {
        marks = await popup.evaluate(`({ origin: performance.timeOrigin,
          frame: performance.getEntriesByName('winnow:frame')[0]?.startTime ?? NaN,
          article: performance.getEntriesByName('winnow:article')[0]?.startTime ?? NaN })`) as typeof marks;
      },
    });
    if (shown.article && marks) {
      toFrame.push(marks.origin + marks.frame - clickedAt);
      toArticle.push(marks.origin + marks.article - clickedAt);
    } else noArticle++;

    const page = await browser.browser.newPage();
    await keepLocal(page);
    await page.goto(url, { waitUntil: 'load' });
    inAlone.push((await timeInPage(page, readabilityAlone, '__alone()')).ms);
    inWinnow.push((await timeInPage(page, winnowContent, '__winnow_content.run().ok')).ms);
    await page.close();
  } catch (error) {
    console.log(`  ${path.slice(1, 13)}…: ${String(error).split('\n')[0]}`);
    if (!browser.browser.connected) browser = await launch('chrome');
  }
}
await browser.close();
await server.close();

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN; };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const row = (label: string, xs: number[]) => console.log(`${label.padEnd(44)} median ${pct(xs, 0.5).toFixed(0).padStart(5)} ms   p95 ${pct(xs, 0.95).toFixed(0).padStart(5)} ms`);
console.log(`Zyte pages in headless Chromium: ${files.length} (article shown: ${toArticle.length}, none: ${noArticle})`);
row('click → popup frame painted', toFrame);
row('click → article on screen', toArticle);
row('in page: Readability alone (clone + parse)', inAlone);
row('in page: Winnow content script (whole pipeline)', inWinnow);
console.log(`in-page ratio Winnow / Readability alone: median ${(pct(inWinnow, 0.5) / pct(inAlone, 0.5)).toFixed(2)}×, total ${(sum(inWinnow) / sum(inAlone)).toFixed(2)}×`);
console.log(`click → article / Readability alone in page: median ${(pct(toArticle, 0.5) / pct(inAlone, 0.5)).toFixed(1)}× (the popup's own start-up dominates)`);
