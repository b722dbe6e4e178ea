/**
 * Library figures for 1,000 saved articles, in headless Chromium through the real library code
 * (src/storage bundled with esbuild and loaded into a page served from 127.0.0.1, since IndexedDB needs a
 * real origin): time to open the list, to search (Chinese, Latin, no hit; Chinese across scripts, with the
 * converters' first load apart from warm searches), and the export/import round trip (JSON, and the Markdown
 * zip export). Bundled as ES modules with code splitting, as the extension is, so the dictionaries stay a
 * lazy chunk fetched on the first cross-script search. Prints figures; asserts nothing.
 *   npm run bench -- library
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../src/cli/browsers.js';

const COUNT = 1000;
const RUNS = 5;

const entry = `
import * as library from './src/storage/library.ts';
import { toLibraryFile, parseLibraryFile } from './src/storage/library-file.ts';
import { libraryZip } from './src/storage/archive.ts';
import { findEntries, loadTermConverter } from './src/library/cross-script.ts';
import { deleteDB } from 'idb';
globalThis.bench = { ...library, toLibraryFile, parseLibraryFile, libraryZip, deleteDB, findEntries, loadTermConverter };
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
  bundle: true,
  format: 'esm',
  splitting: true,
  outdir: 'out',
  entryNames: 'bench',
  write: false,
  target: 'chrome120',
  define: { __FIREFOX__: 'false' },
  logLevel: 'error',
});
// Served by name: /bench.js and its chunks (the dictionaries among them), all from memory.
const files = new Map(bundle.outputFiles.map((f) => [`/${f.path.split('/').pop()}`, f.text]));
const server = createServer((req, res) => {
  const file = files.get(req.url ?? '');
  if (file !== undefined) res.writeHead(200, { 'content-type': 'text/javascript' }).end(file);
  else
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!doctype html><title>bench</title><script type="module" src="/bench.js"></script>');
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const executablePath = findBrowser('chrome');
if (!executablePath) {
  console.log('no Chromium: install chromium to run this bench');
  process.exit(0);
}
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  pipe: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.goto(origin);

// Runs in the page: 1,000 articles of ~4,000 characters, Chinese and English mixed, each with its HTML.
const setup = `(async () => {
  await bench.deleteDB('winnow-library');
  const zh = '山東將開設鄉村新職業新技能培訓平臺,全省貧困勞動力每年務工就業規模達四十萬人。';
  const en = 'Every morning the people of the river city cross its seven bridges on their way to work. ';
  const articles = Array.from({ length: ${COUNT} }, (_, i) => {
    const paragraphs = Array.from({ length: 12 }, (_, p) => (i + p) % 2 ? zh.repeat(4) + ' #' + i : en.repeat(3) + ' #' + i);
    return { url: 'https://news.example/' + i, savedAt: new Date(Date.UTC(2024, 0, 1) + i * 60000).toISOString(), script: i % 2 ? 'traditional' : null,
      article: { url: 'https://news.example/' + i, title: (i % 2 ? '第' + i + '篇 山東新聞' : 'Story ' + i + ' of the river city'), byline: 'Reporter ' + (i % 17),
        siteName: 'Example', lang: i % 2 ? 'zh-TW' : 'en', dir: null, publishedTime: null, excerpt: paragraphs[0].slice(0, 120),
        content: paragraphs.map((p) => '<p>' + p + '</p>').join(''), textContent: paragraphs.join('\\n\\n'), length: paragraphs.join('').length, removed: [] } };
  });
  articles[777].article.textContent += '\\n\\n獨一無二的關鍵詞';
  const t0 = performance.now();
  const report = await bench.importArticles(articles);
  return { ms: performance.now() - t0, report, bytes: JSON.stringify(articles).length };
})()`;

// `before` runs untimed first (opening the database, so a cold figure is the converters' alone).
const timed = (expression: string, before = 'null') =>
  `(async () => { await (${before}); const t0 = performance.now(); const r = await (${expression}); return { ms: performance.now() - t0, n: r.ok ? (Array.isArray(r.value) ? r.value.length : r.value) : r.error }; })()`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

type Timing = { ms: number; n: unknown };
async function measure(label: string, expression: string, cold = false, before?: string): Promise<void> {
  const runs: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (cold) await page.reload();
    runs.push((await page.evaluate(timed(expression, before))) as Timing);
  }
  console.log(
    `${label.padEnd(44)} median ${fmt(median(runs.map((r) => r.ms))).padStart(10)}   (results: ${JSON.stringify(runs[0]!.n)}; runs ${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms)`,
  );
}

const filled = (await page.evaluate(setup)) as { ms: number; report: { ok: boolean; value: unknown }; bytes: number };
console.log(
  `library: ${COUNT} articles, ${(filled.bytes / 1024 / 1024).toFixed(1)} MB as JSON; filled in one transaction in ${fmt(filled.ms)} (${JSON.stringify(filled.report.value)})`,
);
await measure('open the list (page reloaded, DB opened)', 'bench.listEntries()', true);
await measure('open the list (warm)', 'bench.listEntries()');
await measure('search "山東新聞" (Chinese, in titles)', 'bench.searchEntries("山東新聞")');
await measure('search "SEVEN bridges" (Latin, case-folded)', 'bench.searchEntries("SEVEN bridges")');
await measure('search "獨一無二" (one hit, in body text)', 'bench.searchEntries("獨一無二")');
await measure('search "nothing-matches" (no hit)', 'bench.searchEntries("nothing-matches")');
// Across scripts (the library page's search): the first Han query pays for the converters, later ones do not.
await measure(
  'load the 6 converters (page reloaded, DB open)',
  'bench.loadTermConverter().then(() => ({ ok: true, value: 6 }))',
  true,
  'bench.listEntries()',
);
await measure(
  'first search "山东新闻" → 山東新聞 (cold)',
  'bench.findEntries("山东新闻")',
  true,
  'bench.listEntries()',
);
await measure('search "山东新闻" → 山東新聞 (warm)', 'bench.findEntries("山东新闻")');
await measure('search "独一无二" → 獨一無二 (one hit, warm)', 'bench.findEntries("独一无二")');
await measure('search "SEVEN bridges" via the page (Latin)', 'bench.findEntries("SEVEN bridges")');

const roundTrip = (await page.evaluate(`(async () => {
  const t0 = performance.now();
  const all = await bench.allArticles();
  const json = JSON.stringify(bench.toLibraryFile(all.value, new Date().toISOString()));
  const t1 = performance.now();
  const zip = bench.libraryZip(all.value, new Date().toISOString(), new DOMParser());
  const t2 = performance.now();
  await bench.deleteDB('winnow-library');
  location.hash = 'fresh';
  const t3 = performance.now();
  const parsed = bench.parseLibraryFile(json);
  const report = await bench.importArticles(parsed.articles);
  const t4 = performance.now();
  const again = await bench.allArticles();
  const same = JSON.stringify(bench.toLibraryFile(again.value, 'x').articles) === JSON.stringify(bench.toLibraryFile(all.value, 'x').articles);
  return { exportMs: t1 - t0, zipMs: t2 - t1, importMs: t4 - t3, jsonMB: json.length / 1024 / 1024, zipMB: zip.length / 1024 / 1024, report: report.value ?? report.error, same };
})()`)) as {
  exportMs: number;
  zipMs: number;
  importMs: number;
  jsonMB: number;
  zipMB: number;
  report: unknown;
  same: boolean;
};
console.log(
  `export JSON (read all + serialise)              ${fmt(roundTrip.exportMs).padStart(10)}   (${roundTrip.jsonMB.toFixed(1)} MB)`,
);
console.log(
  `export Markdown zip (turndown ×${COUNT} + zip)       ${fmt(roundTrip.zipMs).padStart(10)}   (${roundTrip.zipMB.toFixed(1)} MB)`,
);
console.log(
  `import JSON into an empty library (validate + 1 tx) ${fmt(roundTrip.importMs).padStart(10)}   (${JSON.stringify(roundTrip.report)})`,
);
console.log(`round trip: export → import → export identical: ${roundTrip.same}`);

await browser.close();
server.close();
