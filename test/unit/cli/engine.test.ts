/**
 * `winnow clean --engine`: the options, the messages a user gets when Chromium is missing, and the pool that
 * keeps a batch's output in input order. (The engine itself runs in a real browser: test/e2e/cli-engine.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser, INSTALL_HINT } from '../../../src/cli/browsers.js';
import { locateChromium } from '../../../src/cli/chromium/engine.js';
import { parseCleanArgs } from '../../../src/cli/commands/clean.js';
import { EngineError } from '../../../src/cli/errors.js';
import type { Io } from '../../../src/cli/io.js';
import { main } from '../../../src/cli/main.js';
import { inOrder } from '../../../src/cli/pool.js';
import { FIXTURES } from './helpers.js';

function fakeIo(env: Record<string, string> = {}, errIsTerminal = false): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    errIsTerminal,
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
    readStdin: async () => new Uint8Array(0),
    env,
  };
  return io;
}

describe('--engine and --jobs', () => {
  it('defaults to jsdom, one job per core', () => {
    const options = parseCleanArgs(['page.html'])!;
    expect(options.engine).toBe('jsdom');
    expect(options.jobs).toBeGreaterThanOrEqual(1);
  });

  it('takes chromium and a number of jobs', () => {
    expect(parseCleanArgs(['--engine', 'chromium', '-j', '3', 'page.html'])).toMatchObject({
      engine: 'chromium',
      jobs: 3,
    });
  });

  it('refuses an unknown engine or a job count that is not a whole number ≥ 1, with the usage (exit 2)', async () => {
    for (const [args, message] of [
      [['--engine', 'firefox'], "unknown engine 'firefox' (use jsdom or chromium)"],
      [['--jobs', '0'], "--jobs: expected a whole number of at least 1, got '0'"],
      [['--jobs', '1.5'], "--jobs: expected a whole number of at least 1, got '1.5'"],
      [['-j', 'many'], "--jobs: expected a whole number of at least 1, got 'many'"],
    ] as const) {
      const io = fakeIo();
      expect(await main(['clean', ...args, 'page.html'], io)).toBe(2);
      expect(io.stderr).toMatch(new RegExp(`^winnow: ${message.replace(/[.()'≥]/g, '\\$&')}\\n\\nUsage: winnow clean`));
    }
  });

  it('documents the engine, how to install Chromium, and what a saved page may load', async () => {
    const io = fakeIo();
    expect(await main(['clean', '--help'], io)).toBe(0);
    expect(io.stdout).toContain('--engine ENGINE    jsdom (default: fast, Node only) or chromium');
    expect(io.stdout).toContain('sudo apt-get install chromium, or set WINNOW_CHROME');
    expect(io.stdout).toContain('with its scripts off');
    const top = fakeIo();
    expect(await main(['--help'], top)).toBe(0);
    expect(top.stdout).toContain('winnow clean --engine chromium');
  });
});

describe('finding Chromium', () => {
  it("looks at WINNOW_CHROME first, then Debian's chromium", () => {
    const candidates = browserCandidates('chrome', { WINNOW_CHROME: '/opt/chrome/chrome' });
    expect(candidates.slice(0, 2)).toEqual(['/opt/chrome/chrome', '/usr/lib/chromium/chromium']);
    expect(findBrowser('chrome', {}, (path) => path === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
    expect(findBrowser('chrome', {}, () => false)).toBeNull();
  });

  it('says how to install it when there is none', () => {
    expect(() => locateChromium({}, () => false)).toThrow(EngineError);
    expect(() => locateChromium({}, () => false)).toThrow(
      `no Chromium found (looked at /usr/lib/chromium/chromium, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome). ${INSTALL_HINT.chrome}`,
    );
    expect(INSTALL_HINT.chrome).toContain('sudo apt-get install chromium');
  });

  it('names WINNOW_CHROME when it points nowhere, even if another Chromium is installed', () => {
    expect(() => locateChromium({ WINNOW_CHROME: '/nowhere/chrome' }, (path) => path === '/usr/bin/chromium')).toThrow(
      "WINNOW_CHROME is set to '/nowhere/chrome', which does not exist",
    );
  });

  it('ends the run with that message and exit 1 before reading any input', async () => {
    const io = fakeIo({ WINNOW_CHROME: '/nowhere/chrome' });
    expect(await main(['clean', '--engine', 'chromium', '--format', 'jsonl', `${FIXTURES}english.html`], io)).toBe(1);
    expect(io.stdout).toBe('');
    expect(io.stderr).toBe(
      "winnow: --engine chromium: WINNOW_CHROME is set to '/nowhere/chrome', which does not exist\n",
    );
  });
});

describe('the pool', () => {
  const later = (ms: number) => new Promise((done) => setTimeout(done, ms));

  it('hands results on in input order, whatever order they finish in', async () => {
    const delays = [30, 0, 20, 0, 10, 0];
    const seen: number[] = [];
    await inOrder(
      delays,
      3,
      async (delay, i) => {
        await later(delay);
        return i;
      },
      (result) => seen.push(result),
    );
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('never runs more than the limit at once, and uses it', async () => {
    let running = 0;
    let most = 0;
    await inOrder(
      Array.from({ length: 9 }, (_, i) => i),
      3,
      async () => {
        most = Math.max(most, ++running);
        await later(5);
        running--;
      },
      () => undefined,
    );
    expect(most).toBe(3);
  });

  it('emits an early result before a slow later one finishes', async () => {
    const events: string[] = [];
    await inOrder(
      [0, 40],
      2,
      async (delay, i) => {
        await later(delay);
        events.push(`done ${i}`);
        return i;
      },
      (i) => events.push(`emit ${i}`),
    );
    expect(events).toEqual(['done 0', 'emit 0', 'done 1', 'emit 1']);
  });
});

describe('progress on stderr', () => {
  const batch = ['clean', '-f', 'jsonl', `${FIXTURES}english.html`, `${FIXTURES}empty.html`];

  it('counts pages in place on a terminal, and clears its line for each message and at the end', async () => {
    const io = fakeIo({}, true);
    await main(batch, io);
    expect(io.stderr).toBe(
      '\r\x1b[Kwinnow: 0/2 pages\r\x1b[Kwinnow: 1/2 pages' +
        `\r\x1b[Kwinnow: ${FIXTURES}empty.html: empty file\n\r\x1b[Kwinnow: 1/2 pages\r\x1b[Kwinnow: 2/2 pages\r\x1b[K`,
    );
  });

  it('prints only the messages when stderr is not a terminal', async () => {
    const io = fakeIo({}, false);
    await main(batch, io);
    expect(io.stderr).toBe(`winnow: ${FIXTURES}empty.html: empty file\n`);
  });
});
