#!/usr/bin/env node
/**
 * Builds everything from one source tree:
 *   dist/chrome/    MV3 extension, background service worker
 *   dist/firefox/   MV3 extension, background scripts + gecko settings
 *   dist/cli.mjs    the command line (`winnow`), over the same core; dist/cli-worker.mjs its jsdom worker thread
 *   dist/winnow-<browser>-<version>.zip   store-ready packages
 * The manifest for each browser comes from ./manifest.json through src/build/manifest.js (unit-tested).
 * Usage: node build.mjs [--watch-free, no flags]   Prints what it wrote and how long it took.
 */
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestFor } from './src/build/manifest.js';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const sourceManifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const started = performance.now();

const TARGETS = { chrome: ['chrome120'], firefox: ['firefox142'] };

/** The background: one classic script (a service worker in Chrome, an event page in Firefox). */
const BACKGROUND = { background: 'src/background/main.ts' };
/**
 * Extension pages: ES modules with code splitting, so what they share (core, DOMPurify) is one chunk and the
 * conversion dictionaries load only when a reader first converts (chunks/).
 */
const PAGES = {
  popup: 'src/popup/main.ts',
  reader: 'src/reader/main.ts',
  options: 'src/options/main.ts',
  library: 'src/library/main.ts',
  // The extraction half of a click's clean (src/extractor/): Firefox's background imports it.
  'extract-handoff': 'src/extractor/extract-handoff.ts',
};
/** Chrome's offscreen document, where the service worker, which has no DOM, has its pages' articles extracted. */
const CHROME_PAGES = { extractor: 'src/extractor/offscreen.ts' };
const CHROME_STATIC = { 'src/extractor/extractor.html': 'extractor.html' };
/**
 * Classic scripts an extension page runs before its modules: the popup's first script starts cleaning the tab
 * while the popup's UI is still loading (src/popup/start.ts). It runs before anything else in the popup, so it
 * carries the browser's own API instead of webextension-polyfill (src/popup/native-api.ts): a third of the size.
 */
const EARLY = {
  'popup-start': 'src/popup/start.ts',
};
const EARLY_ALIAS = { 'webextension-polyfill': join(root, 'src/popup/native-api.ts') };
/** Set by the first line of the content script (src/content/main.ts reads it). */
const PARSED_AT = '__winnow_parsed_at';
/**
 * Scripts injected into pages: the cleaner (on click), its second script (only for a multi-page article or a page
 * layout cannot measure: src/content/handover.ts), the optional article badge's probe, "Fix this page"'s picker.
 */
const INJECTED = {
  content: 'src/content/main.ts',
  more: 'src/content/more.ts',
  probe: 'src/content/probe.ts',
  picker: 'src/content/picker.ts',
};
/** Static files copied as they are: source → name in the extension. */
const STATIC = {
  'src/popup/popup.html': 'popup.html',
  'src/popup/popup.css': 'popup.css',
  'src/reader/reader.html': 'reader.html',
  'src/reader/reader.css': 'reader.css',
  'src/ui/article.css': 'article.css',
  'src/options/options.html': 'options.html',
  'src/options/options.css': 'options.css',
  'src/library/library.html': 'library.html',
  'src/library/library.css': 'library.css',
  icons: 'icons',
  'src/_locales': '_locales',
};

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  charset: 'utf8', // keep CJK as is: escaping every character doubles the dictionaries
  legalComments: 'none',
  logLevel: 'warning',
};

async function buildExtension(browser) {
  const out = join(dist, browser);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const define = { __FIREFOX__: String(browser === 'firefox') };
  await build({ ...common, entryPoints: BACKGROUND, outdir: out, format: 'iife', target: TARGETS[browser], define });
  await build({
    ...common,
    entryPoints: EARLY,
    outdir: out,
    format: 'iife',
    target: TARGETS[browser],
    define,
    alias: EARLY_ALIAS,
  });
  const pages = await build({
    ...common,
    entryPoints: browser === 'chrome' ? { ...PAGES, ...CHROME_PAGES } : PAGES,
    outdir: out,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    target: TARGETS[browser],
    define,
    metafile: true,
  });
  loadSizes[browser] = eagerSizes(pages.metafile, out);
  // Injected scripts run on demand and their *last expression* is the result the background receives
  // (scripting.executeScript returns it), so each exposes `run` and a footer calls it.
  for (const [name, entry] of Object.entries(INJECTED)) {
    const globalName = `__winnow_${name}`;
    await build({
      ...common,
      entryPoints: { [name]: entry },
      outdir: out,
      format: 'iife',
      globalName,
      footer: { js: `${globalName}.run();` },
      // The moment the cleaner's code starts to run, its parse done (the click benchmark's `content-parsed` stage):
      // a variable of the extension's isolated world, which the page cannot see.
      ...(name === 'content' ? { banner: { js: `var ${PARSED_AT}=performance.timeOrigin+performance.now();` } } : {}),
      target: TARGETS[browser],
      define,
    });
  }
  // The cleaner's live half in the page's own world (src/content/page-world.ts): wrapped in a function whose value is
  // the script's value, so its bundle's variable stays off the page's global object.
  // And the whole clean there, for large pages (src/content/page-world-whole.ts), wrapped the same way.
  await build({
    ...common,
    entryPoints: { 'page-world': 'src/content/page-world.ts', 'page-world-whole': 'src/content/page-world-whole.ts' },
    outdir: out,
    format: 'iife',
    globalName: '__winnow_page_world',
    // Its first line notes when it began to run (its parse done), for the click benchmark's `content-parsed`.
    banner: { js: '(() => { const parsedAt = performance.timeOrigin + performance.now();' },
    footer: { js: 'return __winnow_page_world.run(parsedAt); })();' },
    target: TARGETS[browser],
    define,
  });
  const statics = browser === 'chrome' ? { ...STATIC, ...CHROME_STATIC } : STATIC;
  for (const [from, to] of Object.entries(statics)) cpSync(join(root, from), join(out, to), { recursive: true });
  for (const page of ['popup', 'reader']) preloadSanitiser(pages.metafile, out, page);
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(sourceManifest, browser, pkg), null, 2)}\n`);
  zip(out, join(dist, `winnow-${browser}-${pkg.version}.zip`));
}

/**
 * What `winnow clean --engine chromium` evaluates in each tab: the content-side pipeline (src/cli/chromium/in-page.ts),
 * carried inside dist/cli.mjs as a string. The options match IN_PAGE_BUILD in src/cli/chromium/page-script.ts,
 * which bundles the same entry when the CLI runs from source.
 */
async function inPageBundle() {
  const built = await build({
    ...common,
    entryPoints: ['src/cli/chromium/in-page.ts'],
    write: false,
    format: 'iife',
    globalName: '__winnow_cli',
    platform: 'browser',
    target: ['chrome120'],
    define: { __FIREFOX__: 'false' },
  });
  return built.outputFiles[0].text;
}

async function buildCli() {
  const inPage = await inPageBundle();
  await build({
    ...common,
    minify: false,
    // The CLI, and the jsdom path's worker thread (src/cli/jsdom/pool.ts finds it beside the CLI).
    entryPoints: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/jsdom/worker.ts' },
    outdir: dist,
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: ['node20'],
    packages: 'external', // dependencies come from node_modules, as for any npm bin
    banner: { js: '#!/usr/bin/env node' },
    define: {
      __FIREFOX__: 'false',
      __WINNOW_IN_PAGE__: JSON.stringify(inPage),
      __WINNOW_WORKER__: JSON.stringify('./cli-worker.mjs'),
    },
  });
  chmodSync(join(dist, 'cli.mjs'), 0o755);
}

/**
 * The popup and the reader show an article as soon as the tab's cleaning answers, and the code that shows it
 * (render-article: the sanitiser, DOMPurify) is a dynamic import kept out of their first paint. Its chunks are
 * named in the page's HTML as `modulepreload` links, so the browser fetches and compiles them while the page
 * paints its frame and the tab is being cleaned, not after the article has arrived.
 */
/** An output file and every chunk it imports statically (esbuild metafile outputs): what loads before it runs. */
function staticImports(outputs, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of outputs[file].imports) if (dep.kind === 'import-statement') staticImports(outputs, dep.path, seen);
  return seen;
}

function preloadSanitiser(metafile, out, page) {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((f) => outputs[f].entryPoint === PAGES[page]);
  const loaded = staticImports(outputs, entry);
  // The import is in the shared article page code, one of the chunks the page loads.
  const renderer = [...loaded]
    .flatMap((f) => outputs[f].imports)
    .find((dep) => dep.kind === 'dynamic-import' && /render-article-\w+\.js$/.test(dep.path));
  if (!renderer) throw new Error(`${page}: no dynamic import of render-article to preload`);
  const chunks = [...staticImports(outputs, renderer.path)].filter((f) => !loaded.has(f));
  const links = chunks.map((f) => `<link rel="modulepreload" href="${relative(out, f).split('\\').join('/')}" />`);
  const html = join(out, `${page}.html`);
  const source = readFileSync(html, 'utf8');
  const script = `<script type="module" src="${page}.js"></script>`;
  if (!source.includes(script)) throw new Error(`${page}.html: no ${script} to put the preloads after`);
  writeFileSync(html, source.replace(script, [script, ...links].join('\n    ')));
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function zip(dir, file) {
  const entries = Object.fromEntries(
    filesUnder(dir).map((f) => [relative(dir, f).split('\\').join('/'), readFileSync(f)]),
  );
  writeFileSync(file, zipSync(entries, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') }));
}

const kb = (file) => `${(statSync(file).size / 1024).toFixed(1)} KB`;
const loadSizes = {};

/**
 * What each page loads before it can paint (its entry plus every chunk it imports statically), and what
 * stays lazy (dynamic imports: the conversion dictionaries, the save menu and its export code). Shared chunks count for every page using them.
 */
function eagerSizes(metafile, out) {
  const outputs = metafile.outputs;
  const pageSources = new Set([...Object.values(PAGES), ...Object.values(CHROME_PAGES)]);
  const entries = Object.keys(outputs).filter((f) => pageSources.has(outputs[f].entryPoint));
  const sizes = {};
  for (const file of entries) {
    const name = relative(out, file).replace(/\.js$/, '');
    sizes[name] = [...staticImports(outputs, file)].reduce((sum, f) => sum + outputs[f].bytes, 0);
  }
  const eager = new Set(entries.flatMap((f) => [...staticImports(outputs, f)]));
  sizes.lazy = Object.entries(outputs)
    .filter(([f]) => !eager.has(f) && f.endsWith('.js'))
    .reduce((sum, [, o]) => sum + o.bytes, 0);
  return sizes;
}

mkdirSync(dist, { recursive: true });
await Promise.all([buildExtension('chrome'), buildExtension('firefox'), buildCli()]);
const ms = Math.round(performance.now() - started);
const eager = loadSizes.chrome;
const k = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `built dist/ in ${ms} ms — page-world script ${kb(join(dist, 'chrome/page-world.js'))}, ` +
    `extractor ${k(eager['extract-handoff'])} (the whole clean in one script ${kb(join(dist, 'chrome/content.js'))}; ` +
    `its second script ${kb(join(dist, 'chrome/more.js'))}), ` +
    `popup ${k(eager.popup)}, reader ${k(eager.reader)} (each with its shared chunks), background ${kb(join(dist, 'chrome/background.js'))}, ` +
    `lazy chunks (dictionaries, save menu) ${k(eager.lazy)}, cli ${kb(join(dist, 'cli.mjs'))}`,
);
