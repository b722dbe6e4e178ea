/**
 * `winnow clean URL` on a multi-page article (issue 16), against a local HTTP server: the three pages of a
 * Chinese story (`_2.html`, 下一页, pages 2 and 3 in GBK) come out as one article, once each and in order;
 * --no-follow-pages, a headline list's pager and a page read from stdin fetch nothing more.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { LIST, LIST_NEXT, multiPageSite, OPENINGS, STORY_PAGES, TITLE } from '../../helpers/multipage-site.js';

const site = multiPageSite();
let server: Server;
let base: string;
let requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const route = site[path];
    if (route) res.writeHead(200, { 'content-type': route.type }).end(Buffer.from(route.body));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  requests = [];
});

async function clean(args: string[], stdin?: Buffer) {
  let stdout = '';
  let stderr = '';
  const code = await main(['clean', '-f', 'json', ...args], {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    readStdin: async () => stdin ?? new Uint8Array(),
    env: process.env,
  });
  return { code, stderr, article: JSON.parse(stdout || 'null') as Record<string, unknown> | null };
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('winnow clean URL follows a multi-page article', () => {
  it('joins the three pages, each once and in order, and records them', async () => {
    const run = await clean([`${base}${STORY_PAGES[0]}`]);
    expect(run.code).toBe(0);
    const text = String(run.article?.textContent);
    expect(run.article?.title).toBe(TITLE);
    for (const opening of OPENINGS) expect(count(text, opening)).toBe(1);
    const at = OPENINGS.map((opening) => text.indexOf(opening));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).not.toContain('下一页');
    expect(run.article?.pages).toBe(3);
    expect(run.article?.pageUrls).toEqual(STORY_PAGES.map((path) => `${base}${path}`));
  });

  it('--no-follow-pages: the first page only, and nothing else fetched', async () => {
    const run = await clean(['--no-follow-pages', `${base}${STORY_PAGES[0]}`]);
    expect(String(run.article?.textContent)).toContain(OPENINGS[0]);
    expect(String(run.article?.textContent)).not.toContain(OPENINGS[1]);
    expect(run.article?.pages).toBeUndefined();
    expect(requests).toEqual([STORY_PAGES[0]]);
  });

  it('does not follow the pager under a list of headlines', async () => {
    const run = await clean([`${base}${LIST}`]);
    expect(run.article?.pages).toBeUndefined();
    expect(requests).not.toContain(LIST_NEXT);
  });

  it('does not follow a page read from stdin, even shown under its address', async () => {
    const run = await clean(['--url', `${base}${STORY_PAGES[0]}`, '-'], Buffer.from(site[STORY_PAGES[0]!]!.body));
    expect(String(run.article?.textContent)).toContain(OPENINGS[0]);
    expect(run.article?.pages).toBeUndefined();
    expect(requests).toEqual([]);
  });
});
