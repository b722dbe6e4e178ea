/**
 * Following and joining (issue 16), through the real pipeline: each generated page is parsed by jsdom, cleaned
 * by core clean(), and the pages are joined. What a reader would notice: every page's text once, in order, no
 * repeated headline, byline or pager, at most 20 pages, and a reader never left waiting on a page that hangs.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/core/clean.js';
import { followPages, type LoadedPage } from '../../../src/core/pages/follow.js';
import { joinPages } from '../../../src/core/pages/join.js';
import { purify } from '../../../src/core/purify.js';
import { blockText } from '../../../src/core/text.js';
import type { Article } from '../../../src/core/types.js';
import { parse } from '../../helpers/dom.js';
import { sample } from '../../helpers/sample.js';
import { drawParams, multiPageArticle, type GeneratedArticle } from './generate.js';
import { LOOK_ALIKES } from './lookalikes.js';

const win = parse('<p>').window as unknown as Window;

function loader(site: Map<string, string>, log: string[] = []) {
  return (url: string): Promise<LoadedPage | null> => {
    log.push(url);
    const html = site.get(url);
    return Promise.resolve(html === undefined ? null : { doc: parse(html, url).window.document, url });
  };
}
const cleanDoc = (doc: Document, url: string): Article | null =>
  clean(doc, { url, window: doc.defaultView as unknown as Window });

async function readAll(article: GeneratedArticle, load = loader(article.site)) {
  const url = article.pages[0]!;
  const doc = parse(article.site.get(url)!, url).window.document;
  const first = cleanDoc(doc, url)!;
  // No budget here: a busy machine's slowness must not decide what is joined (the budget has its own test below).
  const followed = await followPages({ doc, url }, first, { load, clean: cleanDoc, budgetMs: Infinity });
  return { followed, joined: joinPages(followed.articles, followed.urls, win) };
}

/** Where each marker occurs in `text`: every index, so "once" and "in order" can both be checked. */
const occurrences = (text: string, marker: string): number[] => {
  const found: number[] = [];
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) found.push(at);
  return found;
};

describe('a generated multi-page article reads as one', () => {
  const cases = sample(
    Array.from({ length: 144 }, (_, i) => multiPageArticle(drawParams(16, i))),
    24,
    5,
  );
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, article) => {
    const { followed, joined } = await readAll(article);
    const expected = Math.min(article.pages.length, 20);
    expect(followed.urls).toEqual(article.pages.slice(0, expected));
    expect(joined.pages).toBe(expected);
    expect(joined.pageUrls).toEqual(article.pages.slice(0, expected));
    const positions = article.markers.map((marker) => occurrences(joined.textContent, marker));
    positions.slice(0, expected).forEach((at, i) => expect(at, `page ${i + 1} once`).toHaveLength(1));
    positions.slice(expected).forEach((at) => expect(at).toHaveLength(0));
    const starts = positions.slice(0, expected).map((at) => at[0]!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // The header of pages 2…N and every pager are gone.
    expect(joined.textContent).not.toMatch(
      /[（(]\d+[)）]|\(page \d+\)|下一[页頁]|上一页|Next page|Weiter|Suivant|siguiente|次へ/,
    );
    for (const byline of ['来源：新华社 记者 王明', 'By Jane Doe'])
      expect(occurrences(joined.textContent, byline).length).toBeLessThanOrEqual(1);
    // Still one purified fragment, its text read from it.
    expect(purify(joined.content, win)).toBe(joined.content);
    const reparsed = parse(`<body>${joined.content}`).window.document.body;
    expect(joined.textContent).toBe(blockText(reparsed));
    expect(joined.length).toBe(joined.textContent.length);
  });
});

describe('following stops where it must', () => {
  const article = multiPageArticle({
    seed: 3,
    shape: 'underscore',
    style: 'next-zh-hans',
    count: 5,
    topPager: false,
    inside: true,
    zh: true,
  });

  it('a page that fails ends the article there: no hole in the middle of a story', async () => {
    const site = new Map(article.site);
    site.delete(article.pages[2]!);
    const { joined } = await readAll(article, loader(site));
    expect(joined.pages).toBe(2);
    expect(joined.textContent).toContain(article.markers[1]);
    expect(joined.textContent).not.toContain(article.markers[3]);
  });

  it('a page that never answers costs the budget and no more: the reader gets the pages that are ready', async () => {
    const never = (url: string) =>
      url === article.pages[2] ? new Promise<LoadedPage | null>(() => {}) : loader(article.site)(url);
    const url = article.pages[0]!;
    const doc = parse(article.site.get(url)!, url).window.document;
    const followed = await followPages({ doc, url }, cleanDoc(doc, url)!, {
      load: never,
      clean: cleanDoc,
      budgetMs: 300,
    });
    expect(followed.urls).toEqual(article.pages.slice(0, 2));
  });

  it('a page that redirects off the article is not joined', async () => {
    const moved = (url: string) =>
      Promise.resolve(
        url === article.pages[1]
          ? { doc: parse(article.site.get(article.pages[0]!)!, url).window.document, url: 'https://news.example.test/' }
          : null,
      );
    const { joined } = await readAll(article, moved);
    expect(joined.pages ?? 1).toBe(1);
  });

  it.each(LOOK_ALIKES.map((l) => [l.name, l] as const))('nothing is fetched for %s', async (_name, lookAlike) => {
    const log: string[] = [];
    const doc = parse(lookAlike.html, lookAlike.url).window.document;
    const first = cleanDoc(doc, lookAlike.url) ?? ({ content: '', textContent: '', removed: [] } as unknown as Article);
    const followed = await followPages({ doc, url: lookAlike.url }, first, {
      load: loader(new Map(), log),
      clean: cleanDoc,
    });
    expect(log).toEqual([]);
    expect(followed.articles).toHaveLength(1);
  });
});
