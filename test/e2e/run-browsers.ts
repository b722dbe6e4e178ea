/**
 * Runs the real-browser projects side by side: one vitest process per browser, at the same time, each running its
 * browser's files one after another (`npm test` and `npm run test:e2e` call this after the Node projects).
 *
 * Why a process each: vitest runs projects of the same group in one pool whose worker count is the first project's.
 * A browser's files must run one at a time (each file assumes the browser the harness started is its own: the
 * toolbar-click and multi-page suites fail when two files of one browser share it), so one vitest run gives the
 * group one worker and every Firefox file waits for every Chromium file — 720 s of a 975 s run, with the two
 * browsers mostly waiting on each other's pages rather than on the CPU. Two processes keep each browser's order and
 * overlap the two.
 *
 *   node --import tsx test/e2e/run-browsers.ts [vitest arguments, e.g. a file or -t pattern]
 * WINNOW_BROWSERS narrows it to one browser, as for the whole run. Each line of output is prefixed with its browser;
 * the exit code is the first failing browser's, after both have finished.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { availableBrowsers, type BrowserKind } from './browsers.js';
import buildIfStale from '../setup/build-if-stale.js';

const NAME: Record<BrowserKind, string> = { chrome: 'chromium', firefox: 'firefox' };
// vitest's command (its package's `bin`; the file itself is not among its exports).
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const args = process.argv.slice(2);

// Once, before both start: two processes each building a stale dist/ would write it at the same time.
buildIfStale();

const kinds = availableBrowsers();
if (kinds.length === 0) {
  console.warn('No real browser installed: no end-to-end tests ran.');
  process.exit(0);
}

const children = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}

/** Copies a stream to ours line by line, each line prefixed, so the two browsers' reports stay readable. */
function relay(stream: NodeJS.ReadableStream, out: NodeJS.WriteStream, prefix: string): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    if (lines.length) out.write(lines.map((line) => prefix + line + '\n').join(''));
  });
  stream.on('end', () => {
    if (rest) out.write(prefix + rest + '\n');
  });
}

function run(kind: BrowserKind): Promise<{ project: string; code: number; seconds: number }> {
  const project = `e2e-${NAME[kind]}`;
  const started = Date.now();
  const child = spawn(process.execPath, [vitest, 'run', '--project', project, ...args], {
    env: { ...process.env, WINNOW_BROWSERS: NAME[kind] },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const prefix = `[${NAME[kind]}] `;
  relay(child.stdout, process.stdout, prefix);
  relay(child.stderr, process.stderr, prefix);
  return new Promise((done) => {
    child.on('close', (code, signal) => {
      children.delete(child);
      done({ project, code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 });
    });
  });
}

const results = await Promise.all(kinds.map(run));
for (const { project, code, seconds } of results) {
  console.log(`${project}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s`);
}
process.exit(results.find((result) => result.code !== 0)?.code ?? 0);
