import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../../src/cli/fetch.js';
import { expandInputs } from '../../../src/cli/inputs.js';
import type { Io } from '../../../src/cli/io.js';
import { encodeLegacy, fixture, FIXTURES } from './helpers.js';

const io: Io = { out: () => {}, err: () => {}, readStdin: async () => new Uint8Array(), env: {} };
const limits = { timeoutMs: 5000, maxBytes: 64 * 1024 };

describe('expandInputs', () => {
  it('walks a directory recursively, keeps only saved pages, in code-point order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'winnow-inputs-'));
    mkdirSync(join(dir, 'b'));
    for (const name of ['Z.html', 'a.htm', 'b/c.html.gz', 'b/d.HTML', 'notes.txt', 'page.html.bak'])
      writeFileSync(join(dir, name), '');
    const sources = await expandInputs([dir], io, limits);
    expect(sources.map((s) => s.label.slice(dir.length + 1))).toEqual(['Z.html', 'a.htm', 'b/c.html.gz', 'b/d.HTML']);
    expect(sources.every((s) => s.kind === 'file' && s.inDirectory)).toBe(true);
  });

  it("turns a missing file or a directory without pages into that input's own error", async () => {
    const empty = mkdtempSync(join(tmpdir(), 'winnow-empty-'));
    const [missing, none] = await expandInputs(['no/such/page.html', empty], io, limits);
    await expect(missing!.read()).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(none!.read()).rejects.toThrow('no .html/.htm pages in this directory');
  });

  it('reads a file with its file:// URL, and stdin once', async () => {
    const [file, stdin] = await expandInputs(
      [`${FIXTURES}english.html`, '-'],
      { ...io, readStdin: async () => Buffer.from('hi') },
      limits,
    );
    expect((await file!.read()).url).toMatch(/^file:\/\/.*\/english\.html$/);
    expect(await stdin!.read()).toEqual({ bytes: Buffer.from('hi'), url: null, contentType: null });
    await expect(expandInputs(['-', '-'], io, limits)).rejects.toThrow("'-' (stdin) can be given only once");
  });
});

describe('fetchPage on a local server', () => {
  let server: Server;
  let base: string;
  const gbk = encodeLegacy('<html><body><p>城市图书馆</p></body></html>', 'gbk');
  beforeAll(async () => {
    server = createServer((req, res) => {
      const route = req.url ?? '';
      if (route === '/page') res.end(fixture('english.html'));
      else if (route === '/gbk') res.writeHead(200, { 'content-type': 'text/html; charset=GBK' }).end(gbk);
      else if (route === '/moved') res.writeHead(302, { location: '/page' }).end();
      // Never answered (or never finished): only the client's own timeout can end these requests.
      else if (route === '/slow-headers') return;
      else if (route === '/slow-body') {
        res.writeHead(200);
        res.write('<html>');
      } else if (route === '/big-declared') res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) }).end();
      else if (route === '/big-streamed') {
        res.writeHead(200);
        for (let i = 0; i < 100; i++) res.write('x'.repeat(1024));
        res.end();
      } else res.writeHead(404, 'Not Found').end('nope');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('returns bytes, final URL after redirects and Content-Type', async () => {
    const page = await fetchPage(`${base}/moved`, limits);
    expect(page.url).toBe(`${base}/page`);
    expect(Buffer.from(page.bytes).equals(fixture('english.html'))).toBe(true);
    expect((await fetchPage(`${base}/gbk`, limits)).contentType).toBe('text/html; charset=GBK');
  });

  it('fails clearly on HTTP errors and refused connections', async () => {
    await expect(fetchPage(`${base}/missing`, limits)).rejects.toThrow('HTTP 404 Not Found');
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchPage(`http://127.0.0.1:${port}/`, limits)).rejects.toThrow(/fetch failed \(ECONNREFUSED\)/);
  });

  it('gives up after the timeout, whether the headers or the body are slow', async () => {
    // The server never completes either response, so an answer at all is the timeout at work (a fetch that
    // ignored it would hang until the test's own timeout).
    const quick = { ...limits, timeoutMs: 300 };
    await expect(fetchPage(`${base}/slow-headers`, quick)).rejects.toThrow('timed out after 0.3 s');
    await expect(fetchPage(`${base}/slow-body`, quick)).rejects.toThrow('timed out after 0.3 s');
  });

  it('refuses a response over the size cap, declared or streamed', async () => {
    await expect(fetchPage(`${base}/big-declared`, limits)).rejects.toThrow('larger than the 64 KB limit');
    await expect(fetchPage(`${base}/big-streamed`, limits)).rejects.toThrow('larger than the 64 KB limit');
  });
});
