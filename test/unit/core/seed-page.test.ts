/**
 * The page Winnow was born from: a mirrored 大眾網 article with a porn-keyword <title>, random-id tag soup and
 * a hidden spam link. Readability alone takes the spam line as title and excerpt and finds no byline.
 */
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { cleanHtml, parse, readFixture } from '../../helpers/dom.js';

const html = readFixture(new URL('../../fixtures/pages/seed-page.html', import.meta.url));
const SPAM = /做a爰片|人妻|少妇|成视频|一级/;

describe('seed page', () => {
  const article = cleanHtml(html, { url: 'https://sd.dzwww.com/sdnews/202103/t20210312_1.htm' })!;

  it('is what Readability alone gets wrong', () => {
    const alone = new Readability(parse(html).window.document).parse()!;
    expect(alone.title).toMatch(SPAM);
    expect(alone.byline).toBeFalsy();
  });

  it('gets the real headline and byline', () => {
    expect(article.title).toBe('山東脫貧攻堅“成績單”:全省貧困勞動力每年務工就業規模達40萬人');
    expect(article.byline).toBe('張春曉');
    expect(article.siteName).toBe('大眾報業·大眾日報客戶端');
    expect(article.publishedTime).toBe('2021-03-12');
    expect(article.lang).toBe('zh-Hant');
  });

  it('keeps all nine paragraphs and nothing else', () => {
    const paragraphs = article.textContent.split('\n\n');
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[0]).toMatch(/^山東貧困勞動力每年務工就業規模保持在40萬人左右/);
    expect(paragraphs[8]).toMatch(/^根據部署,山東將開設鄉村新職業新技能培訓平臺/);
    expect(article.length).toBe(article.textContent.length);
  });

  it('carries no spam in title, excerpt or text, and reports what it replaced', () => {
    for (const field of [article.title, article.excerpt ?? '', article.textContent, article.content])
      expect(field).not.toMatch(SPAM);
    expect(article.excerpt).toMatch(/^山東貧困勞動力/);
    expect(article.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['spam:title', 'spam:description']));
  });
});
