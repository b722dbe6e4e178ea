/** Dates and numbers in the reader's language: the Chinese UI shows 2021年3月12日, not "Mar 12, 2021". */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../../src/i18n/format.js';
import { renderArticle } from '../../../src/ui/render-article.js';
import type { Article } from '../../../src/core/types.js';

describe('publication dates', () => {
  it.each([
    ['en', 'Mar 12, 2021'],
    ['zh-CN', '2021年3月12日'],
    ['zh-TW', '2021年3月12日'],
    ['zh_CN', '2021年3月12日'], // the extension's locale folder spelling
  ])('%s → %s', (locale, shown) => expect(formatDate('2021-03-12', locale)).toBe(shown));

  it("keeps the day the publisher wrote, whatever the reader's time zone", () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(formatDate('2021-03-12', 'zh-CN')).toBe('2021年3月12日');
      expect(formatDate('2021-03-12T00:30:00+08:00', 'zh-CN')).toBe('2021年3月12日');
      expect(formatDate('2021/3/12', 'en')).toBe('Mar 12, 2021');
      // An instant in UTC is read in the reader's zone: 02:00 UTC on the 12th is still the 11th in New York.
      expect(formatDate('2021-03-12T02:00:00Z', 'en')).toBe('Mar 11, 2021');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('reads the dates pages write in other shapes', () => {
    expect(formatDate('Fri, 12 Mar 2021 10:00:00 GMT', 'zh-TW')).toBe('2021年3月12日');
  });

  it('shows what the page wrote when it is no date, and nothing when there is none', () => {
    expect(formatDate('昨天', 'zh-CN')).toBe('昨天');
    expect(formatDate('2021-02-30', 'en')).toBe('2021-02-30');
    expect(formatDate('  ', 'en')).toBeNull();
    expect(formatDate(null, 'en')).toBeNull();
  });

  it('falls back to English for a language tag Intl rejects instead of failing the page', () => {
    expect(formatDate('2021-03-12', 'not a tag!')).toBe('Mar 12, 2021');
    expect(formatNumber(1234, '')).toBe('1,234');
  });
});

describe('counts', () => {
  it("group digits as the reader's language does", () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'zh-CN')).toBe('12,345');
    expect(formatNumber(12345, 'de')).toBe('12.345');
    expect(formatNumber(12, 'ar-EG')).toBe('١٢');
  });
});

// The popup and the reader both render through renderArticle; the page's lang is what localizePage set.
describe('the article header', () => {
  const messages = (
    locale: string,
  ): Record<string, { message: string; placeholders?: Record<string, { content: string }> }> =>
    JSON.parse(readFileSync(new URL(`../../../src/_locales/${locale}/messages.json`, import.meta.url), 'utf8'));
  const stubI18n = (locale: string) => {
    const catalogue = messages(locale);
    (globalThis as { chrome?: unknown }).chrome = {
      i18n: {
        getUILanguage: () => locale.replace('_', '-'),
        getMessage(key: string, subs: string[] = []) {
          const entry = catalogue[key];
          if (!entry) return '';
          return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
            const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
            return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
          });
        },
      },
    };
  };
  afterEach(() => {
    delete (globalThis as { chrome?: unknown }).chrome;
  });

  const article = {
    title: '标题',
    byline: '张三',
    siteName: '新华网',
    publishedTime: '2021-03-12',
    content: '<p>正文</p>',
    textContent: '正文',
    lang: 'zh-CN',
    dir: null,
    excerpt: null,
    removed: [],
  } as unknown as Article;

  const renderView = (lang: string, extra: Partial<Article> = {}) => {
    const { window } = new JSDOM(
      '<!doctype html><html><body><h1></h1><p class="m"></p><p class="a"></p><article></article></body></html>',
    );
    const doc = window.document;
    doc.documentElement.lang = lang;
    const view = {
      title: doc.querySelector('h1')!,
      meta: doc.querySelector<HTMLElement>('.m')!,
      audit: doc.querySelector<HTMLElement>('.a')!,
      notice: doc.createElement('p'),
      body: doc.querySelector('article')!,
    };
    void renderArticle(view, { ...article, ...extra });
    return view;
  };
  const render = (lang: string) => renderView(lang).meta.textContent;

  it('dates the article in Chinese in the Chinese UI', () => {
    stubI18n('zh_CN');
    expect(render('zh-CN')).toBe('张三 · 新华网 · 2021年3月12日');
    expect(render('zh-CN')).not.toMatch(/Mar/);
  });
  it('and in English in the English UI', () => {
    stubI18n('en');
    expect(render('en')).toBe('张三 · 新华网 · Mar 12, 2021');
  });

  // core/budget.ts: a page past the time budget comes with what was ready, and the reader is told so.
  it("says in the reader's language that clean-up was skipped on a page past the time budget", () => {
    stubI18n('zh_CN');
    const late = renderView('zh-CN', { skipped: ['visibility', 'prune'] });
    expect(late.notice.hidden).toBe(false);
    expect(late.notice.textContent).toContain('部分清理步骤已跳过');
    expect(late.body.textContent).toBe('正文');
    stubI18n('en');
    expect(renderView('en', { skipped: ['prune'] }).notice.textContent).toMatch(/^This page is very large/);
    const onTime = renderView('en');
    expect(onTime.notice.hidden).toBe(true);
    expect(onTime.notice.textContent).toBe('');
  });

  // article.css lays out a very long article near the screen first (content-visibility); an ordinary one as it is.
  it('marks a very long article for layout near the screen first, and only a very long one', () => {
    stubI18n('en');
    const paragraphs = (n: number) =>
      `<div class="page">${Array.from({ length: n }, (_, i) => `<p>Line ${i} <a href="#x">link</a> <em>word</em></p>`).join('')}</div>`;
    const long = renderView('en', { content: paragraphs(2_000) }); // 6,001 elements
    expect(long.body.hasAttribute('data-long')).toBe(true);
    expect(long.body.textContent).toContain('Line 1999 link word');
    const ordinary = renderView('en', { content: paragraphs(400) });
    expect(ordinary.body.hasAttribute('data-long')).toBe(false);
  });
});
