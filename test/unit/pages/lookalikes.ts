/**
 * Pages whose pager is not an article's: following them would glue other stories, comments or another month's
 * archive onto the article (issue 16). Each is written the way such pages are built, with a pager that looks
 * like the real thing.
 */
import { ORIGIN } from './generate.js';

export interface LookAlike {
  name: string;
  url: string;
  html: string;
}

const prose = (n: number, zh = true): string =>
  Array.from({ length: n }, (_, i) =>
    zh
      ? `<p>第${i + 1}段，市政府今天公布了新的城市发展计划，计划包括交通建设、环境保护和教育医疗等多个方面的内容，预计将在今后五年内逐步实施完成。</p>`
      : `<p>Paragraph ${i + 1}: the city council said on Tuesday that the new plan would bring a river park, a school and a market to the old station district within five years.</p>`,
  ).join('\n');

const headlines = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<li><a href="${ORIGIN}/news/2024/0512/${300 + i}.html">市政府公布城市发展新计划之第${i + 1}篇报道</a><span>2024-05-12</span></li>`,
  ).join('\n');

const page = (body: string, head = ''): string =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页面</title>${head}</head><body>${body}</body></html>`;

export const LOOK_ALIKES: LookAlike[] = [
  {
    name: 'a category page: a list of headlines over a numbered pager with 下一页',
    url: `${ORIGIN}/world/index.html`,
    html: page(
      `<div class="main"><h1>国际新闻</h1><ul class="news-list">${headlines(15)}</ul>
       <div class="pages"><span>1</span> <a href="index_1.html">2</a> <a href="index_2.html">3</a> <a href="index_1.html">下一页</a></div></div>`,
    ),
  },
  {
    name: 'a list page in the ?page= shape, announced by <link rel=next> too',
    url: `${ORIGIN}/list.php?cat=world`,
    html: page(
      `<div class="main"><ul>${headlines(20)}</ul><p class="pager"><a href="list.php?cat=world&page=2">下一页</a></p></div>`,
      `<link rel="next" href="list.php?cat=world&page=2">`,
    ),
  },
  {
    name: 'a blog index: entries with their own headings and excerpts, "Next page ›"',
    url: `${ORIGIN}/blog/`,
    html: page(
      Array.from(
        { length: 5 },
        (_, i) =>
          `<article><h2><a href="${ORIGIN}/blog/post-${i}/">Post number ${i}</a></h2>${prose(1, false)}</article>`,
      ).join('') + `<nav class="nav-links"><a href="${ORIGIN}/blog/2/">Next page ›</a></nav>`,
    ),
  },
  {
    name: 'a WordPress archive: "Older posts" to /page/2/',
    url: `${ORIGIN}/category/city/`,
    html: page(
      `<main>${prose(6, false)}<div class="nav"><a href="${ORIGIN}/category/city/page/2/">Next page</a></div></main>`,
    ),
  },
  {
    name: 'an article whose comments are paged (下一页 inside #comments)',
    url: `${ORIGIN}/news/2024/0512/123456.html`,
    html: page(
      `<article><h1>标题</h1>${prose(8)}</article>
       <div id="comments"><h3>评论</h3><p>网友甲：说得好，支持这个计划。</p><p>网友乙：希望早日实施。</p>
       <div class="comment-pages"><span>1</span> <a href="123456.html?page=2">2</a> <a href="123456.html?page=2">下一页</a></div></div>`,
    ),
  },
  {
    name: '下一篇 (the next article) and 下一章 (a novel’s next chapter)',
    url: `${ORIGIN}/book/88/2/`,
    html: page(
      `<article>${prose(8)}</article><p><a href="${ORIGIN}/book/88/3/">下一章</a> <a href="${ORIGIN}/news/2024/0512/123457.html">下一篇</a></p>`,
    ),
  },
  {
    name: 'a 下一页 link to another host in the same address shape',
    url: `${ORIGIN}/news/2024/0512/123456.html`,
    html: page(
      `<article>${prose(8)}<p><a href="https://mirror.example.org/news/2024/0512/123456_2.html">下一页</a></p></article>`,
    ),
  },
  {
    name: 'a next link that changes another parameter as well (a sort order)',
    url: `${ORIGIN}/article.php?id=5`,
    html: page(`<article>${prose(8)}<p><a href="article.php?id=5&page=2&sort=hot">下一页</a></p></article>`),
  },
  {
    name: 'a monthly archive: "Next ›" from /2024/05/ to /2024/06/',
    url: `${ORIGIN}/2024/05/`,
    html: page(`<main>${prose(6, false)}<p><a href="${ORIGIN}/2024/06/">Next ›</a></p></main>`),
  },
  {
    name: 'footnote numbers in prose that point at ?p=2 and ?p=3',
    url: `${ORIGIN}/read/77.html`,
    html: page(
      `<article><p>正如研究所指出的那样，城市发展需要长期规划和持续投入，各部门之间也需要密切配合，才能取得预期的效果<a href="77.html?p=2">[2]</a>，专家对此也有不同的看法和建议，值得认真研究<a href="77.html?p=3">[3]</a>。这个计划还包括许多其他方面的内容。</p>${prose(6)}</article>`,
    ),
  },
  {
    name: 'a post id in ?p= (WordPress): ?p=1234 → ?p=1235 is another post',
    url: `${ORIGIN}/?p=1234`,
    html: page(`<article>${prose(8)}<p><a href="/?p=1235">Next</a></p></article>`),
  },
];
