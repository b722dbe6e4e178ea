/**
 * The extension cleans a page in two places: its live half in the page, the extraction in an extension document
 * that parses the prepared copy again (src/core/prepared-page.ts). The reader must get the article the whole clean
 * in one place gives — the same text, the same links resolved against the page, the same headline and site name
 * read from the page's address — even though the parsed copy's own address is the extension page's.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parse, readFixture } from '../../helpers/dom.js';
import { cleanMeasured, finishClean } from '../../../src/core/clean-measured.js';
import { prepareClean } from '../../../src/core/prepare-clean.js';
import { parsePrepared, serialiseClone } from '../../../src/core/prepared-page.js';
import { staticVerdicts } from '../../../src/core/visibility/static.js';
import type { Article } from '../../../src/core/types.js';

/** The extension document's window: another address, another document. */
const extensionPage = new JSDOM('<!doctype html><title>extractor</title>', {
  url: 'https://extension.invalid/extractor.html',
});
const extensionWindow = extensionPage.window as unknown as Window & typeof globalThis;

function both(html: string | Buffer, url: string): { whole: Article | null; split: Article | null } {
  const whole = parse(html, url);
  const win = whole.window as unknown as Window;
  const doc = whole.window.document;
  const verdicts = staticVerdicts(doc);
  const expected = cleanMeasured(doc, verdicts, { url, window: win });
  const prepared = prepareClean(doc, verdicts, { url });
  const { clone } = prepared;
  const page = { html: serialiseClone(clone), url, baseURI: clone.baseURI, removed: prepared.removed };
  const parsed = parsePrepared(page, new extensionWindow.DOMParser());
  const split = finishClean({ clone: parsed, removed: page.removed }, { url, window: extensionWindow });
  return { whole: expected, split };
}

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of a long and perfectly ordinary article about rivers, bridges and the people who cross them ` +
  `every single morning on their way to work, with <a href="#note-${n}">a note</a> and <a href="../map/${n}">a map</a>.</p>`;
const story = (head: string) =>
  `<!doctype html><html lang="en"><head>${head}<title>The bridges of the river city | The Daily Example</title></head>` +
  `<body><article><h1>The bridges of the river city</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}` +
  `<p><img src="img/bridge.jpg" alt="A bridge"></p></article></body></html>`;

describe('the prepared page, serialised in the page and parsed in the extension', () => {
  it("keeps links resolved against the page's address, and links within the page as they were", () => {
    const { whole, split } = both(story(''), 'https://news.example/city/bridges?id=7');
    expect(split).toEqual(whole);
    expect(split!.content).toContain('href="https://news.example/map/1"');
    expect(split!.content).toContain('src="https://news.example/city/img/bridge.jpg"');
    expect(split!.content).toContain('href="#note-1"');
  });

  it("resolves against the page's own <base>, not the extension page's address", () => {
    const { whole, split } = both(story('<base href="https://cdn.example/mirror/">'), 'https://news.example/a/b');
    expect(split).toEqual(whole);
    expect(split!.content).toContain('href="https://cdn.example/map/1"');
    expect(split!.content).not.toContain('extension.invalid');
  });

  it("resolves the article's links against the page, not a <base> a hostile page hid in its story", () => {
    const html = story('').replace('<h1>', '<base href="https://evil.example/hit/"><h1>');
    const { whole, split } = both(html, 'https://news.example/a/b');
    expect(split).toEqual(whole);
    expect(split!.content).not.toContain('evil.example');
  });

  it('gives the same article as the whole clean on the seed page, the hidden-spam pages and the Chinese portals', () => {
    const dirs = ['../../fixtures/spam/', '../../fixtures/zh/'].map((dir) => new URL(dir, import.meta.url));
    const pages = [
      new URL('../../fixtures/pages/seed-page.html', import.meta.url),
      ...dirs.flatMap((dir) =>
        readdirSync(dir)
          .filter((f) => f.endsWith('.html'))
          .map((f) => new URL(f, dir)),
      ),
    ];
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const { whole, split } = both(readFixture(page), `https://news.example/${page.pathname.split('/').pop()}`);
      expect(split, page.pathname).toEqual(whole);
    }
  });

  it("trims the site's name from the headline by the page's host, not the extension page's", () => {
    const html = story('')
      .replace(
        '<title>The bridges of the river city | The Daily Example</title>',
        '<title>河流城市的桥梁_dzwww</title>',
      )
      .replace('<h1>The bridges of the river city</h1>', '');
    const { whole, split } = both(html, 'https://www.dzwww.com/city/bridges.html');
    expect(split).toEqual(whole);
    expect(split!.title).toBe('河流城市的桥梁');
  });

  it("keeps the page's parsing mode: a page without a doctype is parsed in quirks mode again", () => {
    const quirks = parse('<html><body><p>Old page</p></body></html>').window.document;
    const standard = parse('<!DOCTYPE html><html><body><p>New page</p></body></html>').window.document;
    const legacy = parse(
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd"><p>x',
    ).window.document;
    for (const doc of [quirks, standard, legacy]) {
      const page = { html: serialiseClone(doc), url: 'https://a.example/', baseURI: 'https://a.example/', removed: [] };
      expect(parsePrepared(page, new extensionWindow.DOMParser()).compatMode).toBe(doc.compatMode);
    }
  });
});
