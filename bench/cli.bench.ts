/**
 * Bulk cleaning speed (issue 15, deliverable 4): the built CLI on the 181 Zyte pages (bench/data/zyte/html,
 * gzipped as they are stored), pages per second with one page at a time (`--jobs 1`: the anchor, how
 * `winnow clean` ran before the worker pool) and with the default (one worker per core), side by side in the
 * same run. Goal: ≥ 3× the anchor. The two runs must print the same bytes: same output, same F1.
 *
 * Figures are wall time of the whole command (start-up included) on a machine others may be using: the load
 * average is printed beside them. `BENCH_LIMIT=n` cleans every k-th page only (a temporary folder of links).
 * `BENCH_CLI_CHROMIUM=1` adds `--engine chromium` (same pages, one tab per core) for comparison.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'dist/cli.mjs');
const data = join(root, 'bench/data/zyte/html');

function pagesFolder(): { dir: string; pages: number; cleanup: () => void } {
  const all = readdirSync(data)
    .filter((f) => f.endsWith('.html.gz'))
    .sort();
  const limit = Number(process.env.BENCH_LIMIT) || 0;
  if (!limit || limit >= all.length) return { dir: data, pages: all.length, cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'winnow-cli-bench-'));
  const step = all.length / limit;
  for (let i = 0; i < limit; i++) {
    const f = all[Math.floor(i * step)]!;
    symlinkSync(join(data, f), join(dir, f));
  }
  return { dir, pages: limit, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

interface Timed {
  seconds: number;
  stdout: string;
  articles: number;
}

function run(args: string[]): Timed {
  const started = performance.now();
  const child = spawnSync(process.execPath, [cli, 'clean', '--format', 'jsonl', ...args], {
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`winnow clean exited ${child.status}: ${child.stderr.slice(-500)}`);
  const articles = child.stdout.split('\n').filter((line) => line.startsWith('{') && !line.includes('"error":')).length;
  return { seconds, stdout: child.stdout, articles };
}

const { dir, pages, cleanup } = pagesFolder();
const cores = availableParallelism();
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
try {
  console.log(`${pages} Zyte pages, ${cores} cores, load average before: ${load()}`);
  const one = run(['--jobs', '1', dir]);
  const rate = (t: Timed) =>
    `${(pages / t.seconds).toFixed(2)} pages/s (${t.seconds.toFixed(1)} s, ${t.articles} articles)`;
  console.log(`jsdom --jobs 1 (anchor)      ${rate(one)}   load ${load()}`);
  const all = run([dir]);
  console.log(`jsdom --jobs ${cores} (default)    ${rate(all)}   load ${load()}`);
  console.log(
    `speed-up ${(one.seconds / all.seconds).toFixed(2)}× (goal ≥ 3×); output identical: ${all.stdout === one.stdout ? 'yes' : 'NO'}`,
  );
  if (process.env.BENCH_CLI_CHROMIUM === '1') {
    const live = run(['--engine', 'chromium', dir]);
    console.log(`chromium --jobs ${cores}         ${rate(live)}   load ${load()}`);
  }
} finally {
  cleanup();
}
