/**
 * `npm run bench -- profile`: where a click's in-page time goes, by source module — the figure the stages bench
 * cannot give, since most of a cold clean is first-run work (regular expressions compiled, code tiered up) spread
 * over many files. The cleaner's script (src/content/page-world.ts, bundled as build.mjs bundles it but not minified,
 * so esbuild's `// src/…` markers map each line to its module) is loaded and run once on fresh loads of Zyte pages
 * in headless Chromium under the DevTools sampling profiler (50 µs). Self time is summed by the module whose code was
 * running — a regular expression's compile and run count for the module that called it — and printed per page for
 * the load (parse and set-up) and the clean. Chromium only: Firefox has no such profiler over its remote protocol.
 * Figures only, no assertions.
 *
 *   WINNOW_BENCH_PAGES=n          Zyte pages to sample (default 20)
 *   WINNOW_BENCH_PROFILE=page.html  a page of your own instead (a slow one), profiled as the Zyte pages are
 *   WINNOW_BENCH_BY=function        self time by function of a module rather than by module
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../src/cli/browsers.js';
import { serve } from '../test/e2e/harness.js';
import { cleanerScript } from './lib/cleaner-script.js';
import { zytePages } from './lib/zyte.js';

const cleaner = await cleanerScript({
  minify: false,
  footer: 'globalThis.__winnowPageWorld = __winnowPageWorld;',
});

/** The module each line of the bundle belongs to; a package's lines count for the package. */
const moduleOfLine: string[] = [];
let current = "(the bundle's top level: its wrapper, helpers and lazy compiles)";
for (const line of cleaner.split('\n')) {
  const marker = /^\s*\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
  if (marker) current = marker[1]!.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*/, 'package $1');
  moduleOfLine.push(current);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const BY_FUNCTION = process.env.WINNOW_BENCH_BY === 'function';

/** Sampled self time (ms) by where it was spent: a module of ours, a package, the page's own scripts, the engine. */
function selfTimes(profile: Profile, into: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const where = frame.url.startsWith('http')
      ? "(the page's scripts)"
      : frame.url.startsWith('pptr:')
        ? '(parsing and compiling the script)' // the evaluate that loads it: eval's own work counts there
        : frame.url === '' && frame.lineNumber >= 0 && !frame.functionName.startsWith('(')
          ? `${moduleOfLine[frame.lineNumber] ?? '(eval)'}${BY_FUNCTION ? ` ${frame.functionName || '(anonymous)'}` : ''}`
          : frame.functionName || '(engine)';
    into.set(where, (into.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
}

const own = process.env.WINNOW_BENCH_PROFILE;
const pages = own
  ? [{ id: 'own', html: readFileSync(own, 'utf8') }]
  : zytePages(Number(process.env.WINNOW_BENCH_PAGES ?? 20));
const sample = own ? basename(own) : `${pages.length} Zyte pages`;
const server = await serve(Object.fromEntries(pages.map((p) => [`/z/${p.id}.html`, p.html])));
const executablePath = findBrowser('chrome');
if (!executablePath) {
  console.log('No Chromium found: the profile needs it (sudo apt-get install chromium).');
  process.exit(0);
}
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  pipe: true,
  protocolTimeout: 600_000,
  args: ['--no-sandbox', '--disable-gpu'],
});
const PHASES = {
  load: `(() => { const t0 = performance.now(); (0, eval)(globalThis.__cleaner); return performance.now() - t0; })()`,
  clean: `(() => { const t0 = performance.now(); globalThis.__winnowPageWorld.run(); return performance.now() - t0; })()`,
};
const spent = { load: new Map<string, number>(), clean: new Map<string, number>() };
const wall = { load: 0, clean: 0 };
let profiled = 0;
for (const p of pages) {
  const page = await browser.newPage();
  try {
    await page.goto(server.url(`/z/${p.id}.html`), { waitUntil: 'load', timeout: 20_000 });
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await page.evaluate((source: string) => {
      (globalThis as { __cleaner?: string }).__cleaner = source;
    }, cleaner);
    for (const phase of ['load', 'clean'] as const) {
      await cdp.send('Profiler.start');
      wall[phase] += (await page.evaluate(PHASES[phase])) as number;
      selfTimes((await cdp.send('Profiler.stop')).profile as Profile, spent[phase]);
    }
    profiled++;
  } catch {
    // A page that does not load, or navigates away: not a profile.
  } finally {
    await page.close().catch(() => undefined);
  }
}
await browser.close();
await server.close();

console.log(`\nheadless Chromium, ${profiled} of ${sample}, cold (the first load and clean on each)`);
for (const phase of ['load', 'clean'] as const) {
  const rows = [...spent[phase]].sort((a, b) => b[1] - a[1]);
  const sampled = rows.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(
    `\n  ${phase}: ${(wall[phase] / profiled).toFixed(1)} ms a page (wall); self time by module, ms a page ` +
      `(${(sampled / profiled).toFixed(1)} sampled):`,
  );
  for (const [where, ms] of rows.slice(0, 30)) console.log(`  ${(ms / profiled).toFixed(2).padStart(8)}  ${where}`);
}
