/**
 * The Chinese fixture set (test/fixtures/zh): pages written after sina, 163, people.cn, dzwww and Taiwan
 * news layouts, with nav, share bars, related lists, 责任编辑 lines and copyright footers. Each must give
 * its expected metadata and article text, with none of the page chrome.
 */
import { describe, expect, it } from 'vitest';
import { zhFixtures } from '../../../bench/lib/zh-fixtures.js';
import { scorePage } from '../../../bench/lib/metric.js';
import { isReaderable } from '../../../src/core/extract/readerable.js';
import { cleanHtml, parse } from '../../helpers/dom.js';

const fixtures = zhFixtures();
const articles = fixtures.filter((f) => f.expected.readerable);

/** Chrome every fixture carries somewhere outside the story. */
const CHROME = /责任编辑|責任編輯|责编|相关新闻|相關新聞|热门推荐|延伸閱讀|分享|版权所有|版權所有|轉載|首页|首頁/;

describe('Chinese fixtures', () => {
  it('has a set of pages in both scripts', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
    expect(articles.some((f) => /[們國說這來]/.test(f.expected.text))).toBe(true);
    expect(articles.some((f) => /[们国说这来]/.test(f.expected.text))).toBe(true);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: readerable as expected', (_, f) => {
    expect(isReaderable(parse(f.html, f.url).window.document)).toBe(f.expected.readerable);
  });

  it.each(articles.map((f) => [f.name, f] as const))('%s: metadata', (_, f) => {
    const article = cleanHtml(f.html, { url: f.url });
    expect(article).not.toBeNull();
    expect(article!.title).toBe(f.expected.title);
    expect(article!.byline).toBe(f.expected.byline);
    expect(article!.siteName).toBe(f.expected.siteName);
    expect(article!.publishedTime).toBe(f.expected.publishedTime);
  });

  it.each(articles.map((f) => [f.name, f] as const))('%s: article text, no chrome', (_, f) => {
    const text = cleanHtml(f.html, { url: f.url })!.textContent;
    const score = scorePage(f.expected.text, text, { cjk: true });
    expect(score.recall, text).toBeGreaterThanOrEqual(0.98);
    expect(score.precision, text).toBeGreaterThanOrEqual(0.95);
    expect(text).not.toMatch(CHROME);
  });
});
