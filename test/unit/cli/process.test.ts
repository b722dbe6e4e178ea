/**
 * The built program (dist/cli.mjs) as a subprocess: what cli.test.ts, which calls main() in this process, cannot
 * show — exit codes reaching the shell, standard input and output of a real process, and the pool of worker
 * threads (dist/cli-worker.mjs exists only in the build). dist/ is rebuilt first when any source is newer, so
 * `npm run test:unit` builds only when something changed.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, FIXTURES, ROOT } from './helpers.js';

const CLI = join(ROOT, 'dist', 'cli.mjs');
const ZH_TITLE = '城市图书馆夜间开放 读者人数创新高';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function winnow(args: string[], stdin?: Buffer, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      'node',
      [CLI, ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(stdin);
  });
}

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((latest, entry) => Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);

beforeAll(() => {
  const built = (() => {
    try {
      return statSync(CLI).mtimeMs;
    } catch {
      return 0;
    }
  })();
  if (built < Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'build.mjs')).mtimeMs)) {
    execFileSync('node', ['build.mjs'], { cwd: ROOT, stdio: 'ignore' });
  }
}, 120_000);

describe('the built winnow program', () => {
  it('reads a page on stdin and prints its article as JSON, exit 0', async () => {
    const run = await winnow(
      ['clean', '-f', 'json', '--url', 'https://news.example/a', '-'],
      fixture('gbk-declared.html'),
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ title: ZH_TITLE, url: 'https://news.example/a' });
  });

  it('exits 1 when no input gave an article, 2 with the usage on a usage error', async () => {
    const none = await winnow(['clean', `${FIXTURES}no-article.htm`]);
    expect(none).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `winnow: no article found in ${FIXTURES}no-article.htm\n`,
    });
    const usage = await winnow(['clean', '--frobnicate', 'a.html']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^winnow: .+\n\nUsage: winnow/);
  });

  // In the program: the built bundle refuses these in seconds, where the test runner's transformed sources take minutes.
  it('refuses a page too large or too deep to clean quickly, with a plain reason, and goes on', async () => {
    const huge = Buffer.from(`<html><body>${'<span>x</span>'.repeat(160_000)}</body></html>`);
    const big = await winnow(['clean', '-f', 'jsonl', '-'], huge);
    expect(big.code).toBe(1);
    expect(JSON.parse(big.stdout.trim()).error).toMatch(
      /too large to clean \(160,\d{3} elements; the limit is 150,000\)/,
    );
    const deep = Buffer.from(`<html><body>${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}</body></html>`);
    const nested = await winnow(['clean', '-f', 'jsonl', '-'], deep);
    expect(nested.code).toBe(1);
    expect(JSON.parse(nested.stdout.trim()).error).toMatch(/nested too deeply to clean \(more than 3,000 levels\)/);
  }, 180_000);

  it('prints its version, the one in package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await winnow(['--version'])).toEqual({ code: 0, stdout: `winnow ${version}\n`, stderr: '' });
  });
});

/** The records of a JSONL batch, one a line. */
const jsonlRecords = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('a batch on several cores (worker threads)', () => {
  it('prints the same records in the same order with one worker or two', async () => {
    const one = await winnow(['clean', '-f', 'jsonl', '--jobs', '1', 'test/fixtures/cli/']);
    const two = await winnow(['clean', '-f', 'jsonl', '--jobs', '2', 'test/fixtures/cli/']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n').length).toBeGreaterThan(5);
    expect(two.code).toBe(one.code);
  }, 180_000);

  it('gives a page that hangs or crashes its worker its own error, and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'winnow-workers-'));
    const page = fixture('english.html').toString('utf8');
    const faulty = (marker: string) => page.replace('<body>', `<body><!-- winnow-fault:${marker} -->`);
    writeFileSync(join(dir, 'a.html'), page);
    writeFileSync(join(dir, 'b-hangs.html'), faulty('hang'));
    writeFileSync(join(dir, 'c-crashes.html'), faulty('crash'));
    writeFileSync(join(dir, 'd.html'), page);
    try {
      // The worker obeys these markers only under WINNOW_FAULT_INJECTION=1 (src/cli/jsdom/worker.ts).
      const run = await winnow(['clean', '-f', 'jsonl', '--jobs', '2', '--page-timeout', '15', dir], undefined, {
        WINNOW_FAULT_INJECTION: '1',
      });
      const records = jsonlRecords(run.stdout);
      expect(records.map((r) => r.error ?? r.title)).toEqual([
        'River Clean-up Draws Hundreds of Volunteers',
        'timed out after 15 s while cleaning',
        'crashed while cleaning (its worker exited with code 3)',
        'River Clean-up Draws Hundreds of Volunteers',
      ]);
      expect(run.stderr).toContain(`winnow: ${join(dir, 'b-hangs.html')}: timed out after 15 s while cleaning\n`);
      expect(run.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('gives a page whose worker was worn out by earlier pages a second try in a fresh worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'winnow-workers-'));
    const page = fixture('english.html').toString('utf8');
    writeFileSync(join(dir, 'a.html'), page);
    // Ends a worker that has cleaned a page before, as one that ran out of heap after many pages does.
    writeFileSync(join(dir, 'b-worn.html'), page.replace('<body>', '<body><!-- winnow-fault:worn -->'));
    try {
      const run = await winnow(['clean', '-f', 'jsonl', '--jobs', '1', dir], undefined, {
        WINNOW_FAULT_INJECTION: '1',
      });
      const records = jsonlRecords(run.stdout);
      expect(records.map((r) => r.error ?? r.title)).toEqual([
        'River Clean-up Draws Hundreds of Volunteers',
        'River Clean-up Draws Hundreds of Volunteers',
      ]);
      expect(run.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
