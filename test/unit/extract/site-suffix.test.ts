/** CJK site suffixes and the layout's headline: each rule on its own, both sides of it. */
import { describe, expect, test } from 'vitest';
import {
  isSiteSegment,
  siteContext,
  trimCjkSiteSuffix,
  type SiteContext,
} from '../../../src/core/extract/site-suffix.js';
import { pageHeadline } from '../../../src/core/extract/page-headline.js';
import { parse } from '../../helpers/dom.js';

const none: SiteContext = { siteNames: [], hostLabels: [], titleLikes: [] };

describe('CJK site suffixes', () => {
  test.each([
    ['標題內容十分重要 - 某某日報', '標題內容十分重要'],
    ['标题内容十分重要_山东频道_大众网', '标题内容十分重要'],
    ['標題內容十分重要｜中時新聞網', '標題內容十分重要'],
    ['标题内容十分重要_科技_腾讯网', '标题内容十分重要'],
    ['标题内容十分重要--人民网', '标题内容十分重要'],
    ['标题内容十分重要【考研吧】_百度贴吧', '标题内容十分重要【考研吧】'], // the forum's bracket goes with an <h1> (headline.ts)
    ['标题内容十分重要-CSDN博客', '标题内容十分重要'],
  ])('%s → %s', (title, trimmed) => expect(trimCjkSiteSuffix(title, none)).toBe(trimmed));

  test.each([
    '标题内容十分重要_手机上网', // 上网 names no site
    '專訪｜張三談城市規劃', // a headline's own separator
    '江苏南京：长江岸线生态修复工程全面完工',
    'Q&A – Part 2: Rebuilding the harbour', // English titles are Readability's business
    '人民日报', // one segment is the title, whatever it ends with
  ])('%s stays whole', (title) => expect(trimCjkSiteSuffix(title, none)).toBe(title));

  test('a suffix named by the page itself: og:site_name, the host, the titles of its other links', () => {
    const doc = parse(
      `<html><head><meta property="og:site_name" content="南方週末"></head><body>
      <a title="另一篇報導的標題 - 晨光週刊" href="/1">1</a><a title="第三篇報導的標題 - 晨光週刊" href="/2">2</a></body></html>`,
      'https://www.dzwww.com/a.html',
    ).window.document;
    const ctx = siteContext(doc);
    expect(isSiteSegment('南方週末', ctx)).toBe(true);
    expect(isSiteSegment('DZWWW', ctx)).toBe(true);
    expect(isSiteSegment('晨光週刊', ctx)).toBe(true);
    expect(isSiteSegment('城市規劃', ctx)).toBe(false);
    expect(trimCjkSiteSuffix('臺中捷運綠線延伸彰化｜南方週末', ctx)).toBe('臺中捷運綠線延伸彰化');
  });
});

describe('the headline a table layout prints', () => {
  const body = (html: string) =>
    parse(`<html><body>${html}<p>${'正文内容很长，'.repeat(20)}</p></body></html>`).window.document;

  test("the biggest block sharing the title's characters, not the site name above it", () => {
    const doc = body('<font size="6">大众网</font><b>山东就业</b><font size="5">山东就业扶贫成绩单发布</font>');
    expect(pageHeadline(doc, '澳门新葡京_山东就业扶贫成绩单发布_大众网', (t) => t === '大众网')).toBe(
      '山东就业扶贫成绩单发布',
    );
  });

  test('nav links and footers are never the headline', () => {
    const doc = body('<ul><li><a href="/"><b>山东就业扶贫成绩单发布</b></a></li></ul>');
    expect(pageHeadline(doc, '山东就业扶贫成绩单发布_大众网')).toBeNull();
  });

  test('a title of pure spam: the most prominent block before the story', () => {
    const doc = body('<b>小字</b><table><tr><td class="title">全省就业扶贫五年成绩单发布</td></tr></table>');
    expect(pageHeadline(doc, '国产一级做a爰片在线看免费')).toBe('全省就业扶贫五年成绩单发布');
  });
});
