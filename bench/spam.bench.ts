/**
 * `npm run bench -- spam`: what hidden-spam removal costs. On the Zyte pages (bench/data/zyte), the whole
 * pipeline — clean(): verdicts, clone, spam rules, Readability, purify — against Readability alone on the same
 * DOM in the same run (`new Readability(doc.cloneNode(true)).parse()`, its documented use), in Node (jsdom,
 * static verdicts: the CLI's path) and in headless Chromium and Firefox (live verdicts: the content script's path,
 * timed inside the page; each side in its own fresh load of the page, first run and warm run). Goal: at most
 * 1.25× Readability. Figures only, no assertions.
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
import { findBrowser, INSTALL_HINT } from '../src/cli/browsers.js';

const DATA = new URL('./data/zyte/', import.meta.url);
const truth = JSON.parse(readFileSync(new URL('ground-truth.json', DATA), 'utf8')) as Record<string, { url?: string }>;
const pages = readdirSync(new URL('html/', DATA))
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .map((f) => {
    const id = f.replace('.html.gz', '');
    return {
      id,
      url: truth[id]?.url ?? 'https://example.test/',
      html: gunzipSync(readFileSync(new URL(`html/${f}`, DATA))).toString('utf8'),
    };
  });

interface Timing {
  pipeline: number;
  readability: number;
  live?: number;
}

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
  console.log(
    `  ratio (total) ${(p.total / r.total).toFixed(2)}×   ratio (median) ${(p.median / r.median).toFixed(2)}×   goal ≤ 1.25×`,
  );
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
    const runPipeline = () => {
      const t = performance.now();
      clean(doc, { window: win, url });
      return performance.now() - t;
    };
    const runReadability = () => {
      const t = performance.now();
      new Readability(doc.cloneNode(true) as Document).parse();
      return performance.now() - t;
    };
    // Alternate the order so neither side always pays for a cold cache.
    if (i % 2) times.push({ readability: runReadability(), pipeline: runPipeline() });
    else times.push({ pipeline: runPipeline(), readability: runReadability() });
    dom.window.close();
  });
  summary('Node (jsdom, static verdicts)', times);
  if (unparsed) console.log(`  (${unparsed} page(s) skipped: jsdom itself threw while parsing them)`);
}

/** The content script's path in a real browser: Chromium over CDP, Firefox over WebDriver BiDi. */
async function inBrowser(kind: 'chrome' | 'firefox'): Promise<void> {
  const executablePath = findBrowser(kind);
  if (!executablePath) throw new Error(INSTALL_HINT[kind]);
  const name = kind === 'chrome' ? 'Chromium' : 'Firefox';
  // Each side runs twice in a page it has to itself: first as a click would run it (freshly injected code, nothing
  // compiled yet), then again warm. Sharing one page would hand the second side the Readability code the first
  // one compiled.
  const bundle =
    (
      await build({
        stdin: {
          contents: `import { Readability } from '@mozilla/readability'; import { clean } from './src/core/clean.js';
        import { liveVerdicts } from './src/core/visibility/live.js';
        const twice = (run) => { const a = performance.now(); run(); const b = performance.now(); run(); return [b - a, performance.now() - b]; };
        globalThis.__readability = () => twice(() => new Readability(document.cloneNode(true)).parse());
        globalThis.__pipeline = () => {
          const [cold, warm] = twice(() => clean(document, { verdicts: liveVerdicts(document, window), url: location.href, window }));
          const a = performance.now(); liveVerdicts(document, window);
          return [cold, warm, performance.now() - a];
        };`,
          resolveDir: fileURLToPath(new URL('../', import.meta.url)),
          loader: 'ts',
        },
        bundle: true,
        format: 'iife',
        write: false,
        platform: 'browser',
        target: 'es2022',
      })
    ).outputFiles[0]?.text ?? '';
  const byPath = new Map(pages.map((p) => [`/${p.id}.html`, p.html]));
  const server = createServer((req, res) => {
    const html = byPath.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (html === undefined) return void res.writeHead(404).end();
    // Saved with JS off: the pages' own scripts stay off (CSP), the bench's evaluation is not affected.
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" })
      .end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser =
    kind === 'chrome'
      ? await puppeteer.launch({
          executablePath,
          headless: true,
          pipe: true,
          args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        })
      : await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 800 });
    await tab.setRequestInterception(true);
    // A request the next navigation already cancelled cannot be answered (Firefox says so): nothing to do then.
    tab.on('request', (r) => void (r.url().startsWith(origin) ? r.continue() : r.abort()).catch(() => undefined));
    const cold: Timing[] = [];
    const warm: Timing[] = [];
    const load = async (id: string) => {
      await tab.goto(`${origin}/${id}.html`, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      await tab.evaluate(bundle);
    };
    const call = <T>(name: string) =>
      tab.evaluate((n) => (globalThis as unknown as Record<string, () => T>)[n]!(), name);
    for (const [i, p] of pages.entries()) {
      let r: number[] = [];
      let w: number[] = [];
      // Alternate which side runs first, so neither always meets a fresher browser.
      for (const side of i % 2 ? ['readability', 'pipeline'] : ['pipeline', 'readability']) {
        await load(p.id);
        if (side === 'readability') r = await call<number[]>('__readability');
        else w = await call<number[]>('__pipeline');
      }
      cold.push({ pipeline: w[0] ?? 0, readability: r[0] ?? 0, live: w[2] });
      warm.push({ pipeline: w[1] ?? 0, readability: r[1] ?? 0 });
    }
    summary(
      `Headless ${name} (live verdicts, timed in the page), first run in a fresh page — what a click costs`,
      cold,
    );
    const live = cold.reduce((n, t) => n + (t.live ?? 0), 0);
    console.log(
      `  of which liveVerdicts() (warm): ${live.toFixed(1)} ms total (${((100 * live) / warm.reduce((n, t) => n + t.pipeline, 0)).toFixed(0)}% of warm clean())`,
    );
    summary(`Headless ${name}, second run in the same page (code already compiled)`, warm);
  } finally {
    await browser.close();
    server.close();
  }
}

node();
await inBrowser('chrome');
await inBrowser('firefox');
