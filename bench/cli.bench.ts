/**
 * Bulk cleaning speed (issue 15, deliverable 4): the built CLI on the 181 Zyte pages (bench/data/zyte/html,
 * gzipped as they are stored), pages per second with one page at a time (`--jobs 1`: the anchor, how
 * `winnow clean` ran before the worker pool) and with the default (one worker per core), side by side in the
 * same run. Goal: ≥ 3× the anchor. The two runs must print the same bytes: same output, same F1.
 *
 * Figures are wall time of the whole command (start-up included) on a machine others may be using: the load
 * average is printed beside them, and so is the CPU time the command used (user + system, its threads
 * together), which moves far less with the load than the wall time does. `BENCH_LIMIT=n` cleans every k-th page
 * only (a temporary folder of links). `BENCH_CLI_CHROMIUM=1` adds `--engine chromium` (same pages, one tab per
 * core) for comparison.
 *
 * `BENCH_CLI_TODAY=<cli.mjs>` adds the "today": a CLI built from the commit before the pool (82df7c2^,
 * one page at a time, a JSDOM per page), run with its defaults in the same run, and the ratios to it.
 *
 * Then the huge pages (issue 15, deliverable 2, for the CLI): the generated 10k, 50k and 100k-element pages of the
 * huge bench, one `winnow clean` each, with its anchor beside it — jsdom parsing the page and Readability alone on it,
 * in a process of its own. What grows faster than the page shows here first (a live collection read whole made the
 * 100k page take 230 s). `BENCH_CLI_HUGE=0` skips them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementPageHtml, elementPagesUpTo } from './lib/element-pages.js';

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
  /** User + system CPU seconds of the command, all its threads; NaN where /proc is not there to say. */
  cpu: number;
  stdout: string;
  articles: number;
}

/** CPU seconds of this process's waited-for children so far (Linux: /proc/self/stat cutime + cstime). */
function childrenCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // clock ticks, 100 a second on Linux
  } catch {
    return NaN;
  }
}

/** `winnow clean --format jsonl …args`, timed. */
const run = (args: string[], program = cli): Timed => timed([program, 'clean', '--format', 'jsonl', ...args]);

/** Node running `argv`, timed; a line of its output starting with `{` and not an error counts as an article. */
function timed(argv: string[]): Timed {
  const cpuBefore = childrenCpu();
  const started = performance.now();
  const child = spawnSync(process.execPath, argv, { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8', cwd: root });
  const seconds = (performance.now() - started) / 1000;
  const cpu = childrenCpu() - cpuBefore;
  if (child.status !== 0)
    throw new Error(`${argv.join(' ').slice(0, 80)} exited ${child.status}: ${child.stderr.slice(-500)}`);
  const articles = child.stdout.split('\n').filter((line) => line.startsWith('{') && !line.includes('"error":')).length;
  return { seconds, cpu, stdout: child.stdout, articles };
}

/** The anchor for one page: jsdom parses it and Readability alone reads it, in a fresh process as the CLI runs. */
const READABILITY_ALONE = `
  import { readFileSync } from 'node:fs';
  import { JSDOM } from 'jsdom';
  import { Readability } from '@mozilla/readability';
  const dom = new JSDOM(readFileSync(process.argv[1], 'utf8'), { url: 'https://example.com/' });
  const article = new Readability(dom.window.document).parse();
  console.log(JSON.stringify({ text: article ? article.textContent.length : 0 }));
`;

function hugePages(): void {
  const folder = mkdtempSync(join(tmpdir(), 'winnow-cli-huge-'));
  try {
    console.log(
      '\nhuge pages, one `winnow clean` each (seconds, start-up included) against jsdom + Readability alone:',
    );
    for (const page of elementPagesUpTo(100_000)) {
      const file = join(folder, `${page.elements}.html`);
      writeFileSync(file, elementPageHtml(page));
      const winnow = run(['--jobs', '1', file]);
      const alone = timed(['--input-type=module', '--eval', READABILITY_ALONE, file]);
      console.log(
        `  ${page.name.padEnd(24)} winnow ${winnow.seconds.toFixed(1).padStart(6)} s   Readability alone ` +
          `${alone.seconds.toFixed(1).padStart(6)} s   ${(winnow.seconds / alone.seconds).toFixed(2)}×   ` +
          `(${winnow.articles ? 'article' : 'NO article'})`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const { dir, pages, cleanup } = pagesFolder();
const cores = availableParallelism();
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
try {
  console.log(`${pages} Zyte pages, ${cores} cores, load average before: ${load()}`);
  const rate = (t: Timed) =>
    `${(pages / t.seconds).toFixed(2)} pages/s (${t.seconds.toFixed(1)} s, CPU ${t.cpu.toFixed(1)} s, ${t.articles} articles)`;
  const today = process.env.BENCH_CLI_TODAY ? run([dir], process.env.BENCH_CLI_TODAY) : null;
  if (today) console.log(`today (before the pool)      ${rate(today)}   load ${load()}`);
  const one = run(['--jobs', '1', dir]);
  console.log(`jsdom --jobs 1 (anchor)      ${rate(one)}   load ${load()}`);
  const all = run([dir]);
  console.log(`jsdom --jobs ${cores} (default)    ${rate(all)}   load ${load()}`);
  console.log(
    `speed-up ${(one.seconds / all.seconds).toFixed(2)}× over the anchor; output identical: ${all.stdout === one.stdout ? 'yes' : 'NO'}`,
  );
  if (today) {
    const cpuPerPage = (t: Timed) => ((1000 * t.cpu) / pages).toFixed(0);
    console.log(
      `vs today: ${(today.seconds / all.seconds).toFixed(2)}× pages/s (goal ≥ 3×), ` +
        `CPU per page ${cpuPerPage(today)} → ${cpuPerPage(one)} ms (${(today.cpu / one.cpu).toFixed(2)}× less), ` +
        `articles ${today.articles} → ${all.articles}`,
    );
  }
  if (process.env.BENCH_CLI_CHROMIUM === '1') {
    const live = run(['--engine', 'chromium', dir]);
    console.log(`chromium --jobs ${cores}         ${rate(live)}   load ${load()}`);
  }
  if (process.env.BENCH_CLI_HUGE !== '0') hugePages();
} finally {
  cleanup();
}
