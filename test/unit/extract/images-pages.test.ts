/**
 * Every image, on whole pages written for it (test/fixtures/images/): the pictures a reader sees on the live
 * page reach Winnow's reader through the whole pipeline, with a URL that loads; placeholders and trackers do not.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../helpers/dom.js';
import { isPlaceholderSrc } from '../../../src/core/extract/images.js';

const page = (name: string) => readFileSync(new URL(`../../fixtures/images/${name}`, import.meta.url), 'utf8');

/** The images of the cleaned article that show a picture: an http(s) URL that is no placeholder. */
function picturesShown(name: string, url: string, html = page(name)): string[] {
  const article = cleanHtml(html, { url });
  if (!article) return [];
  const doc = new JSDOM(`<body>${article.content}</body>`).window.document;
  return Array.from(doc.querySelectorAll('img'))
    .map((img) => img.getAttribute('src') ?? '')
    .filter((src) => /^https?:/.test(src) && !isPlaceholderSrc(src));
}

describe('images that reach the reader', () => {
  it.each([
    [
      'wordpress-lazy.html',
      'https://towpath.example/2021/03/canal-walk/',
      [
        'https://towpath.example/wp-content/uploads/2021/03/mill.jpg',
        'https://towpath.example/wp-content/uploads/2021/03/heron.jpg',
        'https://towpath.example/wp-content/uploads/2021/03/lock-1200x800.jpg',
      ],
    ],
    [
      'wechat.html',
      'https://mp.weixin.qq.com/s/AbCdEf',
      [
        'https://mmbiz.qpic.cn/mmbiz_jpg/Q3auHgzwzM5xyz/640?wx_fmt=jpeg',
        'https://mmbiz.qpic.cn/mmbiz_png/Q3auHgzwzM5abc/640?wx_fmt=png&from=appmsg',
        'https://mmbiz.qpic.cn/sz_mmbiz_jpg/Q3auHgzwzM5def/640?wx_fmt=jpeg&tp=webp&wxfrom=5',
      ],
    ],
    [
      'news-picture.html',
      'https://news.example/2021/harbour',
      ['https://i.example/harbour/1900.jpg', 'https://i.example/quay/1600.webp', 'https://i.example/master/1200.jpg'],
    ],
    [
      'zhihu.html',
      'https://zhuanlan.zhihu.com/p/123',
      ['https://pic1.zhimg.com/v2-aaa_r.jpg', 'https://pic2.zhimg.com/v2-bbb_b.jpg'],
    ],
    // The hero painted as a background is the page's share image: it leads the article; texture and divider do not.
    ['hero-background.html', 'https://coast.example/2024/storm', ['https://coast.example/media/storm-1600x900.jpg']],
  ])('%s', (name, url, pictures) => {
    expect(picturesShown(name, url)).toEqual(pictures);
  });

  it('gives the lead picture painted as a background its words, and shows it once', () => {
    const article = cleanHtml(page('hero-background.html'), { url: 'https://coast.example/2024/storm' })!;
    // First in the article, before the opening paragraph, with the words the page gave it.
    expect(article.content).toMatch(
      /^<div[^>]*><figure><img src="https:\/\/coast\.example\/media\/storm-1600x900\.jpg" alt="Waves break over the sea wall at high tide"><\/figure>/,
    );
    expect(article.content.indexOf('<figure>')).toBeLessThan(article.content.indexOf('The coast road'));
    // A page whose article already shows the picture gets it once.
    const shown = page('hero-background.html').replace(
      '<p>The coast road',
      '<p><img src="/media/storm-1200x630.jpg" alt="Storm"></p><p>The coast road',
    );
    const once = cleanHtml(shown, { url: 'https://coast.example/2024/storm' })!;
    expect(once.content.match(/storm-\d+x\d+\.jpg/g)).toEqual(['storm-1200x630.jpg']);
  });

  it('lets no tracking pixel through', () => {
    const article = cleanHtml(page('wordpress-lazy.html'), { url: 'https://towpath.example/a/' })!;
    expect(article.content).not.toContain('pixel.wp.com');
    expect(cleanHtml(page('news-picture.html'), { url: 'https://news.example/a' })!.content).not.toContain(
      'scorecardresearch',
    );
  });
});

// Readability's own test pages (test/fixtures/peers): where Readability's expected output has the images but
// not their URLs (lazy-image-2: 56 images, none with a src), the reader shows every one.
describe("images on Readability's lazy-loading pages", () => {
  const peer = (name: string) =>
    gunzipSync(
      readFileSync(new URL(`../../fixtures/peers/readability/${name}/source.html.gz`, import.meta.url)),
    ).toString('utf8');
  it.each([
    ['lazy-image-2', 56],
    ['lazy-image-1', 17],
    ['medium-3', 7],
  ])('%s shows %i pictures', (name, count) => {
    const shown = picturesShown(name, 'http://fakehost/test/page.html', peer(name));
    expect(shown).toHaveLength(count);
    expect(new Set(shown).size).toBe(count);
  });
});
