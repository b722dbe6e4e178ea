/**
 * Posts a story embeds from a social network (src/core/extract/embedded-posts.ts), over generated articles: between
 * the story's paragraphs, posts from X, Twitter, Bluesky, Mastodon and Threads, each as the network's embed code (a
 * `<blockquote>` whose hashtags, mentions and picture link make it mostly links) in zero to two wrapper boxes, or
 * as a newsletter platform's card (every line inside links to the post: avatar, name, handle, text, date, counts,
 * and sometimes a preview card of a page it shares). The reader gets every post's text and author, in its place, as
 * a quotation, without the counts, the avatar or the preview; an inline link to a post stays a sentence, and a
 * box of teasers linking to the site's own stories is not taken for a post.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { cleanHtml, parse } from '../../helpers/dom.js';
import { postAddress } from '../../../src/core/extract/embedded-posts.js';

const ADDRESSES = [
  (n: number) => `https://twitter.com/user${n}/status/15359449024330${n}`,
  (n: number) => `https://x.com/user${n}/status/17359449024330${n}?s=20`,
  (n: number) => `https://bsky.app/profile/user${n}.bsky.social/post/3kabc${n}`,
  (n: number) => `https://mastodon.social/@user${n}/11234567890${n}`,
  (n: number) => `https://www.threads.net/@user${n}/post/C1abc${n}`,
];
const TEXTS = [
  'we have arrived at peak hype accompanied by minimal critical thinking',
  'The council voted seven to two tonight; the plan goes ahead in spring',
  'Der Zug fällt heute aus, die Ersatzbusse fahren ab dem Hauptbahnhof',
  '今晚的发布会推迟到明天上午十点举行',
];
const PARAGRAPH = (n: number) =>
  `Paragraph ${n} of the story goes on with what people said about it, who answered and what it means for the reader.`;

/** Enough story that Readability's first, strict pass is the one it keeps (a short page makes it retry loosely). */
const LEAD = Array.from(
  { length: 6 },
  (_, n) =>
    `<p>Lead ${n}: the story opens with what happened, where and when, and why the reader should care about it.</p>`,
).join('');

interface Post {
  network: number;
  text: number;
  kind: 'embed' | 'card';
  wrappers: number;
  preview: boolean;
}

const author = (i: number) => `Author Number${i}`;
const handle = (i: number) => `@user${i}`;
const textOf = (post: Post, i: number) => `${TEXTS[post.text]!} (${i})`;

function embedCode(post: Post, i: number): string {
  const href = ADDRESSES[post.network]!(i);
  const quote = `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${textOf(post, i)}
    <a href="https://twitter.com/hashtag/news?src=hash">#news</a> <a href="https://twitter.com/other">@other</a>
    <a href="https://t.co/abc${i}">pic.twitter.com/abc${i}</a></p>&mdash; ${author(i)} (${handle(i)})
    <a href="${href}">June 12, 2022</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`;
  let html = quote;
  for (let w = 0; w < post.wrappers; w++) html = `<div class="embed-wrapper-${w}">${html}</div>`;
  return html;
}

function card(post: Post, i: number): string {
  const href = ADDRESSES[post.network]!(i);
  const preview = post.preview
    ? `<a class="expanded-link" href="https://news.example/story-${i}"><img src="https://cdn.example/p${i}.jpg">
       <div><span>news.example</span><span>A shared story's long title that is not the post</span>
       <span>Its description, a sentence or two taken from the page the post links to.</span></div></a>`
    : '';
  const body = `<a class="tweet-link-top" href="${href}"><div class="tweet-header">
      <img class="tweet-header-avatar" src="https://cdn.example/avatar${i}.jpg" alt="Twitter avatar for ${handle(i)}">
      <div><span class="tweet-author-name">${author(i)} </span><span class="tweet-author-handle">${handle(i)}</span></div>
    </div><div class="tweet-text">${textOf(post, i)}</div>${preview}</a>
    <a class="tweet-link-bottom" href="${href}"><div class="tweet-footer"><span class="tweet-date">9:34 PM ∙ Mar 19, 2020</span>
      <div class="tweet-ufi"><span class="likes"><span>54,369</span>Likes</span><span class="retweets"><span>5,629</span>Retweets</span></div>
    </div></a>`;
  let html = `<div class="tweet">${body}</div>`;
  for (let w = 0; w < post.wrappers; w++) html = `<div>${html}</div>`;
  return html;
}

function page(posts: readonly Post[], extras = ''): string {
  const parts = posts.map(
    (post, i) => `<p>${PARAGRAPH(i)}</p>${post.kind === 'embed' ? embedCode(post, i) : card(post, i)}`,
  );
  return `<!doctype html><html lang="en"><head><title>What people said</title></head><body>
    <header><a href="/">The Daily Post</a></header>
    <article><h1>What people said</h1><div class="body markup">${LEAD}${parts.join('\n')}
    <p>${PARAGRAPH(posts.length)}</p>${extras}<p>${PARAGRAPH(posts.length + 1)}</p></div></article>
    <footer><a href="/about">About</a></footer></body></html>`;
}

const post = fc.record({
  network: fc.integer({ min: 0, max: ADDRESSES.length - 1 }),
  text: fc.integer({ min: 0, max: TEXTS.length - 1 }),
  kind: fc.constantFrom<'embed' | 'card'>('embed', 'card'),
  wrappers: fc.integer({ min: 0, max: 2 }),
  preview: fc.boolean(),
});
const posts = fc.array(post, { minLength: 1, maxLength: 5 });
const URL = 'https://post.example/p/what-people-said';

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('embedded posts', () => {
  it("keeps every post's text and author, in place, as a quotation", () => {
    fc.assert(
      fc.property(posts, (ps) => {
        const article = cleanHtml(page(ps), { url: URL })!;
        const text = flat(article.textContent);
        const quotes = Array.from(
          parse(`<body>${article.content}</body>`).window.document.querySelectorAll('blockquote'),
        );
        expect(quotes).toHaveLength(ps.length);
        ps.forEach((p, i) => {
          expect(text).toContain(textOf(p, i));
          expect(text).toContain(author(i));
          expect(text.indexOf(PARAGRAPH(i))).toBeLessThan(text.indexOf(textOf(p, i)));
          expect(text.indexOf(textOf(p, i))).toBeLessThan(text.indexOf(PARAGRAPH(i + 1)));
          expect(flat(quotes[i]!.textContent)).toContain(textOf(p, i));
        });
        expect(text).not.toMatch(/Likes|Retweets|54,369/);
        expect(text).not.toContain("A shared story's long title");
        expect(article.content).not.toContain('avatar');
      }),
      { numRuns: 60 },
    );
  });

  it('where Readability alone drops them', () => {
    const ps: Post[] = [
      { network: 0, text: 0, kind: 'embed', wrappers: 2, preview: false },
      { network: 2, text: 1, kind: 'card', wrappers: 0, preview: false },
    ];
    const alone = flat(new Readability(parse(page(ps)).window.document).parse()!.textContent!);
    expect(alone).toContain(PARAGRAPH(1));
    expect(alone).not.toContain(textOf(ps[0]!, 0));
    expect(alone).not.toContain(textOf(ps[1]!, 1));
  });

  it('leaves an inline link to a post as a sentence, and teasers of the site as they were', () => {
    const inline = `<p>As ${author(9)} <a href="${ADDRESSES[0]!(9)}">put it on the day</a>, nobody saw it coming, and the rest of the sentence goes on.</p>`;
    const teasers = `<div class="more">${[1, 2, 3]
      .map(
        (n) =>
          `<a href="https://post.example/p/story-${n}"><div><img src="/t${n}.jpg"><h3>Another story ${n}</h3><p>Its teaser line.</p></div></a>`,
      )
      .join('')}</div>`;
    const article = cleanHtml(page([], inline + teasers), { url: URL })!;
    const doc = parse(`<body>${article.content}</body>`).window.document;
    expect(doc.querySelector('blockquote')).toBeNull();
    expect(flat(article.textContent)).toContain('put it on the day, nobody saw it coming');
  });

  it("stays where the page's articleBody, the CMS's own text, leaves the posts out", () => {
    const ps: Post[] = [
      { network: 0, text: 0, kind: 'embed', wrappers: 1, preview: false },
      { network: 3, text: 2, kind: 'card', wrappers: 0, preview: false },
    ];
    const body = [
      ...Array.from(
        { length: 6 },
        (_, n) =>
          `Lead ${n}: the story opens with what happened, where and when, and why the reader should care about it.`,
      ),
      ...Array.from({ length: 4 }, (_, n) => PARAGRAPH(n)),
    ].join('\n');
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body })}</script>`;
    const text = flat(cleanHtml(page(ps).replace('</head>', `${ld}</head>`), { url: URL })!.textContent);
    ps.forEach((p, i) => expect(text).toContain(textOf(p, i)));
  });

  it('knows a post by its address', () => {
    for (const [n, address] of ADDRESSES.entries()) expect(postAddress(address(n))).not.toBeNull();
    for (const other of [
      'https://twitter.com/user1',
      'https://twitter.com/intent/tweet?text=hello',
      'https://twitter.com/hashtag/news',
      'https://bsky.app/profile/user.bsky.social',
      'https://news.example/2024/05/123456789',
      'https://www.instagram.com/someone/',
    ])
      expect(postAddress(other)).toBeNull();
  });
});
