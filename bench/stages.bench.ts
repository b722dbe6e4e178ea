/**
 * `npm run bench -- stages`: where the in-page time goes (issue 15, item 3). Each stage of the content-side
 * pipeline (src/core/clean.ts with live verdicts, as the content script runs it) is timed inside headless
 * Chromium and Firefox, cold (the first run on a fresh load of the page) and warm (a second run on the same
 * load), beside Readability alone on a clone of the same document — in a fresh load of its own, cold and warm
 * the same way (run after Winnow on the same load, Readability's code would already be compiled, and its cold
 * figure would be a warm one). Pages: a sample of the Zyte pages and the generated 10k/50k/100k-element pages of
 * the huge-page bench. Before the stages, what every click pays to load the cleaner: the page-world script
 * (src/content/page-world.ts, bundled as build.mjs bundles it) evaluated on a fresh load of each Zyte page, split into
 * its parse and compile (from the evaluation's start to its first statement) and its modules' top-level code (the
 * lexicon's index, the patterns, DOMPurify and Readability set up). Figures only, no assertions.
 *
 *   WINNOW_BENCH_PAGES=n   Zyte pages to sample (default 30)
 *   WINNOW_BENCH_BROWSERS=chrome,firefox
 */
import { loadavg } from 'node:os';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser } from '../src/cli/browsers.js';
import { availableBrowsers, serve } from '../test/e2e/harness.js';
import { elementPageHtml, elementPagesUpTo } from './lib/element-pages.js';
import { cleanerScript } from './lib/cleaner-script.js';
import { zytePages } from './lib/zyte.js';

const STAGES = ['verdicts', 'clone', 'drop hidden', 'spam rules', 'extract', 'purify', 'text+html'] as const;

/** The stages of clean() one by one, each timed, then Readability alone on its own clone. */
const ENTRY = `
import { Readability } from '@mozilla/readability';
import { liveVerdicts } from './src/core/visibility/live.js';
import { applyVerdicts } from './src/core/visibility/apply.js';
import { applySpamRules } from './src/core/spam/index.js';
import { extract } from './src/core/extract/readability.js';
import { purifyToFragment } from './src/core/purify.js';
import { blockText } from './src/core/text.js';
globalThis.__stages = () => {
  const t = [performance.now()];
  const lap = () => t.push(performance.now());
  const verdicts = liveVerdicts(document, window); lap();
  const clone = document.cloneNode(true); lap();
  applyVerdicts(clone, verdicts); lap();
  applySpamRules(clone); lap();
  const extracted = extract(clone); lap();
  let ok = false;
  if (extracted) {
    const fragment = purifyToFragment(extracted.rawContent, window); lap();
    const text = blockText(fragment);
    const holder = fragment.ownerDocument.createElement('body');
    holder.append(fragment);
    ok = text.length > 0 && holder.innerHTML.length > 0; lap();
  }
  return { stages: t.slice(1).map((x, i) => x - t[i]), ok };
};
globalThis.__alone = () => {
  const a0 = performance.now();
  new Readability(document.cloneNode(true)).parse();
  return performance.now() - a0;
};`;

const bundle = (
  await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd() },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  })
).outputFiles[0]!.text;

/** The cleaner as the extension injects it, marked where its code starts to run and where its modules are set up. */
const cleaner = await cleanerScript({
  banner: 'globalThis.__loadStarted = performance.now();',
  footer: 'globalThis.__loadDone = performance.now();',
});
const LOAD = `(() => { const t0 = performance.now(); (0, eval)(globalThis.__cleaner); return [globalThis.__loadStarted - t0, globalThis.__loadDone - globalThis.__loadStarted]; })()`;

const zyte = zytePages(Number(process.env.WINNOW_BENCH_PAGES ?? 30));
const huge: Array<[string, string]> = [
  ...elementPagesUpTo(100_000).map((page): [string, string] => [
    page.name.replace(/ \(.*\)$/, ''),
    elementPageHtml(page),
  ]),
];
const routes: Record<string, string> = Object.fromEntries(zyte.map((p) => [`/z/${p.id}.html`, p.html]));
huge.forEach(([, html], i) => (routes[`/huge/${i}.html`] = html));
const server = await serve(routes);

interface Run {
  stages: number[];
  alone: number;
  ok: boolean;
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};
const p95 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))] ?? NaN;
};
const total = (r: Run): number => r.stages.reduce((a, b) => a + b, 0);
const col = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '—').padStart(9);

async function launch(kind: 'chrome' | 'firefox'): Promise<Browser> {
  const executablePath = findBrowser(kind)!;
  return kind === 'chrome'
    ? puppeteer.launch({
        executablePath,
        headless: true,
        pipe: true,
        protocolTimeout: 600_000,
        args: ['--no-sandbox', '--disable-gpu'],
      })
    : puppeteer.launch({ browser: 'firefox', executablePath, headless: true, protocolTimeout: 600_000 });
}

/**
 * A page that has not loaded in this long will not: some Zyte pages navigate away or never fire `load` in one of the
 * browsers. Each is tried once and then left out of the rest of the run (and named), so one such page costs the
 * run seconds, not the minutes it took when every stage waited for it again.
 */
const LOAD_TIMEOUT_MS = 20_000;
const unloadable = new Set<string>();

/** `use` on a fresh load of `url` in a page of its own, closed afterwards. */
async function withFreshLoad<T>(browser: Browser, url: string, use: (page: Page) => Promise<T>): Promise<T> {
  if (unloadable.has(url)) throw new Error(`${url} did not load before`);
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch((error: unknown) => {
      unloadable.add(url);
      throw error;
    });
    return await use(page);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Two runs of `call` on one fresh load of `url`: the cold one, then a warm one on the same document. */
const onFreshLoad = <T>(browser: Browser, url: string, call: string): Promise<[T, T]> =>
  withFreshLoad(browser, url, async (page) => {
    await page.evaluate(bundle);
    const cold = (await page.evaluate(call)) as T;
    const warm = (await page.evaluate(call)) as T;
    return [cold, warm];
  });

/** Parse and top-level set-up of the cleaner's script, on a fresh load of `url` (null: the page would not load). */
const loadCost = (browser: Browser, url: string): Promise<[number, number] | null> =>
  withFreshLoad(browser, url, async (page) => {
    await page.evaluate((source: string) => {
      (globalThis as { __cleaner?: string }).__cleaner = source;
    }, cleaner);
    return (await page.evaluate(LOAD)) as [number, number];
  }).catch(() => null);

/** Winnow's stages cold and warm on one load of `url`, Readability alone cold and warm on another. */
async function twice(browser: Browser, url: string): Promise<[Run, Run] | null> {
  try {
    const [cold, warm] = await onFreshLoad<Omit<Run, 'alone'>>(browser, url, '__stages()');
    const [aloneCold, aloneWarm] = await onFreshLoad<number>(browser, url, '__alone()');
    return [
      { ...cold, alone: aloneCold },
      { ...warm, alone: aloneWarm },
    ];
  } catch {
    return null; // a page that navigates away or throws in its own scripts: not a timing
  }
}

function table(title: string, runs: Run[]): void {
  console.log(`\n  ${title} (${runs.length} runs), ms:`);
  console.log(`  ${''.padEnd(12)}${'median'.padStart(9)}${'p95'.padStart(9)}`);
  STAGES.forEach((name, i) => {
    const xs = runs.map((r) => r.stages[i] ?? 0);
    console.log(`  ${name.padEnd(12)}${col(median(xs))}${col(p95(xs))}`);
  });
  const winnow = runs.map(total);
  const alone = runs.map((r) => r.alone);
  console.log(`  ${'Winnow'.padEnd(12)}${col(median(winnow))}${col(p95(winnow))}`);
  console.log(
    `  ${'Readability'.padEnd(12)}${col(median(alone))}${col(p95(alone))}   (alone, same page, its own load)`,
  );
  console.log(
    `  ratio at the median ${(median(winnow) / median(alone)).toFixed(2)}×, at p95 ${(p95(winnow) / p95(alone)).toFixed(2)}×`,
  );
}

const kinds = availableBrowsers().filter(
  (k) => !process.env.WINNOW_BENCH_BROWSERS || process.env.WINNOW_BENCH_BROWSERS.split(',').includes(k),
);
for (const kind of kinds) {
  const browser = await launch(kind);
  const name = kind === 'chrome' ? 'Chromium' : 'Firefox';
  console.log(`\nheadless ${name}; load average ${loadavg()[0]!.toFixed(1)}`);
  const loads: Array<[number, number]> = [];
  for (const p of zyte) {
    const l = await loadCost(browser, server.url(`/z/${p.id}.html`));
    if (l) loads.push(l);
  }
  console.log(
    `\n  ${name}, loading the cleaner (${(cleaner.length / 1024).toFixed(0)} KB), ${loads.length} fresh loads, ms:`,
  );
  console.log(`  ${''.padEnd(12)}${'median'.padStart(9)}${'p95'.padStart(9)}`);
  for (const [label, i] of [
    ['parse', 0],
    ['set-up', 1],
  ] as const) {
    const xs = loads.map((l) => l[i]);
    console.log(`  ${label.padEnd(12)}${col(median(xs))}${col(p95(xs))}`);
  }
  const cold: Run[] = [];
  const warm: Run[] = [];
  for (const p of zyte) {
    const r = await twice(browser, server.url(`/z/${p.id}.html`));
    if (r) [cold[cold.length], warm[warm.length]] = r;
  }
  const skipped = zyte.filter((p) => unloadable.has(server.url(`/z/${p.id}.html`)));
  if (skipped.length)
    console.log(
      `\n  ${skipped.length} Zyte pages did not load in ${name}: ${skipped.map((p) => p.id.slice(0, 8)).join(' ')}`,
    );
  table(`${name}, ${zyte.length} Zyte pages, cold`, cold);
  table(`${name}, ${zyte.length} Zyte pages, warm`, warm);
  for (const [i, [label]] of huge.entries()) {
    const r = await twice(browser, server.url(`/huge/${i}.html`));
    if (r) table(`${name}, ${label}, cold`, [r[0]]);
  }
  await browser.close();
}
await server.close();
