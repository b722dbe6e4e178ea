/**
 * Joining cleaned pages (issue 16), on articles written by hand: what goes (the pager, a later page's headline
 * with its page number, byline and repeated blocks) and what must stay (new text, pictures, a single page as is).
 */
import { describe, expect, it } from 'vitest';
import { joinPages } from '../../../src/core/pages/join.js';
import type { Article } from '../../../src/core/types.js';
import { parse } from '../../helpers/dom.js';

const win = parse('<p>').window as unknown as Window;

const page = (content: string, extra: Partial<Article> = {}): Article => ({
  url: 'https://a.test/n/1.html',
  title: '城市发展新计划',
  byline: '记者 王明',
  siteName: null,
  lang: 'zh-CN',
  dir: null,
  publishedTime: null,
  excerpt: null,
  content,
  textContent: '',
  length: 0,
  removed: [],
  ...extra,
});

describe('joinPages', () => {
  it('returns a single page as it is', () => {
    const only = page('<p>正文</p>');
    expect(joinPages([only], ['https://a.test/n/1.html'], win)).toBe(only);
  });

  it('drops the pager of every page and the header a later page repeats; keeps new text in order', () => {
    const joined = joinPages(
      [
        page(
          '<p>第一段新闻正文内容。</p><div class="page"><span>1</span> <a href="1_2.html">2</a> <a href="1_2.html">下一页</a></div>',
        ),
        page(
          '<h2>城市发展新计划（2）</h2><p>记者 王明</p><p>第一段新闻正文内容。</p><p>第二页的新内容。</p><p><a href="1.html">上一页</a> <a href="1.html">1</a> 2</p>',
          { title: '城市发展新计划（2）' },
        ),
      ],
      ['https://a.test/n/1.html', 'https://a.test/n/1_2.html'],
      win,
    );
    expect(joined.textContent).toBe('第一段新闻正文内容。\n\n第二页的新内容。');
    expect(joined.length).toBe(joined.textContent.length);
    expect(joined.pages).toBe(2);
    expect(joined.pageUrls).toEqual(['https://a.test/n/1.html', 'https://a.test/n/1_2.html']);
    expect(joined.title).toBe('城市发展新计划');
  });

  it('keeps a repeated caption that carries a picture, and the sanitiser still has the last word', () => {
    const joined = joinPages(
      [
        page('<p>图为现场。</p><p>第一页正文。</p>'),
        page(
          '<figure><img src="https://a.test/p2.jpg"><figcaption>图为现场。</figcaption></figure><p>第二页正文。</p>',
        ),
      ],
      ['https://a.test/n/1.html', 'https://a.test/n/1_2.html'],
      win,
    );
    expect(joined.content).toContain('https://a.test/p2.jpg');
    expect(joined.textContent).toContain('第二页正文。');
    expect(joined.content).not.toMatch(/<script|onerror/);
  });

  it('passes every page through the one purify: markup a page smuggled in does not survive the join', () => {
    const joined = joinPages(
      [
        page('<p>第一页正文。</p>'),
        page('<p>第二页正文。<img src="x" onerror="alert(1)"></p><script>alert(2)</script>'),
      ],
      ['https://a.test/n/1.html', 'https://a.test/n/1_2.html'],
      win,
    );
    expect(joined.content).not.toMatch(/onerror|<script/);
    expect(joined.textContent).toBe('第一页正文。\n\n第二页正文。');
  });
});
