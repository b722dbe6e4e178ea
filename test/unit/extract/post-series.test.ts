/**
 * A thread's posts that Readability leaves out (src/core/extract/post-series.ts). Generated discussion pages — posts
 * as table rows (Hacker News) or list items (a Q&A site), each framed by a user line and reply links, long posts
 * mixed with short ones and ones that cite a link — lose posts to Readability alone; the reader gets every post
 * once, in page order. A story followed by readers' comments in the same framed boxes gets none of them added.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parse } from '../../helpers/dom.js';
import { expectInOrder } from '../../helpers/order.js';
import { clean } from '../../../src/core/clean.js';
import { postSeries, restorePosts } from '../../../src/core/extract/post-series.js';

const LONG = (n: number) =>
  `Post ${n} says the paper changed how they think about communication, because it is readable, short, and its diagrams do the work that many thousands of words would otherwise do.`;
const SHORT = (n: number) => `Post ${n}: that first one is amazing, thanks for sharing it here.`;
const CITE = (n: number) =>
  `Post ${n}: <a href="https://papers.example/${n}.pdf">Congestion Avoidance and Control</a>, the paper which saved the internet.`;
const CITE_TEXT = (n: number) => `Post ${n}: Congestion Avoidance and Control, the paper which saved the internet.`;

type Kind = 'long' | 'short' | 'cite';
const postHtml = (kind: Kind, n: number) => (kind === 'long' ? LONG(n) : kind === 'short' ? SHORT(n) : CITE(n));
const postText = (kind: Kind, n: number) => (kind === 'long' ? LONG(n) : kind === 'short' ? SHORT(n) : CITE_TEXT(n));

const user = (n: number) =>
  `<span class="comhead"><a href="/user?id=reader${n}">reader${n}</a> ${n + 1} hours ago | <a href="#p">parent</a> | <a href="#n">next</a></span>`;

function threadPage(kinds: Kind[], layout: 'rows' | 'items'): string {
  const posts = kinds.map((kind, i) =>
    layout === 'rows'
      ? `<tr class="athing comtr"><td class="default"><div>${user(i)}</div><div class="comment"><span class="commtext">${postHtml(kind, i + 1)}</span><div class="reply"><a href="/reply?id=${i}">reply</a></div></div></td></tr>`
      : `<li class="box answer"><div class="header"><p class="note">by ${user(i)}</p></div><div class="content"><p class="text">${postHtml(kind, i + 1)}</p></div><div class="footer"><a href="#like">Like</a> <a href="#report">Report</a> No comments. <a href="#post">Post one</a></div></li>`,
  );
  const body =
    layout === 'rows'
      ? `<table class="comment-tree"><tbody>${posts.join('')}</tbody></table>`
      : `<ul class="answers">${posts.join('')}</ul>`;
  return `<!doctype html><html lang="en"><head><title>Ask: the best papers you have read | Forum</title></head><body>
    <nav><a href="/">Home</a> <a href="/new">New</a> <a href="/ask">Ask</a></nav>
    <h1>Ask: the best papers you have read</h1>${body}
    <footer><a href="/guidelines">Guidelines</a> <a href="/faq">FAQ</a></footer></body></html>`;
}

const kinds = fc.array(fc.constantFrom<Kind>('long', 'long', 'short', 'cite'), { minLength: 4, maxLength: 12 });
const URL_ = 'https://forum.example/item?id=36817231';
const count = (text: string, part: string) => text.split(part).length - 1;

describe("a thread's posts", () => {
  it('all come back once, in page order', () => {
    let readabilityLost = 0;
    fc.assert(
      fc.property(kinds, fc.constantFrom('rows' as const, 'items' as const), (ks, layout) => {
        const html = threadPage(ks, layout);
        const text = clean(parse(html, URL_).window.document)!.textContent;
        const alone = new Readability(parse(html, URL_).window.document).parse()?.textContent ?? '';
        if (ks.some((k, i) => !alone.includes(postText(k, i + 1)))) readabilityLost++;
        const posts = ks.map((k, i) => postText(k, i + 1));
        posts.forEach((post, i) => expect(count(text, post), `post ${i + 1}`).toBe(1));
        expectInOrder(text, posts);
      }),
      { numRuns: 60, seed: 20261217 },
    );
    // The case the rule is for: Readability alone drops posts of the thread.
    expect(readabilityLost).toBeGreaterThan(20);
  });

  it("are not added to a story followed by readers' comments in the same framed boxes", () => {
    fc.assert(
      fc.property(kinds, fc.integer({ min: 5, max: 10 }), (ks, paragraphs) => {
        const story = Array.from(
          { length: paragraphs },
          (_, i) =>
            `<p>Paragraph ${i + 1} of the story: the council approved the new bridge on Monday, after a long debate about what it will cost and who pays.</p>`,
        ).join('');
        const html = threadPage(ks, 'items').replace(
          '<ul class="answers">',
          `<article>${story}</article><ul class="answers">`,
        );
        const doc = parse(html, URL_).window.document;
        const series = postSeries(doc);
        const article = new Readability(doc).parse()!;
        const holder = doc.createElement('div');
        holder.innerHTML = article.content ?? '';
        expect(restorePosts(holder, series)).toBe(0);
      }),
      { numRuns: 60, seed: 20261218 },
    );
  });
});
