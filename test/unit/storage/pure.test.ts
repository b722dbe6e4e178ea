/** The library's pure parts: its key, its search, its file format, its merge rules, its zip. */
import { JSDOM } from 'jsdom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { normaliseUrl } from '../../../src/storage/url.js';
import {
  expandTerms,
  foldForSearch,
  matches,
  searchTerms,
  termVariants,
  TO_SIMPLIFIED,
  TO_TRADITIONAL,
  type ConvertTerm,
} from '../../../src/storage/search.js';
import { loadConverter } from '../../../src/core/convert/load.js';
import { parseLibraryFile, toLibraryFile, type FileArticle } from '../../../src/storage/library-file.js';
import { planMerge } from '../../../src/storage/merge.js';
import { libraryJsonOf, libraryZip } from '../../../src/storage/archive.js';
import { entryOf, scriptOfLang, searchTextOf, type SavedArticle } from '../../../src/storage/record.js';
import type { Article } from '../../../src/core/types.js';

const article = (n: number, extra: Partial<Article> = {}): Article => ({
  url: `https://news.example/${n}#top`,
  title: `標題 ${n}: 山東`,
  byline: 'Ａｄａ',
  siteName: 'Example',
  lang: 'zh-TW',
  dir: null,
  publishedTime: null,
  excerpt: null,
  content: `<p>第 ${n} 篇的正文。</p><table><tr><td>a</td></tr></table>`,
  textContent: `第 ${n} 篇的正文。`,
  length: 8,
  removed: [{ reason: 'spam:title', text: '做a爰片' }],
  ...extra,
});
const saved = (
  n: number,
  savedAt = '2024-01-0%dT00:00:00.000Z'.replace('%d', String(n)),
  extra: Partial<Article> = {},
): SavedArticle => ({
  id: `id${n}`,
  url: normaliseUrl(article(n).url),
  savedAt,
  script: 'traditional',
  article: article(n, extra),
});
const file = (articles: unknown, extra: object = {}) =>
  JSON.stringify({ format: 'winnow-library', version: 1, exportedAt: '2024', articles, ...extra });

describe('library key', () => {
  it.each([
    ['https://a.example/x?id=1#comments', 'https://a.example/x?id=1'],
    ['HTTPS://A.EXAMPLE/x#', 'https://a.example/x'],
    ['not a url#frag', 'not a url'],
  ])('%s → %s', (url, key) => expect(normaliseUrl(url)).toBe(key));
});

describe('search', () => {
  const text = foldForSearch('山東脫貧攻堅 Ｗｉｎｎｏｗ Reader\n\nHello   World');
  it.each([
    ['脫貧', true],
    ['攻堅', true],
    ['山東 reader', true],
    ['winnow', true],
    ['WINNOW', true],
    ['ｒｅａｄｅｒ', true],
    ['hello world', true],
    ['脫貧 missing', false],
    ['脱贫', false],
    ['', true],
  ])('%j → %s', (query, hit) => expect(matches(text, searchTerms(query))).toBe(hit));
  it('folds the searchable text from title, author, site and text', () => {
    expect(searchTextOf(saved(1)).text).toBe('標題 1: 山東\nada\nexample\n第 1 篇的正文。'.replace(/\n/g, ' '));
    expect(entryOf(saved(1))).not.toHaveProperty('article');
  });
});

describe('search across scripts', () => {
  // The real OpenCC converters, as the library page loads them; a spy counts the calls.
  const realConvert = async () => {
    const converters = new Map(
      await Promise.all([...TO_SIMPLIFIED, ...TO_TRADITIONAL].map(async (c) => [c, await loadConverter(c)] as const)),
    );
    return vi.fn<ConvertTerm>((config, text) => converters.get(config)!.convert(text));
  };
  const find = async (query: string, saved: string) =>
    matches(foldForSearch(saved), expandTerms(searchTerms(query), await realConvert()));

  it.each([
    ['山东新闻', '今日山東新聞頭條', true],
    ['山東新聞', '今日山东新闻头条', true],
    ['台湾', '臺灣的天氣', true],
    ['台湾', '台灣的天氣', true],
    ['臺灣', '台湾的天气', true],
    ['台灣', '臺灣的天氣', true],
    ['着', '他看著窗外', true], // Taiwan's 著: t2s keeps it, tw2s gives 着
    ['衛生', '香港衞生署', true], // Hong Kong's 衞: only hk2s and s2hk know it
    ['衞生', '臺灣衛生福利部', true], // one Traditional form to another, through the Simplified
    ['头发', '頭髮很長', true],
    ['WINNOW 新闻', 'Ｗｉｎｎｏｗ 讀者的山東新聞', true],
    ['winnow 新闻', '讀者的山東新聞', false], // every term must still occur
    ['新闻 missing', '山東新聞', false],
    ['山东新闻', '山西新聞', false],
  ])('%j in %j → %s', async (query, saved, hit) => expect(await find(query, saved)).toBe(hit));

  it('leaves Latin terms alone and never asks for a dictionary', async () => {
    const convert = await realConvert();
    expect(expandTerms(searchTerms('SEVEN Bridges ｒｅａｄｅｒ'), convert)).toEqual(['seven', 'bridges', 'reader']);
    expect(convert).not.toHaveBeenCalled();
  });

  it('expands only the Han term of a mixed query, and each spelling once', async () => {
    const convert = await realConvert();
    const [latin, han] = expandTerms(searchTerms('Reader 山东新闻'), convert);
    expect(latin).toBe('reader');
    expect(han).toEqual(['山东新闻', '山東新聞']);
    expect(new Set(termVariants('台湾', convert)).size).toBe(termVariants('台湾', convert).length);
    expect(termVariants('台湾', convert).sort()).toEqual(['台湾', '台灣', '臺灣'].sort());
    // A term written the same in both scripts stays a plain term: no extra work per saved article.
    expect(expandTerms(['中文'], convert)).toEqual(['中文']);
  });

  it('keeps the plain search when given plain terms', () => {
    expect(matches('山東新聞', ['山東', '新聞'])).toBe(true);
    expect(matches('山東新聞', [['山东', '山東'], '新闻'])).toBe(false);
  });
});

describe('script from the language tag', () => {
  it.each([
    ['zh-TW', 'traditional'],
    ['zh-Hant-HK', 'traditional'],
    ['zh-Hans', 'simplified'],
    ['zh-CN', 'simplified'],
    ['zh', null],
    ['en', null],
    [null, null],
  ] as const)('%s → %s', (lang, script) => expect(scriptOfLang(lang)).toBe(script));
});

describe('library file', () => {
  it('round-trips, newest first, without local ids', () => {
    const out = toLibraryFile([saved(1), saved(3), saved(2)], '2024-02-01T00:00:00.000Z');
    expect(out.articles.map((a) => a.url)).toEqual([
      'https://news.example/3',
      'https://news.example/2',
      'https://news.example/1',
    ]);
    expect(JSON.stringify(out)).not.toContain('"id"');
    const parsed = parseLibraryFile(JSON.stringify(out));
    expect(parsed).toEqual({ ok: true, articles: out.articles });
  });

  it.each([
    ['not json', '{"format": ', 'not-json'],
    ['a foreign JSON file', JSON.stringify({ name: 'package', version: '1.0.0' }), 'foreign'],
    ['an array', '[]', 'foreign'],
    ['a newer version', file([], { version: 2 }), 'newer-version'],
    ['a missing article list', JSON.stringify({ format: 'winnow-library', version: 1 }), 'malformed'],
    [
      'an article without content',
      file([
        { url: 'https://x.example/', savedAt: '2024-01-01', script: null, article: { ...article(1), content: 5 } },
      ]),
      'malformed',
    ],
    [
      'a bad date',
      file([{ url: 'https://x.example/', savedAt: 'yesterday', script: null, article: article(1) }]),
      'malformed',
    ],
    [
      'an unknown script',
      file([{ url: 'https://x.example/', savedAt: '2024-01-01', script: 'klingon', article: article(1) }]),
      'malformed',
    ],
  ])('refuses %s', (_what, text, code) => {
    const parsed = parseLibraryFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.code).toBe(code);
  });

  it('names the damaged article and field, and refuses the whole file for one bad article', () => {
    const good = { url: 'https://x.example/', savedAt: '2024-01-01', script: null, article: article(1) };
    const parsed = parseLibraryFile(
      file([good, good, { ...good, article: { ...article(2), removed: [{ reason: 1 }] } }]),
    );
    expect(parsed).toEqual({ ok: false, problem: { code: 'malformed', detail: '#3 article.removed' } });
  });

  it('drops properties an Article does not have and normalises addresses', () => {
    const parsed = parseLibraryFile(
      file([
        {
          url: 'https://x.example/a#b',
          savedAt: '2024-01-01',
          script: null,
          article: { ...article(1), evil: '<script>' },
        },
      ]),
    );
    expect(parsed.ok && parsed.articles[0]!.url).toBe('https://x.example/a');
    expect(parsed.ok && parsed.articles[0]!.article).not.toHaveProperty('evil');
  });
});

describe('merge by URL', () => {
  const library = new Map([
    [saved(1).url, saved(1)],
    [saved(2).url, saved(2)],
  ]);
  const incoming = (n: number, savedAt: string, extra: Partial<Article> = {}): FileArticle => {
    const { id: _id, ...rest } = saved(n, savedAt, extra);
    return rest;
  };
  it('adds new, updates newer changed copies, skips same or older', () => {
    const plan = planMerge(library, [
      incoming(1, '2024-01-01T00:00:00.000Z'), // identical → skipped
      incoming(2, '2024-05-01T00:00:00.000Z', { title: 'changed' }), // newer and changed → updated
      incoming(2, '2023-05-01T00:00:00.000Z', { title: 'older' }), // repeat in the file → skipped
      incoming(3, '2024-01-03T00:00:00.000Z'), // new → added
    ]);
    expect(plan.add.map((a) => a.url)).toEqual(['https://news.example/3']);
    expect(plan.update).toEqual([
      { id: 'id2', incoming: expect.objectContaining({ article: expect.objectContaining({ title: 'changed' }) }) },
    ]);
    expect(plan.skipped).toBe(2);
  });
  it('never lets a stale backup overwrite a newer library copy', () => {
    const plan = planMerge(library, [incoming(1, '2020-01-01T00:00:00.000Z', { title: 'stale' })]);
    expect(plan).toEqual({ add: [], update: [], skipped: 1 });
  });
});

describe('zip of Markdown files', () => {
  const parser = new new JSDOM('').window.DOMParser();
  const zip = libraryZip(
    [saved(1), saved(2), saved(3, '2024-01-03T00:00:00.000Z', { title: '標題 1: 山東' })],
    '2024-02-01T00:00:00.000Z',
    parser,
  );
  const files = unzipSync(zip);
  it('holds one Markdown file per article with front matter and unique CJK names, plus the lossless JSON', () => {
    expect(Object.keys(files).sort()).toEqual([
      'markdown/標題 1 山東 (2).md',
      'markdown/標題 1 山東.md',
      'markdown/標題 2 山東.md',
      'winnow-library.json',
    ]);
    const md = strFromU8(files['markdown/標題 2 山東.md']!);
    expect(md).toMatch(/^---\ntitle: "標題 2: 山東"\n/);
    expect(md).toContain('saved: "2024-01-02T00:00:00.000Z"');
    expect(md).toContain('第 2 篇的正文。');
  });
  it('is read back through its JSON; a zip without it is refused as foreign', () => {
    const json = libraryJsonOf(zip);
    expect(json.ok && parseLibraryFile(json.text).ok).toBe(true);
    expect(libraryJsonOf(zipSync({ 'notes.md': strToU8('# hi') }))).toEqual({
      ok: false,
      problem: { code: 'foreign' },
    });
    expect(libraryJsonOf(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8]))).toEqual({
      ok: false,
      problem: { code: 'not-json' },
    });
  });
});
