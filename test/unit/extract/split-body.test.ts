/**
 * A story whose marked body the markup closed early (src/core/extract/split-body.ts). Generated news pages whose
 * articleBody (or `entry-content`, `article-body`) breaks once or twice — the rest of the story left in the body's parent, then in
 * `<body>` after the layout, with an inline teaser and an ad slot at the breaks — so that Readability alone keeps
 * only the longest run: the reader gets every paragraph of the story once, in order. A page whose body is whole,
 * with readers' comments or a teaser list after it, gets nothing put in front of its story.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanedText, readabilityText } from '../../helpers/dom.js';
import { expectInOrder } from '../../helpers/order.js';

const PARAGRAPH = (n: number) =>
  `Paragraph ${n} of the story: the club's owner flew us over the new stadium and talked about the draft, the coach and the season ahead.`;
const TEASER =
  '<div class="inline-article"><a href="/nfl/mock-draft"><div class="tile">Mock draft 4.0: where the teams should turn</div></a></div><div class="ad ad-container"></div>';
const SIDEBAR = `<div class="sidebar"><h3>Most read</h3><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/s/${i}">Another story about the league, number ${i}</a></li>`).join('')}</ul></div>`;

interface Page {
  /** Paragraphs in the marked body, after its first break, and after its second (at `<body>` level). */
  head: number;
  middle: number;
  tail: number;
  marker: string;
}

const paragraphs = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `<p>${PARAGRAPH(from + i)}</p>`).join('');

/**
 * The document as the parser leaves it after the breaks: the body closed early, the story running on outside it.
 * The layout's class names its sidebar, as si.com's does, so Readability drops the layout as unlikely and keeps the
 * run after it.
 */
function brokenPage(p: Page): string {
  const middle = p.middle ? `${TEASER}${paragraphs(p.head + 1, p.middle)}` : '';
  return `<!doctype html><html lang="en"><head><title>Heir apparent | Sports</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/nfl">NFL</a></nav></header>
    <div class="container with-sidebar-right"><main><h1>Heir apparent</h1><div class="byline">By Austin Murphy</div>
    <div ${p.marker}>${paragraphs(1, p.head)}</div>${middle}</main>${SIDEBAR}</div>
    ${TEASER}${paragraphs(p.head + p.middle + 1, p.tail)}
    <footer><p>© Sports Illustrated</p></footer></body></html>`;
}

function wholePage(p: Page, after: 'comments' | 'teasers'): string {
  const n = p.head + p.middle + p.tail;
  const rest =
    after === 'comments'
      ? `<section class="comments"><h2>Comments</h2>${Array.from({ length: 4 }, (_, i) => `<div class="comment"><p>Reader ${i} says: what a story, the stadium really is something and the draft was a good one for us.</p></div>`).join('')}</section>`
      : `<section class="more"><h2>More stories</h2>${Array.from({ length: 4 }, (_, i) => `<p><a href="/s/${i}">Teaser ${i}: another long story about the league and its owners and their stadiums</a></p>`).join('')}</section>`;
  return `<!doctype html><html lang="en"><head><title>Heir apparent | Sports</title></head><body>
    <header><nav><a href="/">Home</a></nav></header>
    <div class="layout"><main><h1>Heir apparent</h1><div ${p.marker}>${paragraphs(1, n)}</div>${rest}</main>${SIDEBAR}</div>
    <footer><p>© Sports Illustrated</p></footer></body></html>`;
}

const pages = fc.record({
  head: fc.integer({ min: 2, max: 5 }),
  middle: fc.integer({ min: 0, max: 4 }),
  tail: fc.integer({ min: 8, max: 14 }),
  marker: fc.constantFrom('itemprop="articleBody" class="body"', 'class="entry-content"', 'class="article-body"'),
});

const URL_ = 'https://sports.example/nfl/2017/01/12/heir-apparent';
const cleaned = (html: string) => cleanedText(html, URL_);
const readabilityAlone = (html: string) => readabilityText(html, URL_);
const count = (text: string, part: string) => text.split(part).length - 1;

describe('a story whose body the markup closed early', () => {
  it('every paragraph comes back once, in order', () => {
    let readabilityLost = 0;
    fc.assert(
      fc.property(pages, (p) => {
        const html = brokenPage(p);
        const text = cleaned(html);
        if (!readabilityAlone(html).includes(PARAGRAPH(1))) readabilityLost++;
        const paragraphs = Array.from({ length: p.head + p.middle + p.tail }, (_, i) => PARAGRAPH(i + 1));
        for (const [i, paragraph] of paragraphs.entries()) expect(count(text, paragraph), `paragraph ${i + 1}`).toBe(1);
        expectInOrder(text, paragraphs);
        expect(text).not.toContain('Another story about the league');
      }),
      { numRuns: 60, seed: 20261215 },
    );
    // The case the rule is for: Readability alone starts the story in its middle.
    expect(readabilityLost).toBeGreaterThan(30);
  });

  it('a whole body, with comments or teasers after it, gets nothing put in front', () => {
    fc.assert(
      fc.property(pages, fc.constantFrom('comments' as const, 'teasers' as const), (p, after) => {
        const text = cleaned(wholePage(p, after));
        expect(text.trimStart().startsWith(PARAGRAPH(1))).toBe(true);
        for (let i = 1; i <= p.head + p.middle + p.tail; i++) expect(count(text, PARAGRAPH(i))).toBe(1);
      }),
      { numRuns: 60, seed: 20261216 },
    );
  });
});
