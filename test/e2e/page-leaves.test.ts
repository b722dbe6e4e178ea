/**
 * A page whose own script sends the reader elsewhere after the click (issue 15: the Zyte page 686bb170… leaves for
 * an ad-blocker wall at load). Once the new document has replaced the one clicked, the click's activeTab grant
 * is gone and the address is hidden; Winnow must say the page changed, not that the browser keeps it
 * off-limits ("restricted"), which would tell the reader to give up on a page they can read with a second click.
 * The navigation is started by the test after the click, and the new page never finishes loading (an image that
 * never arrives), so the order of events does not depend on timing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBrowsers, launch, type BrowserKind, type ExtensionBrowser } from './harness.js';

const ARTICLE = `<!doctype html><html><head><title>A page that leaves</title></head><body><article><h1>A page that leaves</h1>
${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of an article, long enough and with enough commas, clauses and words that Readability keeps it as content.</p>`).join('\n')}
</article></body></html>`;

let server: Server;
let port = 0;
const requests: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/hang.png') return; // never answers: the wall stays "loading"
    if (req.url === '/wall.html') {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>Wall</title><p>Please turn off your ad blocker.</p><img src="/hang.png">');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(
  () =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
);

describe.each<BrowserKind>(availableBrowsers())('a page that leaves after the click, in %s', (kind) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(kind);
  });
  afterAll(() => browser?.close());

  it('is "changed", never "restricted"', async () => {
    const articleUrl = `http://127.0.0.1:${port}/article.html`;
    const page = await browser.browser.newPage();
    await page.goto(articleUrl, { waitUntil: 'load' });
    await page.bringToFront();
    if (kind === 'chrome')
      await page.triggerExtensionAction((await browser.browser.extensions()).get(new URL(browser.origin).host)!);
    else await browser.clickAction!();
    // An extension page of Winnow's asks the background for what the popup would get (the router trusts any of them).
    const asker = browser.probe ?? (await browser.browser.newPage());
    if (!browser.probe) await asker.goto(`${browser.origin}/options.html`);
    const api = kind === 'chrome' ? 'chrome' : 'browser';
    const tabId = (await asker.evaluate(
      `${api}.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(articleUrl)})?.id)`,
    )) as number;
    expect(tabId).toBeTypeOf('number');
    // The page's own script leaves for another site (localhost is another origin than 127.0.0.1), whose page never finishes.
    await page.evaluate(`location.href = 'http://localhost:${port}/wall.html'`).catch(() => undefined);
    for (let i = 0; i < 200 && !requests.includes('/hang.png'); i++) await new Promise((done) => setTimeout(done, 50));
    expect(requests).toContain('/hang.png');
    const answer = (await asker.evaluate(`${api}.runtime.sendMessage({ type: 'extract-tab', tabId: ${tabId} })`)) as {
      ok: boolean;
      error?: { code: string; message: string };
    };
    expect(answer.ok).toBe(false);
    expect(answer.error!.code).not.toBe('restricted');
    expect(answer.error!.message).toMatch(/changed/i);
    if (browser.closePanels) await browser.closePanels();
    if (!browser.probe) await asker.close();
    await page.close().catch(() => undefined);
  }, 60_000);
});
