/**
 * The browser as the oracle for decoding: generated pages (test/helpers/charset-cases.ts), one for each encoding ×
 * way of declaring it, loaded by headless Chromium and Firefox, and the CLI's decode must read the same title
 * and text. Declared pages are served from 127.0.0.1 (with their charset in the Content-Type only when the case
 * says so); undeclared ones are opened as saved files, which is what the CLI reads — over HTTP, neither browser
 * detects UTF-8 (by policy, to make sites label it), so an undeclared UTF-8 page read there is mojibake.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import type { Page } from 'puppeteer-core';
import { decode } from '../../src/cli/decode.js';
import { charsetCases, isUtf16, type CharsetCase } from '../helpers/charset-cases.js';
import { availableBrowsers, plainBrowser, serve, type FixtureServer } from './harness.js';

/**
 * The first generated case of each encoding × declaration (UTF-16 once each: its BOM outweighs any
 * declaration) — 62 pages.
 */
const CASES = (() => {
  const seen = new Set<string>();
  return charsetCases(2000, 20261202).filter((c) => {
    const key = isUtf16(c.encoding) ? c.encoding : `${c.encoding} ${c.declaration}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
})();

let server: FixtureServer;
let savedDir = '';

beforeAll(async () => {
  savedDir = mkdtempSync(join(tmpdir(), 'winnow-charset-'));
  // Each page's bytes, with its charset in the Content-Type only when the case says so.
  server = await serve(
    Object.fromEntries(
      CASES.map((c, i) => [`/${i}`, { body: Buffer.from(c.bytes), type: c.contentType ?? 'text/html' }]),
    ),
  );
});
afterAll(async () => {
  await server?.close();
  if (savedDir) rmSync(savedDir, { recursive: true, force: true });
});

interface Reading {
  encoding: string;
  text: string;
}

async function browserReads(tab: Page, c: CharsetCase, index: number): Promise<Reading> {
  let url = server.url(`/${index}`);
  if (c.declaration === 'none' && !isUtf16(c.encoding)) {
    const file = join(savedDir, `${index}.html`);
    writeFileSync(file, c.bytes);
    url = pathToFileURL(file).href;
  }
  await tab.goto(url, { waitUntil: 'load' });
  return tab.evaluate(() => ({
    encoding: document.characterSet,
    text: `${document.title}\n${document.body.textContent}`,
  }));
}

function cliReads(c: CharsetCase): Reading & { warning?: string } {
  const { text, encoding, warning } = decode(c.bytes, { contentType: c.contentType });
  const { document } = new JSDOM(text).window;
  return { encoding, warning, text: `${document.title}\n${document.body.textContent}` };
}

/** gbk and gb18030 are one decoder; the browsers name undeclared Chinese GBK where Winnow says gb18030. */
const family = (encoding: string) => (encoding.toLowerCase() === 'gbk' ? 'gb18030' : encoding.toLowerCase());

const ICU_DIFFERS = new Set(['euc-jp', 'shift_jis', 'big5']);

describe.each(availableBrowsers())('decoding as %s reads the page', (kind) => {
  let tab: Page;
  beforeAll(async () => {
    tab = await (await plainBrowser(kind)).newPage();
  });
  afterAll(() => tab?.close());

  test('the sample covers every encoding and declaration, in most languages', () => {
    expect(CASES).toHaveLength(10 * 6 + 2);
    expect(new Set(CASES.map((c) => c.language)).size).toBeGreaterThanOrEqual(7);
  });

  test.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, index) => {
    const seen = await browserReads(tab, c, index);
    const cli = cliReads(c);
    if (c.declaration !== 'wrong' || isUtf16(c.encoding)) {
      expect(cli.text).toBe(seen.text);
      return;
    }
    if (/unreadable|valid UTF-8/.test(cli.warning ?? '')) {
      // The browser shows mojibake or a page of U+FFFD; Winnow reads the author's text and says why (issue 2):
      // a declaration that leaves the page unreadable, or a legacy label on bytes that are valid UTF-8 throughout.
      const { document } = new JSDOM(c.html).window;
      expect(cli.text).toBe(`${document.title}\n${document.body.textContent}`);
      if (/valid UTF-8/.test(cli.warning ?? '')) {
        expect(c.encoding).toBe('utf-8');
        return;
      }
      expect(seen.text.split('\uFFFD').length - 1).toBeGreaterThanOrEqual(8);
      return;
    }
    // A wrong declaration is obeyed: the same encoding, and the same mojibake — except where Node's ICU decoders
    // are not the Encoding Standard's: EUC-JP keeps stray 0x80–0xA0 bytes as C1 controls, Shift_JIS swallows the
    // ASCII byte after a bad lead byte (the standard gives it back), and Big5 lacks the HKSCS part (private-use
    // characters where browsers read the real ones).
    expect(family(cli.encoding)).toBe(family(seen.encoding));
    if (!ICU_DIFFERS.has(family(cli.encoding))) expect(cli.text).toBe(seen.text);
  });
});
