/**
 * `npm run bench -- suites`: the corpus and generated-page suites in full. `npm test` runs a seeded sample of
 * their cases (test/helpers/sample.ts) to stay within CI's time; here every case runs (WINNOW_FULL=1) through
 * the same vitest files and the same assertions. Prints, per suite, the cases that passed out of all of them
 * (the floor: every one) beside the sample `npm test` runs (the anchor), and exits 1 when any case fails.
 *   npm run bench -- suites                 WINNOW_SUITES=pages for the Node suites only (no browser)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
/** The sampled suites, by the vitest project that runs them. */
const SUITES: Array<{ project: string; file: string }> = [
  { project: 'pages', file: 'test/unit/spam/ordinary-pages.test.ts' },
  { project: 'pages', file: 'test/unit/spam/injected-pages.test.ts' },
  { project: 'pages', file: 'test/unit/peers/readability-peers.test.ts' },
  // Multi-page articles (issue 16): 144 generated articles, every page's pager, then followed and joined.
  { project: 'unit', file: 'test/unit/pages/pager.test.ts' },
  { project: 'unit', file: 'test/unit/pages/follow.test.ts' },
  ...(process.env.WINNOW_SUITES === 'pages' ? [] : [{ project: 'e2e-*', file: 'test/e2e/live-visibility.test.ts' }]),
];

interface Report {
  testResults: Array<{ name: string; assertionResults: Array<{ status: string; fullName: string }> }>;
}

function run(
  full: boolean,
  suite: { project: string; file: string },
): { passed: number; total: number; failed: string[]; seconds: number } {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-suites-'));
  const out = join(dir, 'report.json');
  const started = performance.now();
  spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--project',
      suite.project,
      suite.file,
      '--reporter=json',
      `--outputFile=${out}`,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ...(full ? { WINNOW_FULL: '1' } : {}) },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const cases = report.testResults.flatMap((file) => file.assertionResults);
    return {
      passed: cases.filter((c) => c.status === 'passed').length,
      total: cases.length,
      failed: cases.filter((c) => c.status === 'failed').map((c) => c.fullName),
      seconds,
    };
  } catch {
    return { passed: 0, total: 0, failed: ['vitest gave no report'], seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let failing = 0;
console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const suite of SUITES) {
  const sampled = run(false, suite);
  const full = run(true, suite);
  const ok = full.total > 0 && full.failed.length === 0;
  if (!ok) failing++;
  console.log(
    `${suite.file.replace(/^test\//, '').padEnd(40)} full ${`${full.passed}/${full.total}`.padStart(9)} cases pass (${full.seconds.toFixed(0)} s)` +
      `   sample in npm test ${`${sampled.passed}/${sampled.total}`.padStart(7)} (${sampled.seconds.toFixed(0)} s)   floor: all   ${ok ? 'ok' : 'FAILING'}`,
  );
  for (const name of full.failed.slice(0, 20)) console.log(`    ✗ ${name}`);
}
if (failing) {
  console.log(`\n${failing} suite(s) failing in full: a case outside npm test's sample breaks.`);
  process.exitCode = 1;
}
