/**
 * The pager (issue 16): which links lead to the following pages of the same article. Address shapes one by one,
 * then the look-alikes that must never be followed, then every generated pager over the parameter space.
 */
import { describe, expect, it } from 'vitest';
import { followingPages } from '../../../src/core/pages/pager.js';
import { laterPage } from '../../../src/core/pages/page-url.js';
import { parse } from '../../helpers/dom.js';
import { sample } from '../../helpers/sample.js';
import { drawParams, multiPageArticle } from './generate.js';
import { LOOK_ALIKES } from './lookalikes.js';

describe('laterPage: only the page token may change', () => {
  it.each([
    ['https://a.test/n/2024/123456.html', 'https://a.test/n/2024/123456_2.html', 2],
    ['https://a.test/n/2024/123456_2.html', 'https://a.test/n/2024/123456_3.html', 3],
    ['https://a.test/s/story-slug.html', 'https://a.test/s/story-slug-2.html', 2],
    ['https://a.test/zt/x/index.html', 'https://a.test/zt/x/index_1.html', 1],
    ['https://a.test/zt/x/', 'https://a.test/zt/x/index_1.html', 1],
    ['https://a.test/a.php?id=5', 'https://a.test/a.php?id=5&page=2', 2],
    ['https://a.test/a.php?id=5&page=2', 'https://a.test/a.php?id=5&page=3', 3],
    ['https://a.test/read/9.html', 'https://a.test/read/9.html?p=2', 2],
    ['https://a.test/2024/05/slug/', 'https://a.test/2024/05/slug/2/', 2],
    ['https://a.test/2024/05/slug/2/', 'https://a.test/2024/05/slug/3/', 3],
  ])('%s → %s is page %i', (from, to, page) => expect(laterPage(from, to)).toBe(page));

  it.each([
    ['another host', 'https://a.test/n/1.html', 'https://b.test/n/1_2.html'],
    ['another scheme', 'https://a.test/n/1.html', 'http://a.test/n/1_2.html'],
    ['an earlier page', 'https://a.test/n/1_3.html', 'https://a.test/n/1_2.html'],
    ['the same page', 'https://a.test/n/1_3.html', 'https://a.test/n/1_3.html'],
    ['another article id', 'https://a.test/n/t2024_123.html', 'https://a.test/n/t2024_124.html'],
    ['another directory', 'https://a.test/n/a/1.html', 'https://a.test/n/b/1_2.html'],
    ['another extension', 'https://a.test/n/1.html', 'https://a.test/n/1_2.htm'],
    ['a second changed parameter', 'https://a.test/a?id=5', 'https://a.test/a?id=5&page=2&sort=hot'],
    ['a parameter that is no page key', 'https://a.test/a?id=5', 'https://a.test/a?id=6'],
    ['a comment page parameter', 'https://a.test/a?id=5', 'https://a.test/a?id=5&cpage=2'],
    ['an archive /page/N/', 'https://a.test/category/x/', 'https://a.test/category/x/page/2/'],
    ['the next month', 'https://a.test/2024/05/', 'https://a.test/2024/06/'],
    ['a post id', 'https://a.test/?p=1234', 'https://a.test/?p=1235'],
    ['a big number', 'https://a.test/n/1.html', 'https://a.test/n/1_250.html'],
  ])('refuses %s', (_what, from, to) => expect(laterPage(from, to)).toBeNull());
});

describe('labels', () => {
  it.each([
    ['<a href="s_2.html">Page 2</a> <a href="s_3.html">Page 3</a>', ['s_2.html', 's_3.html']],
    ['<span>1</span> <a href="s_2.html">[2]</a> <a href="s_2.html">下一页&gt;&gt;</a>', ['s_2.html']],
    ['<a href="s_2.html" rel="next"><svg></svg></a>', ['s_2.html']],
    ['<a href="s_2.html" aria-label="Next page">›</a>', ['s_2.html']],
  ])('%s', (pager, expected) => {
    const url = 'https://a.test/n/s.html';
    const doc = parse(`<article><p>${'正文内容。'.repeat(80)}</p><div class="pager">${pager}</div></article>`, url);
    expect(followingPages(doc.window.document, url).map((link) => link.url)).toEqual(
      expected.map((path) => new URL(path, url).href),
    );
  });
});

describe('look-alikes are not followed', () => {
  it.each(LOOK_ALIKES.map((l) => [l.name, l] as const))('%s', (_name, lookAlike) => {
    const doc = parse(lookAlike.html, lookAlike.url).window.document;
    expect(followingPages(doc, lookAlike.url)).toEqual([]);
  });
});

describe('generated pagers: each page finds the next one', () => {
  // Every shape × pager style twice (144 articles); `npm test` asks a seeded third of them, the suites bench all.
  const cases = sample(
    Array.from({ length: 144 }, (_, i) => multiPageArticle(drawParams(16, i))),
    48,
  );
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, article) => {
    for (let n = 0; n < article.pages.length - 1; n++) {
      const url = article.pages[n]!;
      const doc = parse(article.site.get(url)!, url).window.document;
      const found = followingPages(doc, url).map((link) => link.url);
      // The next page first; a numbered pager may list the later ones too, in order, never an earlier one.
      expect(found[0], `from page ${n + 1}`).toBe(article.pages[n + 1]);
      expect(found).toEqual(article.pages.slice(n + 1, n + 1 + found.length));
    }
    const last = article.pages.at(-1)!;
    expect(followingPages(parse(article.site.get(last)!, last).window.document, last)).toEqual([]);
  });
});
