/**
 * `winnow` as a user runs it, on real files and a real local HTTP server — in this process, through main() with
 * its output captured: these tests are about what the command prints and returns, not about the process.
 * What only the built program shows (exit codes reaching the shell, stdin, worker threads) is in process.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { fixture, FIXTURES, ROOT, SEED_PAGE } from './helpers.js';

const ZH_TITLE = '城市图书馆夜间开放 读者人数创新高';
const SEED_TITLE = '山東脫貧攻堅“成績單”:全省貧困勞動力每年務工就業規模達40萬人';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function winnow(args: string[], stdin?: Buffer): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    readStdin: async () => stdin ?? new Uint8Array(),
    env: process.env,
  });
  return { code, stdout, stderr };
}

describe('winnow clean --format jsonl on a directory of mixed, broken and GBK pages', () => {
  let run: Run;
  let lines: Array<Record<string, unknown>>;
  beforeAll(async () => {
    run = await winnow(['clean', '--format', 'jsonl', 'test/fixtures/cli/']);
    lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  });

  it('prints one line per saved page, in sorted order, skipping non-pages', () => {
    const pages = readdirSync(FIXTURES)
      .filter((name) => /\.html?(\.gz)?$/.test(name))
      .sort();
    expect(lines.map((line) => line.file)).toEqual(pages.map((name) => `test/fixtures/cli/${name}`));
    expect(run.code).toBe(0);
  });

  it('reports broken pages as {file, error} and goes on', () => {
    const errors = Object.fromEntries(lines.filter((line) => 'error' in line).map((line) => [line.file, line.error]));
    expect(errors).toEqual({
      'test/fixtures/cli/empty.html': 'empty file',
      'test/fixtures/cli/garbage.html': 'binary data, not an HTML page',
      'test/fixtures/cli/no-article.htm': 'no article found',
    });
    expect(run.stderr).toContain('winnow: no article found in test/fixtures/cli/no-article.htm');
  });

  it('gets every Chinese, Japanese and English title right, whatever the encoding', () => {
    const titles = Object.fromEntries(
      lines.filter((line) => 'title' in line).map((line) => [String(line.file).split('/').pop(), line.title]),
    );
    expect(titles).toEqual({
      'big5.html': '老街書店重新開幕 吸引大批讀者',
      'english.html': 'River Clean-up Draws Hundreds of Volunteers',
      'gb2312-labelled.html': ZH_TITLE,
      'gbk-declared.html': ZH_TITLE,
      'gbk-gzipped.html.gz': ZH_TITLE,
      'gbk-undeclared.html': ZH_TITLE,
      'mislabelled-utf8.html': ZH_TITLE,
      'shift_jis.html': '駅前の商店街に新しい図書室が開館',
      'utf16le-bom.html': 'River Clean-up Draws Hundreds of Volunteers',
    });
    const gbk = lines.find((line) => String(line.file).endsWith('gbk-declared.html'))!;
    expect(gbk.textContent).toContain('夜间到馆读者累计超过八万人次');
    expect(gbk.url).toMatch(/^file:\/\/.*gbk-declared\.html$/);
  });

  it('warns on stderr when a page lies about its encoding', () => {
    expect(run.stderr).toMatch(
      /winnow: test\/fixtures\/cli\/mislabelled-utf8\.html: warning: declares utf-8 .* decoded as gb18030/,
    );
  });
});

describe('the seed page through the CLI', () => {
  it('returns the real headline and byline, and none of the spam', async () => {
    const run = await winnow(['clean', '--format', 'json', SEED_PAGE]);
    expect(run.code).toBe(0);
    const article = JSON.parse(run.stdout) as Record<string, string>;
    expect(article.title).toBe(SEED_TITLE);
    expect(article.byline).toBe('張春曉');
    for (const spam of ['国产', '少妇', '中文字幕'])
      expect(`${article.title}${article.excerpt}${article.textContent}`).not.toContain(spam);
  });

  it('prints readable text by default: headline, meta line, blank line, paragraphs', async () => {
    const run = await winnow(['clean', SEED_PAGE]);
    const [title, meta, blank, first] = run.stdout.split('\n');
    expect([title, meta, blank]).toEqual([SEED_TITLE, '張春曉 · 大眾報業·大眾日報客戶端 · 2021-03-12', '']);
    expect(first).toMatch(/^山東貧困勞動力每年務工就業規模保持在40萬人左右/);
    expect(run.stdout).toContain('\n\n增加就業是最有效最直接的脫貧方式');
  });

  it('exports Markdown with front matter', async () => {
    const run = await winnow(['clean', '-f', 'markdown', '--url', 'https://example.test/news/1.html', SEED_PAGE]);
    expect(run.stdout).toMatch(new RegExp(`^---\\ntitle: "${SEED_TITLE}"\\nauthor: "張春曉"\\n`));
    expect(run.stdout).toContain('source: "https://example.test/news/1.html"');
    expect(run.stdout).toContain(`# ${SEED_TITLE}\n\n山東貧困勞動力`);
  });
});

describe('formats and inputs', () => {
  it('writes a standalone HTML page that a browser reads as UTF-8', async () => {
    const run = await winnow(['clean', '--format=html', `${FIXTURES}gbk-declared.html`]);
    const doc = new JSDOM(run.stdout).window.document;
    expect(doc.characterSet).toBe('UTF-8');
    expect(doc.title).toBe(ZH_TITLE);
    expect(doc.body.textContent).toContain('图书馆负责人王堃介绍');
    expect(doc.querySelector('script, nav, footer')).toBeNull();
  });

  it('reads stdin, with --url as the page address', async () => {
    const run = await winnow(
      ['clean', '-f', 'json', '--url', 'https://news.example/a', '-'],
      fixture('gbk-declared.html'),
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ title: ZH_TITLE, url: 'https://news.example/a' });
  });

  it('gives a JSON array for several inputs, failures included', async () => {
    const run = await winnow(['clean', '-f', 'json', `${FIXTURES}english.html`, `${FIXTURES}empty.html`]);
    const records = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(records.map((r) => r.title ?? r.error)).toEqual([
      'River Clean-up Draws Hundreds of Volunteers',
      'empty file',
    ]);
    expect(records[0]!.file).toBe(`${FIXTURES}english.html`);
  });

  it('heads each article with its file in a text batch', async () => {
    const run = await winnow(['clean', `${FIXTURES}big5.html`, `${FIXTURES}shift_jis.html`]);
    expect(run.stdout).toMatch(/^==> .*big5\.html <==\n老街書店重新開幕/);
    expect(run.stdout).toMatch(/\n\n==> .*shift_jis\.html <==\n駅前の商店街に新しい図書室が開館\n山田太郎\n/);
  });
});

describe('exit status and usage', () => {
  it('exits 1 with a message when the one input has no article, or cannot be read', async () => {
    const none = await winnow(['clean', `${FIXTURES}no-article.htm`]);
    expect(none).toMatchObject({ code: 1, stdout: '' });
    expect(none.stderr).toBe(`winnow: no article found in ${FIXTURES}no-article.htm\n`);
    const missing = await winnow(['clean', 'nope.html']);
    expect(missing).toMatchObject({ code: 1, stderr: 'winnow: nope.html: no such file or directory\n' });
  });

  it('exits 1 only when no input of a batch gave an article', async () => {
    expect((await winnow(['clean', `${FIXTURES}empty.html`, `${FIXTURES}english.html`])).code).toBe(0);
    expect((await winnow(['clean', '-f', 'jsonl', `${FIXTURES}empty.html`, `${FIXTURES}garbage.html`])).code).toBe(1);
  });

  it('exits 2 with the usage on unknown flags, formats, commands, or no input', async () => {
    for (const args of [
      ['clean', '--frobnicate', 'a.html'],
      ['clean', '--format', 'pdf', 'a.html'],
      ['clean'],
      ['scrub', 'a.html'],
      [],
      ['clean', '--timeout', '0', 'a.html'],
      ['clean', '--url', 'https://x.test/', `${FIXTURES}big5.html`, `${FIXTURES}english.html`],
    ]) {
      const run = await winnow(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^winnow: .+\n\nUsage: winnow/);
    }
    expect((await winnow(['clean', '--format', 'pdf', 'a.html'])).stderr).toContain("unknown format 'pdf'");
  });

  it('prints help and version, exit 0', async () => {
    const help = await winnow(['clean', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit status: 0 when at least one input gave an article');
    expect((await winnow(['--help'])).stdout).toMatch(/Commands:\n {2}clean/);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await winnow(['--version'])).toEqual({ code: 0, stdout: `winnow ${version}\n`, stderr: '' });
  });
});

describe('URL inputs', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/gbk')
        res.writeHead(200, { 'content-type': 'text/html; charset=gbk' }).end(fixture('gbk-undeclared.html'));
      else if (req.url === '/old') res.writeHead(301, { location: '/gbk' }).end();
      else if (req.url === '/slow')
        return; // never answers: only --timeout ends it
      else if (req.url === '/big') {
        res.writeHead(200);
        res.end(Buffer.alloc(200 * 1024, 0x20));
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches, follows redirects, decodes by the Content-Type charset', async () => {
    const run = await winnow(['clean', '-f', 'jsonl', `${base}/old`]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ url: `${base}/gbk`, title: ZH_TITLE });
  });

  it('reports timeouts, oversize bodies and HTTP errors per URL, and goes on', async () => {
    const run = await winnow([
      'clean',
      '-f',
      'jsonl',
      // Long enough for the pages that answer to arrive on a loaded machine; /slow never answers at all.
      '--timeout',
      '3',
      '--max-size',
      '0.1',
      `${base}/slow`,
      `${base}/big`,
      `${base}/gone`,
      `${base}/gbk`,
    ]);
    expect(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      { url: `${base}/slow`, error: 'timed out after 3 s' },
      { url: `${base}/big`, error: 'larger than the 102.4 KB limit' },
      { url: `${base}/gone`, error: 'HTTP 404 Not Found' },
      expect.objectContaining({ url: `${base}/gbk`, title: ZH_TITLE }),
    ]);
    expect(run.code).toBe(0);
  });
});

describe('--charset', () => {
  it('reads a page in the encoding the user names, over its own wrong declaration', async () => {
    const lying = Buffer.from(
      fixture('big5.html').toString('latin1').replace('charset="big5"', 'charset="gbk"'),
      'latin1',
    );
    const plain = await winnow(['clean', '--format', 'json', '-'], lying);
    expect(plain.stderr).toMatch(/declares gbk but may be big5 .*--charset big5/);
    const run = await winnow(['clean', '--format', 'json', '--charset', 'Big5', '-'], lying);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { title: string }).title).toBe('老街書店重新開幕 吸引大批讀者');
  });

  it('refuses an encoding it does not know, as a usage error', async () => {
    const run = await winnow(['clean', '--charset', 'klingon-8', '-'], Buffer.from('<p>x</p>'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--charset: unknown encoding 'klingon-8'");
  });
});
