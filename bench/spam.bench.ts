/**
 * `npm run bench -- spam`: what hidden-spam removal costs. On the Zyte pages (bench/data/zyte), the whole
 * pipeline — clean(): verdicts, clone, spam rules, Readability, purify — against Readability alone on the same
 * DOM in the same run (`new Readability(doc.cloneNode(true)).parse()`, its documented use), in Node (jsdom,
 * static verdicts: the CLI's path) and in headless Chromium (live verdicts: the content script's path, timed
 * inside the page). Goal: at most 1.25× Readability. Figures only, no assertions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { clean } from '../src/core/clean.js';
import { findBrowser, INSTALL_HINT } from '../test/e2e/browsers.mjs';

const DATA = new URL('./data/zyte/', import.meta.url);
const truth = JSON.parse(readFileSync(new URL('ground-truth.json', DATA), 'utf8')) as Record<string, { url?: string }>;
const pages = readdirSync(new URL('html/', DATA)).filter((f) => f.endsWith('.html.gz')).sort().map((f) => {
  const id = f.replace('.html.gz', '');
  return { id, url: truth[id]?.url ?? 'https://example.test/', html: gunzipSync(readFileSync(new URL(`html/${f}`, DATA))).toString('utf8') };
});

interface Timing { pipeline: number; readability: number; live?: number }

function summary(label: string, times: Timing[]): void {
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
    return { total: s.reduce((a, b) => a + b, 0), median: at(0.5), p95: at(0.95) };
  };
  const p = stat(times.map((t) => t.pipeline));
  const r = stat(times.map((t) => t.readability));
  const f = (n: number) => n.toFixed(1).padStart(8);
  console.log(`\n${label} — ${times.length} pages (ms)`);
  console.log(`                       total   median      p95`);
  console.log(`  Winnow clean()   ${f(p.total)} ${f(p.median)} ${f(p.p95)}`);
  console.log(`  Readability      ${f(r.total)} ${f(r.median)} ${f(r.p95)}`);
  console.log(`  ratio (total) ${(p.total / r.total).toFixed(2)}×   ratio (median) ${(p.median / r.median).toFixed(2)}×   goal ≤ 1.25×`);
}

function node(): void {
  const quiet = new VirtualConsole(); // pages' broken CSS must not flood the figures
  const times: Timing[] = [];
  let unparsed = 0;
  pages.forEach(({ html, url }, i) => {
    let dom: JSDOM;
    try {
      dom = new JSDOM(html, { url, virtualConsole: quiet });
    } catch {
      unparsed++; // jsdom 29's CSS parser throws on a few pages' <style> (css-tree); neither side can run there
      return;
    }
    const doc = dom.window.document;
    const win = dom.window as unknown as Window;
    const runPipeline = () => { const t = performance.now(); clean(doc, { window: win, url }); return performance.now() - t; };
    const runReadability = () => { const t = performance.now(); new Readability(doc.cloneNode(true) as Document).parse(); return performance.now() - t; };
    // Alternate the order so neither side always pays for a cold cache.
    if (i % 2) times.push({ readability: runReadability(), pipeline: runPipeline() });
    else times.push({ pipeline: runPipeline(), readability: runReadability() });
    dom.window.close();
  });
  summary('Node (jsdom, static verdicts)', times);
  if (unparsed) console.log(`  (${unparsed} page(s) skipped: jsdom itself threw while parsing them)`);
}

async function chromium(): Promise<void> {
  const executablePath = findBrowser('chrome');
  if (!executablePath) throw new Error(INSTALL_HINT.chrome);
  const bundle = (await build({
    stdin: {
      contents: `import { Readability } from '@mozilla/readability'; import { clean } from './src/core/clean.js';
        import { liveVerdicts } from './src/core/visibility/live.js';
        globalThis.__bench = () => {
          const a = performance.now(); clean(document, { verdicts: liveVerdicts(document, window), url: location.href, window });
          const b = performance.now(); new Readability(document.cloneNode(true)).parse(); const c = performance.now();
          const d = performance.now(); new Readability(document.cloneNode(true)).parse(); const e = performance.now();
          clean(document, { verdicts: liveVerdicts(document, window), url: location.href, window }); const f = performance.now();
          const g = performance.now(); liveVerdicts(document, window); const h = performance.now();
          return { pipeline: (b - a + f - e) / 2, readability: (c - b + e - d) / 2, live: h - g };
        };`,
      resolveDir: fileURLToPath(new URL('../', import.meta.url)), loader: 'ts',
    },
    bundle: true, format: 'iife', write: false, platform: 'browser', target: 'es2022',
  })).outputFiles[0]?.text ?? '';
  const byPath = new Map(pages.map((p) => [`/${p.id}.html`, p.html]));
  const server = createServer((req, res) => {
    const html = byPath.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (html === undefined) return void res.writeHead(404).end();
    // Saved with JS off: the pages' own scripts stay off (CSP), the bench's evaluation is not affected.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await puppeteer.launch({ executablePath, headless: true, pipe: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 800 });
    await tab.setRequestInterception(true);
    tab.on('request', (r) => (r.url().startsWith(origin) ? r.continue() : r.abort()));
    const times: Timing[] = [];
    for (const p of pages) {
      await tab.goto(`${origin}/${p.id}.html`, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      await tab.evaluate(bundle);
      times.push(await tab.evaluate(() => (globalThis as unknown as { __bench: () => Timing }).__bench()));
    }
    summary('Headless Chromium (live verdicts, timed in the page)', times);
    const live = times.reduce((n, t) => n + (t.live ?? 0), 0);
    console.log(`  of which liveVerdicts(): ${live.toFixed(1)} ms total (${((100 * live) / times.reduce((n, t) => n + t.pipeline, 0)).toFixed(0)}% of clean())`);
  } finally {
    await browser.close();
    server.close();
  }
}

node();
await chromium();
