import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { availableBrowsers, type BrowserKind } from './test/e2e/browsers.js';

/**
 * Projects, in the order they run (sequence.groupOrder):
 *   unit          Node only, jsdom where a DOM is needed, no browser: the fast loop, `npm run test:unit`.
 *   pages         the whole-page suites (PAGES below), Node only: a seeded sample of each corpus and generator
 *                 (test/helpers/sample.ts); `npm run bench -- suites` runs them in full.
 *   tools         suites that run other programs: the built CLI as a process (worker threads), epubcheck (a JVM
 *                 per book), web-ext lint on the built extension.
 *   e2e-chromium, e2e-firefox
 *                 the built extension in each real browser (puppeteer-core, Debian's browsers). One file at a time
 *                 per browser, in one worker, so a file reuses the browser the harness already started. The two
 *                 browsers run side by side as two vitest processes (test/e2e/run-browsers.ts, `npm run test:e2e`):
 *                 in one process they would share one worker, and every Firefox file would wait for Chromium's.
 * A developer runs one browser with `--project e2e-firefox` (or WINNOW_BROWSERS=firefox for the whole run), one
 * file by naming it. dist/ is built first when a source is newer (test/setup/build-if-stale.ts).
 */
/**
 * Whole-page suites: corpora (Readability's pages, Zyte's, the development corpus) and seeded generated pages
 * (injected spam, hostile payloads, fuzzing, enormous inputs, the static ranges). Each file cleans hundreds of
 * whole pages, so they are their own project: `npm run test:unit` stays the fast loop, `npm test` runs both.
 */
const PAGES = [
  'test/unit/security/bad-input.test.ts',
  'test/unit/extract/devcorpus.test.ts',
  'test/unit/peers/readability-peers.test.ts',
  'test/unit/security/payloads.test.ts',
  'test/unit/spam/ordinary-pages.test.ts',
  'test/unit/visibility/static-ranges.property.test.ts',
  'test/unit/visibility/cascade-gate.property.test.ts',
  'test/unit/spam/injected-pages.test.ts',
  'test/unit/security/fuzz.test.ts',
  'test/unit/extract/images-pages.test.ts',
];
const TOOLS = ['test/unit/cli/process.test.ts', 'test/unit/export/epub.test.ts', 'test/unit/build/dist.test.ts'];
/** Files with nothing to run in Firefox: the CLI's Chromium engine, and the pixel oracle (Chromium screenshots). */
const CHROMIUM_ONLY = ['test/e2e/cli-engine.test.ts', 'test/e2e/oracle.test.ts'];
const NAME: Record<BrowserKind, string> = { chrome: 'chromium', firefox: 'firefox' };

const buildFirst = ['test/setup/build-if-stale.ts'];
/** Every project's property tests draw from one seed (WINNOW_SAMPLE_SEED draws another). */
const seeded = ['test/setup/fast-check-seed.ts'];

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on CI's two cores, one file at a time.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: [...TOOLS, ...PAGES],
          environment: 'node',
          setupFiles: seeded,
          // Files share a worker's module cache (jsdom, Readability and the core load once per worker, not once per
          // file: most of this project's time was imports). The core is pure, so nothing leaks between files.
          isolate: false,
          // Catches a hang, no more: a busy machine must not fail a test by being slow.
          testTimeout: 120_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'pages',
          include: PAGES,
          environment: 'node',
          setupFiles: seeded,
          isolate: false,
          testTimeout: 120_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'tools',
          include: TOOLS,
          environment: 'node',
          setupFiles: seeded,
          testTimeout: 180_000,
          hookTimeout: 180_000,
          globalSetup: buildFirst,
          sequence: { groupOrder: 0 },
        },
      },
      ...availableBrowsers().map((kind) => ({
        test: {
          name: `e2e-${NAME[kind]}`,
          include: ['test/e2e/**/*.test.ts'],
          exclude: kind === 'chrome' ? [] : CHROMIUM_ONLY,
          env: { WINNOW_BROWSERS: NAME[kind] },
          environment: 'node',
          setupFiles: seeded,
          testTimeout: 180_000,
          hookTimeout: 180_000,
          globalSetup: buildFirst,
          fileParallelism: false,
          // One worker runs every file of the browser in turn, keeping the shared browsers of harness.ts.
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      })),
    ],
  },
});
