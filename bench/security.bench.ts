/**
 * Security and robustness figures (issue 8), no assertions: payloads tried and inert in Node, fuzz cases run,
 * and time and peak memory on the largest page — a generated 20 MB / 100,000-element page through clean() in
 * Node (jsdom), and through the content script in headless Chromium (toolbar click to answer).
 */
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { purify } from '../src/core/purify.js';
import { clean } from '../src/core/clean.js';
import { articlePage } from '../test/unit/security/article.js';
import { activeContent } from '../test/unit/security/check.js';
import { fill, NODE_MARK, NODE_ORIGIN, PAYLOADS } from '../test/unit/security/payloads.js';
import { tree } from '../test/unit/security/fuzz-trees.js';
import { largePage } from '../test/fixtures/security/generate.js';
import { availableBrowsers, launch, serve } from '../test/e2e/harness.js';

const { window } = new JSDOM('<!doctype html><body>');
/** As test/helpers/dom.ts, with jsdom's "Could not parse CSS stylesheet" noise (hostile <style>) kept off the figures. */
const cleanHtml = (html: string) => {
  const dom = new JSDOM(html, { url: 'https://example.test/article', virtualConsole: new VirtualConsole() });
  return clean(dom.window.document, { window: dom.window as unknown as Window });
};
const win = window as unknown as Window;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// Payloads: alone through purify, and inside an article through the pipeline.
let alone = 0;
let inArticle = 0;
for (const payload of PAYLOADS) {
  const html = fill(payload, NODE_MARK, NODE_ORIGIN);
  if (activeContent(purify(html, win), window.document).length === 0) alone++;
  const article = cleanHtml(articlePage(`Payload ${payload.id}`, [html]));
  if (article && activeContent(article.content, window.document).length === 0) inArticle++;
}
console.log(
  `payloads (Node): ${PAYLOADS.length} tried · inert through purify ${alone}/${PAYLOADS.length} · inert through the pipeline ${inArticle}/${PAYLOADS.length}`,
);

// Fuzzing: random trees through purify and through the pipeline, counting cases and active outputs.
const fuzz = (runs: number, pipeline: boolean) => {
  let cases = 0;
  let active = 0;
  let threw = 0;
  fc.assert(
    fc.property(fc.array(tree, { minLength: 1, maxLength: pipeline ? 8 : 6 }), (parts) => {
      cases++;
      try {
        const out = pipeline ? (cleanHtml(articlePage('Fuzz', parts))?.content ?? '') : purify(parts.join(''), win);
        if (activeContent(out, window.document).length) active++;
      } catch {
        threw++;
      }
    }),
    { numRuns: runs, seed: 42 },
  );
  return `${cases} cases, ${active} active, ${threw} threw`;
};
let started = performance.now();
console.log(`fuzz purify: ${fuzz(3000, false)} (${s(performance.now() - started)})`);
started = performance.now();
console.log(`fuzz pipeline: ${fuzz(300, true)} (${s(performance.now() - started)})`);

// The largest page in Node.
const big = largePage(100_000, 20);
const elements = (big.match(/<[a-z]/g) ?? []).length;
const rssBefore = process.memoryUsage().rss;
started = performance.now();
const article = cleanHtml(big);
const nodeMs = performance.now() - started;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  `largest page (Node, jsdom): ${mb(big.length)} / ${elements.toLocaleString('en')} elements → ${article ? `${article.length.toLocaleString('en')} chars of article` : 'no article'} in ${s(nodeMs)}; peak RSS ${mb(peak)} (${mb(rssBefore)} before)`,
);

// The same page, and a 100,000-element page small enough to clean, through the toolbar in headless Chromium.
if (availableBrowsers().includes('chrome')) {
  const server = await serve({ '/huge.html': big, '/many.html': largePage(100_000, 1.5) });
  const browser = await launch('chrome');
  for (const [path, label] of [
    ['/huge.html', '20 MB / 100,000 elements'],
    ['/many.html', '1.5 MB / 100,000 elements'],
  ] as const) {
    let clicked = 0;
    const shown = await browser.clickOn(server.url(path), {
      keepOpen: true,
      beforeClick: () => {
        clicked = performance.now();
      },
    });
    const ms = performance.now() - clicked;
    const tab = (await browser.browser.pages()).find((p) => p.url().endsWith(path));
    const metrics = tab ? await tab.metrics() : null;
    console.log(
      `largest page (Chromium, ${label}): click → ${shown.errorCode ? `"${shown.status}"` : `${shown.article?.length.toLocaleString('en')} chars of article`} in ${s(ms)}; ` +
        `page JS heap after ${metrics?.JSHeapUsedSize ? mb(metrics.JSHeapUsedSize) : '?'} (of ${metrics?.JSHeapTotalSize ? mb(metrics.JSHeapTotalSize) : '?'})`,
    );
    for (const p of await browser.browser.pages())
      if (p.url().startsWith('http') || p.url().includes('/popup.html')) await p.close().catch(() => undefined);
  }
  await browser.close();
  await server.close();
} else {
  console.log('largest page (Chromium): no Chromium found');
}
