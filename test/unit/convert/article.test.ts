/** convertArticle: every text field converted, markup untouched, content phrase-safe. */
import { describe, expect, it } from 'vitest';
import { convertArticle } from '../../../src/core/convert/article.js';
import { loadConverter } from '../../../src/core/convert/load.js';
import type { Article } from '../../../src/core/types.js';
import { parseHtml } from './helpers.js';

const article: Article = {
  url: 'https://example.test/a',
  title: '头发的颜色',
  byline: '记者 张三',
  siteName: '新闻网',
  lang: 'zh-CN',
  dir: 'ltr',
  publishedTime: null,
  excerpt: '关于头发',
  content:
    '<div><p>他的头<b>发</b>很长。</p><figure><img src="a.png" alt="头发"><figcaption>发型</figcaption></figure><pre>code 头发</pre></div>',
  textContent: '他的头发很长。发型code 头发',
  length: 20,
  removed: [{ reason: 'hidden:display', text: '隐藏的头发' }],
};

describe('convertArticle', () => {
  it('converts title, byline, siteName, excerpt, content and textContent to s2tw', async () => {
    const out = convertArticle(article, await loadConverter('s2tw'), parseHtml);
    expect(out.title).toBe('頭髮的顏色');
    expect(out.byline).toBe('記者 張三');
    expect(out.siteName).toBe('新聞網');
    expect(out.excerpt).toBe('關於頭髮');
    expect(out.content).toBe(
      '<div><p>他的頭<b>髮</b>很長。</p><figure><img src="a.png" alt="頭髮"><figcaption>髮型</figcaption></figure><pre>code 头发</pre></div>',
    );
    expect(out.textContent).toBe('他的頭髮很長。髮型code 頭髮');
    expect([out.lang, out.length]).toEqual(['zh-Hant-TW', out.textContent.length]);
  });
  it('leaves the audit trail and the input alone', async () => {
    const before = structuredClone(article);
    const out = convertArticle(article, await loadConverter('s2hk'), parseHtml);
    expect(out.removed).toEqual(article.removed);
    expect(article).toEqual(before);
  });
  it('keeps null fields null', async () => {
    const out = convertArticle(
      { ...article, byline: null, excerpt: null, siteName: null },
      await loadConverter('tw2s'),
      parseHtml,
    );
    expect([out.byline, out.excerpt, out.siteName]).toEqual([null, null, null]);
  });
});
