import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { toEpub } from '../../../src/core/export/epub.js';
import type { Article } from '../../../src/core/types.js';
import { cleanHtml } from '../../helpers/dom.js';
import { article, PNG, SAVED, win } from './fixture.js';
import { epubcheck, findEpubcheck } from './epubcheck.js';

const dir = mkdtempSync(join(tmpdir(), 'winnow-epub-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const checker = findEpubcheck();
const images = new Map([
  ['https://news.example/img/photo.png', { url: 'https://news.example/img/photo.png', bytes: PNG }],
]);

function check(name: string, bytes: Uint8Array): void {
  const file = join(dir, `${name}.epub`);
  writeFileSync(file, bytes);
  if (!checker) return;
  const result = epubcheck(checker, file);
  expect(result.ok, result.output).toBe(true);
}

// epubcheck starts a JVM per file: seconds each on a busy machine.
describe('EPUB 3', { timeout: 180_000 }, () => {
  const epub = toEpub(article(), { win, saved: SAVED, images });
  const files = unzipSync(epub);

  it('starts with the mimetype entry, stored uncompressed, readable at offset 38', () => {
    const view = new DataView(epub.buffer, epub.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // stored
    expect(view.getUint16(28, true)).toBe(0); // no extra field
    expect(strFromU8(epub.subarray(30, 38))).toBe('mimetype');
    expect(strFromU8(epub.subarray(38, 58))).toBe('application/epub+zip');
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'META-INF/container.xml',
        'EPUB/package.opf',
        'EPUB/nav.xhtml',
        'EPUB/article.xhtml',
        'EPUB/images/1.png',
      ]),
    );
  });

  it('serialises the article as well-formed XHTML with metadata, table, code, and embedded or linked images', () => {
    const xhtml = strFromU8(files['EPUB/article.xhtml']!);
    const doc = new JSDOM(xhtml, { contentType: 'application/xhtml+xml' }).window.document; // throws if malformed
    expect(doc.querySelector('h1')!.textContent).toBe(article().title);
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('zh-TW');
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('images/1.png');
    const remote = Array.from(doc.querySelectorAll('a')).find(
      (a) => a.getAttribute('href') === 'https://cdn.other.example/remote.jpg',
    );
    expect(remote?.textContent).toBe('[Image: Remote]');
    expect(doc.querySelector('td')!.textContent).toBe('2020');
    expect(doc.querySelector('pre code')!.textContent).toBe('const a = 1 < 2;\nconsole.log(a);');
    expect(doc.querySelectorAll('script, font, center, [onerror]')).toHaveLength(0);
    expect(doc.querySelector('a[href="#note"]')).not.toBeNull();
    expect(doc.querySelector('a[href="#missing"]')).toBeNull();
    const opf = strFromU8(files['EPUB/package.opf']!);
    expect(opf).toContain('<dc:creator>張春曉</dc:creator>');
    expect(opf).toContain('<dc:date>2024-05-01T00:00:00Z</dc:date>');
    expect(opf).toContain('<meta property="dcterms:modified">2024-06-02T10:20:30Z</meta>');
  });

  it('epubcheck is really run: a book without its mimetype entry is refused', () => {
    if (!checker) return;
    const { mimetype: _dropped, ...rest } = files;
    const file = join(dir, 'broken.epub');
    writeFileSync(file, zipSync(rest));
    const result = epubcheck(checker, file);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/mimetype/i);
  });

  it('is valid under epubcheck: the fixture with an embedded image', () => check('fixture', epub));

  it('is valid under epubcheck: an article with no metadata, odd language and markup soup', () => {
    check(
      'bare',
      toEpub(
        article({
          title: '',
          byline: null,
          siteName: null,
          publishedTime: 'last Tuesday',
          lang: 'not a language',
          dir: null,
          url: 'about:blank',
          content:
            '<li>loose item</li><dd>loose dd</dd><figcaption>loose</figcaption><p>a<sup><div>b</div></sup></p><a href="x"><a href="y">n</a></a>' +
            '<table><tr><td colspan="0">x</td><th scope="bogus">y</th></tr></table><ol start="-1"><li value="x">v</li></ol><p id="1bad" lang="??">x</p>' +
            '<math><mi>x</mi><mo>=</mo><mn>2</mn></math><svg><circle r="1"/></svg><video src="v.mp4"></video><p>\u0001ctrl\uFFFF</p><!-- a -- b -->',
        }),
        { win, saved: 'not a date' },
      ),
    );
  });

  it('is valid under epubcheck: real pages cleaned by Winnow (seed page, Chinese; zyte benchmark pages)', () => {
    const seed = readFileSync(new URL('../../fixtures/pages/seed-page.html', import.meta.url));
    const articles: Article[] = [cleanHtml(seed, { url: 'https://news.example/seed' })!];
    const zyte = new URL('../../../bench/data/zyte/html/', import.meta.url);
    for (const name of [
      '042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856',
      '3cb22bfabed8de715c0813a7bb5052363c96bd71ccce3bb2dfb3ab9d1d7a9bbc',
    ]) {
      const html = gunzipSync(readFileSync(new URL(`${name}.html.gz`, zyte)));
      const a = cleanHtml(html, { url: `https://zyte.example/${name}` });
      if (a) articles.push(a);
    }
    expect(articles.length).toBe(3);
    articles.forEach((a, i) => check(`real-${i}`, toEpub(a, { win, saved: SAVED })));
  });
});
