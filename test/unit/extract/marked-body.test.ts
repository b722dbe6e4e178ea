/**
 * The second look when Readability took the blog around a short post (src/core/extract/marked-body.ts). Generated
 * blog pages in a classic two-column layout — a banner with the blog's tagline, a post of one to three short lines
 * in a body the blogging system names (`entry-content`, `entrybody`, `post-body`, …), the posted-by line, and a
 * right bar of topic-button widgets — where Readability alone takes the whole layout, give the post. A post with
 * prose of its own outside the named body and an index page of several named bodies keep Readability's pick.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../helpers/dom.js';
import { Readability } from '@mozilla/readability';
import { clean } from '../../../src/core/clean.js';

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
const cleaned = (html: string) => clean(parse(html, URL_).window.document)?.textContent ?? '';
const readabilityAlone = (html: string) =>
  new Readability(parse(html, URL_).window.document).parse()?.textContent ?? '';

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
