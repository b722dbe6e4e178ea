/**
 * The second look when Readability took the blog around a short post (src/core/extract/marked-body.ts). Generated
 * blog pages in a classic two-column layout — a banner with the blog's tagline, a post of one to three short lines
 * in a body the blogging system names (`entry-content`, `entrybody`, `post-body`, …), the posted-by line, and a
 * right bar of topic-button widgets — where Readability alone takes the whole layout, give the post. A post with
 * prose of its own outside the named body and an index page of several named bodies keep Readability's pick.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanedText, readabilityText } from '../../helpers/dom.js';

const BODY_CLASSES = ['entry-content', 'entrybody', 'post-body', 'post_content', 'article-body', 'storytext'];
const LINES = [
  'A small library that draws mind-map trees.',
  'A demo on CodePen shows what it draws.',
  'It has no dependencies.',
];
const TAGLINE = 'News on PHP, JavaScript, CSS and web design';

interface Blog {
  bodyClass: string;
  lines: number;
  widgets: number;
  topics: number;
  related: boolean;
}

/** A widget of the right bar: a heading over a cloud of topic buttons. */
const widget = (w: number, topics: number) =>
  `<div class="rightNaviHead"><span>Widget ${w}</span><div>${Array.from(
    { length: topics },
    (_, i) => `<a href="/topics/${w}-${i}">Topic ${w}-${i}</a>`,
  ).join(' ')}</div></div>`;

function blogPage(b: Blog, { intro = '', extraBody = '' } = {}): string {
  const related = b.related
    ? '<ul><li><a href="/r/1.html">A related post on graphs</a></li><li><a href="/r/2.html">Another on charts</a></li></ul>'
    : '';
  const body = `<div class="${b.bodyClass}"><p><a href="https://demo.example/">Treeviz</a><br><br>${LINES.slice(0, b.lines).join('<br>')}</p>${related}</div>`;
  const right = Array.from({ length: b.widgets }, (_, w) => widget(w, b.topics)).join('');
  return `<!doctype html><html lang="en"><head><title>Treeviz | Dev Notes</title></head><body><div id="container">
    <div id="banner"><h1><a href="/">Dev Notes</a></h1><h2>${TAGLINE}</h2></div>
    <div class="content"><div id="con_left"><h3>Treeviz</h3>${intro}${body}${extraBody}
    <p class="posted"><span>By KJ : 2019-04-04 09:00</span></p></div><div id="rightbar">${right}</div></div>
    </div></body></html>`;
}

const URL_ = 'https://blog.example/archives/2019/04/treeviz.html';
const cleaned = (html: string) => cleanedText(html, URL_);
const readabilityAlone = (html: string) => readabilityText(html, URL_);

const blogs = fc.record({
  bodyClass: fc.constantFrom(...BODY_CLASSES),
  lines: fc.integer({ min: 1, max: 3 }),
  widgets: fc.integer({ min: 2, max: 4 }),
  topics: fc.integer({ min: 8, max: 14 }),
  related: fc.boolean(),
});

describe('a short post in a blog layout', () => {
  it('gives the post, not the layout Readability takes round it', () => {
    let overshot = 0;
    fc.assert(
      fc.property(blogs, (b) => {
        const html = blogPage(b);
        // The case the rule is for: Readability alone takes the banner and the right bar with the post (it does not
        // for every body name: "content" in a class is a positive signal to it).
        if (readabilityAlone(html).includes('Topic 1-5')) overshot++;
        const text = cleaned(html);
        for (const line of LINES.slice(0, b.lines)) expect(text).toContain(line);
        expect(text).not.toContain('Topic 1-5');
        expect(text).not.toContain(TAGLINE);
      }),
      { numRuns: 40, seed: 20261203 },
    );
    expect(overshot).toBeGreaterThanOrEqual(8);
  });

  it('leaves the pick alone when the post has prose of its own outside the named body', () => {
    fc.assert(
      fc.property(blogs, (b) => {
        // An introduction above the body: what Readability takes besides the body is prose, not links, so the rule
        // must not narrow to the body — the page gives what it gives with the body under a name the rule does not read (the same words to
        // Readability's class weights: the name with a letter added).
        const intro = `<p class="lede">${'An introduction the author wrote above the note, in plain words of his own. '.repeat(6)}</p>`;
        const page = blogPage(b, { intro });
        const text = cleaned(page);
        expect(text).toContain('An introduction the author wrote');
        expect(text).toBe(cleaned(page.replaceAll(`class="${b.bodyClass}"`, `class="${b.bodyClass}x"`)));
      }),
      { numRuns: 30, seed: 20261204 },
    );
  });

  it('leaves an index page of several named post bodies to Readability', () => {
    fc.assert(
      fc.property(blogs, (b) => {
        // Two posts, each with its body named: the page names no single post, so the rule must not pick one. The
        // same page with the bodies under a name the rule does not read (a letter added) is what the other rules give.
        const second = `<div class="${b.bodyClass}"><p>A second post: a colour picker for the terminal, with themes.</p></div>`;
        const index = blogPage(b, { extraBody: second });
        const unnamed = index.replaceAll(`class="${b.bodyClass}"`, `class="${b.bodyClass}x"`);
        expect(cleaned(index)).toBe(cleaned(unnamed));
      }),
      { numRuns: 30, seed: 20261205 },
    );
  });
});

/**
 * A short post Readability passes over: a resource blog's note of one or two sentences over a numbered list of links
 * (ahhhhfs, a Chinese resource blog), in a body the blogging system names, and a site footer with a long disclaimer
 * full of commas. Readability scores paragraphs by their commas and length and weighs the post down by its links, so
 * it takes the footer's disclaimer for the article.
 */
interface LinkPost {
  bodyClass: string;
  chinese: boolean;
  links: number;
  clauses: number;
}

const NOTE: Record<'en' | 'zh', [string, string]> = {
  en: ['Some live TV streams, made into an iOS shortcut: add it and pick a channel.', 'The streams are m3u8 links.'],
  zh: ['一些CCTV中央电视台直播源，做成了iOS的捷径，添加捷径后直接打开，选择需要观看的频道即可。', '直播源是m3u8链接。'],
};
const DISCLAIMER = {
  en: 'Everything on this site was collected from the web, we make none of it, it is for study only, and if it infringes your rights, write to us, we will take it down',
  zh: '本站所有资源收集整理于网络,本站不参与制作,用于互联网爱好者学习和研究,如不慎侵犯了您的权利,请及时联系站长处理删除',
};

function linkPostPage(p: LinkPost): string {
  const lang = p.chinese ? 'zh' : 'en';
  const links = Array.from(
    { length: p.links },
    (_, i) =>
      `<p>${i + 1}、<a href="https://res.example/${i}/">${p.chinese ? `IPTV直播源合集第${i + 1}号 国内直连` : `IPTV stream collection number ${i + 1}, direct`}</a></p>`,
  ).join('');
  const disclaimer = DISCLAIMER[lang]
    .split(',')
    .slice(0, p.clauses + 3)
    .join(',');
  return `<!doctype html><html lang="${lang}"><head><title>CCTV streams – Resource Blog</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/tv/">TV</a> <a href="/apps/">Apps</a></nav></header>
    <main><h1>CCTV streams</h1><div class="${p.bodyClass}"><p>${NOTE[lang][0]}</p><p>${NOTE[lang][1]}</p>${links}</div></main>
    <footer><div class="footer-copyright"><p class="small">${disclaimer}.</p><p>Copyright © 2023 Resource Blog</p></div></footer>
    </body></html>`;
}

describe('a short post Readability passes over for the footer', () => {
  const posts = fc.record({
    bodyClass: fc.constantFrom(...BODY_CLASSES),
    chinese: fc.boolean(),
    links: fc.integer({ min: 3, max: 9 }),
    clauses: fc.integer({ min: 2, max: 5 }),
  });

  it('gives the post and its links, not the disclaimer', () => {
    let missed = 0;
    fc.assert(
      fc.property(posts, (p) => {
        const html = linkPostPage(p);
        const lang = p.chinese ? 'zh' : 'en';
        // The case the rule is for: Readability alone takes the footer's disclaimer.
        if (!readabilityAlone(html).includes(NOTE[lang][0])) missed++;
        const text = cleaned(html);
        for (const line of NOTE[lang]) expect(text).toContain(line);
        expect(text).toContain(p.chinese ? `IPTV直播源合集第${p.links}号` : `IPTV stream collection number ${p.links}`);
        expect(text).not.toContain(DISCLAIMER[lang].slice(0, 20));
      }),
      { numRuns: 40, seed: 20261206 },
    );
    expect(missed).toBeGreaterThanOrEqual(10);
  });

  it('leaves a longer pick alone: the named block is a blurb beside the story', () => {
    fc.assert(
      fc.property(posts, (p) => {
        // The page's one named body is a short blurb in a box beside an unnamed story that is longer than it: the story
        // is Readability's pick and stays the article.
        const story = Array.from(
          { length: 6 },
          (_, i) =>
            `<p>Paragraph ${i + 1} of the story, long enough to be read as prose by anyone, with commas, clauses, and a point.</p>`,
        ).join('');
        const html = linkPostPage(p).replace('<main>', `<main><div class="story">${story}</div>`);
        const text = cleaned(html);
        expect(text).toContain('Paragraph 6 of the story');
        expect(text).toBe(cleaned(html.replaceAll(`class="${p.bodyClass}"`, `class="${p.bodyClass}x"`)));
      }),
      { numRuns: 30, seed: 20261207 },
    );
  });
});
