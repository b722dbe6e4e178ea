/**
 * `winnow clean --engine chromium` as a user runs it: the built CLI (dist/cli.mjs) in a subprocess, Debian's
 * Chromium, saved files in a temporary folder and a page on a 127.0.0.1 server.
 *   - spam that only a rendered page shows to be hidden (an external stylesheet beside a saved file; a script on
 *     a live URL): the jsdom path keeps it, the chromium engine removes it, the article stays;
 *   - ordinary saved pages (Zyte): the same article text as the popup shows after a real toolbar click;
 *   - a saved page reaches nothing on the network, and a batch keeps its order with several tabs.
 */
import { FIXED_HOST, PAGE as FERRY_PAGE, SETTINGS } from '../helpers/site-fix-page.js';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zytePages } from '../../bench/lib/zyte.js';
import type { Article } from '../../src/core/types.js';
import { availableBrowsers, clickForWholeClean, DIST, launch, type ExtensionBrowser } from './harness.js';
import { multiPageSite, OPENINGS, STORY_PAGES } from '../helpers/multipage-site.js';

const CLI = join(DIST, 'cli.mjs');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function winnow(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('node', [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

const jsonl = (run: Run) =>
  run.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Article & { file?: string; url?: string; error?: string });

const PARAGRAPHS = [
  'The city council voted on Tuesday to expand the downtown library, ending a debate that had lasted almost three years.',
  'Supporters said the new wing would give students a quiet place to work after school and on weekends throughout the year.',
  'Opponents worried about the cost, but the final budget came in lower than the estimate published last spring by the mayor.',
  'Construction is expected to begin in the autumn and to finish before the start of the next school year, officials said.',
];
/** Spam words with a link, the kind hacked pages park out of sight inside the article. */
// A sentence, not a bare keyword line: the visible-spam rules would take a line of terms on the jsdom path too,
// and this test is about what only a rendered page can see.
const SPAM =
  'Tonight only, the whole 东京热 collection is free for every visitor. <a href="http://x.example.com/">Watch it here</a>.';
const SPAM_TEXT = '东京热';
const article = (spam: string) =>
  `<article><h1>Council approves library expansion</h1><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>` +
  `${spam}<p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></article>`;
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves library expansion</title>${head}</head><body>${body}</body></html>`;

const chrome = availableBrowsers().includes('chrome') ? ['chrome'] : [];

describe.each(chrome)('winnow clean --engine chromium (%s)', () => {
  let folder: string;
  let server: Server;
  let origin: string;
  /** Every path the local server was asked for. */
  const requested: string[] = [];
  const ordinary = zytePages(4).slice(0, 3);

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'winnow-cli-engine-'));
    // A page saved "complete": its stylesheet in page_files/ parks the spam off-screen; the jsdom path reads
    // only inline styles and <style>, so it cannot know. The beacon points at the local server: a saved page
    // must not reach it.
    mkdirSync(join(folder, 'styled_files'));
    writeFileSync(join(folder, 'styled_files', 'site.css'), '.aside-note { position: absolute; left: -9999px; }');
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      requested.push(path);
      if (path === '/scripted.html') {
        // Scripts run on a live URL: this one hides the spam as the page loads, as hacked sites do.
        return void res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            page(
              '',
              `${article(`<p id="spam">${SPAM}</p>`)}<script>document.getElementById('spam').style.display = 'none';</script>`,
            ),
          );
      }
      const multi = multiPageSite()[path];
      if (multi) return void res.writeHead(200, { 'content-type': multi.type }).end(Buffer.from(multi.body));
      const zyte = ordinary.find((p) => path === `/zyte/${p.id}.html`);
      // The popup's copy of a saved page, with its scripts off as the CLI keeps them off for files.
      if (zyte)
        return void res
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': "script-src 'none'",
          })
          .end(zyte.html);
      res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    writeFileSync(
      join(folder, 'styled.html'),
      page(
        '<link rel="stylesheet" href="styled_files/site.css">',
        `${article(`<p class="aside-note">${SPAM}</p>`)}<img src="${origin}/beacon.png"><script>fetch('${origin}/script-ran')</script>`,
      ),
    );
    writeFileSync(join(folder, 'ferry.html'), FERRY_PAGE);
    writeFileSync(join(folder, 'settings.json'), SETTINGS);
    mkdirSync(join(folder, 'zyte'));
    for (const p of ordinary) writeFileSync(join(folder, 'zyte', `${p.id}.html`), p.html);
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await new Promise<void>((done) => server.close(() => done()));
  });

  it("removes spam hidden by a saved page's external stylesheet, which the jsdom path keeps; the article stays", async () => {
    const file = join(folder, 'styled.html');
    const [jsdom] = jsonl(await winnow(['clean', '--format', 'jsonl', file]));
    const run = await winnow(['clean', '--engine', 'chromium', '--format', 'jsonl', file]);
    expect(run.code).toBe(0);
    const [live] = jsonl(run);
    expect(jsdom!.textContent).toContain(SPAM_TEXT);
    expect(live!.textContent).not.toContain(SPAM_TEXT);
    for (const paragraph of PARAGRAPHS) expect(live!.textContent).toContain(paragraph);
    expect(live!.removed).toContainEqual(
      expect.objectContaining({ reason: 'spam:hidden-offscreen', text: expect.stringContaining(SPAM_TEXT) }),
    );
    expect(live!.file).toBe(file);
  });

  it('joins a multi-page article from the page itself, as the popup does; --no-follow-pages reads page 1 only', async () => {
    const url = `${origin}${STORY_PAGES[0]}`;
    const [joined] = jsonl(await winnow(['clean', '--engine', 'chromium', '--format', 'jsonl', url]));
    const at = OPENINGS.map((opening) => joined!.textContent.indexOf(opening));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    for (const opening of OPENINGS) expect(joined!.textContent.split(opening)).toHaveLength(2);
    expect(joined!.pages).toBe(3);
    const [single] = jsonl(
      await winnow(['clean', '--engine', 'chromium', '--format', 'jsonl', '--no-follow-pages', url]),
    );
    expect(single!.textContent).not.toContain(OPENINGS[1]);
    expect(single!.pages).toBeUndefined();
  });

  it("applies a site's fix from an exported settings file (--settings), as the extension does", async () => {
    const read = async (...extra: string[]) =>
      jsonl(
        await winnow([
          'clean',
          '--engine',
          'chromium',
          '--format',
          'jsonl',
          '--url',
          `https://${FIXED_HOST}/ferry.html`,
          ...extra,
          join(folder, 'ferry.html'),
        ]),
      )[0]!.textContent;
    expect(await read()).toContain('Reply 3 about the ferry');
    const fixed = await read('--settings', join(folder, 'settings.json'));
    expect(fixed).toContain('propeller shafts');
    expect(fixed).not.toContain('Reply 3 about the ferry');
  });

  it('keeps a saved page off the network with its scripts off', async () => {
    requested.length = 0;
    await winnow(['clean', '--engine', 'chromium', join(folder, 'styled.html')]);
    expect(requested).toEqual([]);
  });

  it("removes spam a live page's script hides as it loads, which the jsdom path keeps", async () => {
    const url = `${origin}/scripted.html`;
    const [jsdom] = jsonl(await winnow(['clean', '--format', 'jsonl', url]));
    const [live] = jsonl(await winnow(['clean', '--engine', 'chromium', '--format', 'jsonl', url]));
    expect(jsdom!.textContent).toContain(SPAM_TEXT);
    expect(live!.url).toBe(url);
    expect(live!.textContent).not.toContain(SPAM_TEXT);
    for (const paragraph of PARAGRAPHS) expect(live!.textContent).toContain(paragraph);
  });

  it("reports a failing URL as that input's error and goes on", async () => {
    const run = await winnow([
      'clean',
      '--engine',
      'chromium',
      '--format',
      'jsonl',
      `${origin}/missing.html`,
      join(folder, 'styled.html'),
    ]);
    const [missing, styled] = jsonl(run);
    expect(missing).toEqual({ url: `${origin}/missing.html`, error: 'HTTP 404 Not Found' });
    expect(styled!.textContent).toContain(PARAGRAPHS[0]);
    expect(run.stderr).toContain(`winnow: ${origin}/missing.html: HTTP 404 Not Found\n`);
    expect(run.code).toBe(0);
  });

  describe("ordinary pages: the popup's article", () => {
    let browser: ExtensionBrowser;
    let batch: ReturnType<typeof jsonl>;
    beforeAll(async () => {
      browser = await launch('chrome');
      batch = jsonl(
        await winnow(['clean', '--engine', 'chromium', '--jobs', '2', '--format', 'jsonl', join(folder, 'zyte')]),
      );
    });
    afterAll(() => browser?.close());

    it('prints the batch in sorted order, one line per page', () => {
      expect(batch.map((line) => line.file)).toEqual(ordinary.map((p) => join(folder, 'zyte', `${p.id}.html`)).sort());
    });

    it.each(ordinary.map((p) => [p.id, p] as const))('%s: same title and text as the popup', async (id) => {
      const popup = await clickForWholeClean(browser, `${origin}/zyte/${id}.html`, { localOnly: true });
      expect(popup.article?.skipped).toBeUndefined();
      const cli = batch.find((line) => line.file === join(folder, 'zyte', `${id}.html`));
      expect(popup.article?.textContent.length).toBeGreaterThan(200);
      expect(cli?.textContent).toBe(popup.article?.textContent);
      expect(cli?.title).toBe(popup.article?.title);
    });
  });
});
