/**
 * A forum thread declared with schema.org's microdata (src/core/extract/qa-thread.ts), over generated threads: one
 * `DiscussionForumPosting` (its `text` or `articleBody`) and one to eight replies as `Comment` items, some replying
 * to a reply (nested inside it), each under an author card with a post count and over a signature, a sidebar of
 * other threads beside them. The reader gets the opening post and every reply in page order, and no card, signature
 * or sidebar line; a forum's index (several postings) is left to Readability, as the same page without microdata.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanedText, readabilityText } from '../../helpers/dom.js';
import { expectInOrder } from '../../helpers/order.js';

const SUBJECTS = ['the mixer', 'the firmware', 'the MIDI cable', 'the snapshot', 'the fader', 'the USB port'];

/** A paragraph of its own (post `p`, paragraph `n`): no two alike. */
const paragraph = (p: number, n: number, words: number) =>
  `Post ${p} paragraph ${n} is about ${SUBJECTS[(p + n) % SUBJECTS.length]} ` +
  Array.from({ length: words }, (_, w) => `term${p}x${n}x${w}`).join(' ') +
  '.';

interface Post {
  paragraphs: number;
  words: number;
  /** A reply to the reply before it, nested inside that reply's item. */
  nested: boolean;
}

const post = fc.record({
  paragraphs: fc.integer({ min: 1, max: 3 }),
  words: fc.integer({ min: 3, max: 30 }),
  nested: fc.boolean(),
});
const threads = fc.record({
  opening: post,
  replies: fc.array(post, { minLength: 1, maxLength: 8 }),
  articleBody: fc.boolean(),
});
type Thread = { opening: Post; replies: Post[]; articleBody: boolean };

const type = (name: string) => `itemscope itemtype="https://schema.org/${name}"`;
const body = (p: number, x: Post) =>
  Array.from({ length: x.paragraphs }, (_, n) => `<p>${paragraph(p, n, x.words)}</p>`).join('');
const card = (p: number) =>
  `<div class="author-card" itemprop="author" ${type('Person')}><span itemprop="name">member${p}</span> · ${120 + p} posts</div>`;
const signature = (p: number) => `<div class="signature">Sent from my phone — member${p}'s signature</div>`;

/** Replies in page order, a nested one inside the item of the reply before it. */
function replies(t: Thread): string {
  let html = '';
  let open = 0;
  t.replies.forEach((r, i) => {
    const p = i + 1;
    if (!(r.nested && i > 0)) {
      html += '</div>'.repeat(open);
      open = 0;
    }
    html += `<div class="reply" itemprop="comment" ${type('Comment')}>${card(p)}<div class="post-body" itemprop="text">${body(p, r)}</div>${signature(p)}`;
    open++;
  });
  return html + '</div>'.repeat(open);
}

function forumPage(t: Thread, { postings = 1 }: { postings?: number } = {}): string {
  const prop = t.articleBody ? 'articleBody' : 'text';
  const thread = (k: number) =>
    `<div class="thread" ${type('DiscussionForumPosting')}><h1 itemprop="headline">Mixer does not sync ${k}</h1>${card(0)}` +
    `<div class="post-body" itemprop="${prop}">${body(k * 100, t.opening)}</div>${signature(0)}` +
    `<div class="replies">${k === 0 ? replies(t) : ''}</div></div>`;
  const sidebar = `<aside class="sidebar"><h4>Other threads</h4><ul>${Array.from(
    { length: 6 },
    (_, r) => `<li><a href="/t/${r}">Another question about the mixer, number ${r}</a></li>`,
  ).join('')}</ul></aside>`;
  return `<!doctype html><html lang="en"><head><title>Mixer does not sync - Community</title></head><body>
    <nav><a href="/">Community</a> <a href="/c/mixers">Mixers</a></nav>
    <main>${Array.from({ length: postings }, (_, k) => thread(k)).join('')}</main>${sidebar}
    <footer>© 2026 Community Inc.</footer></body></html>`;
}

const URL_ = 'https://community.example/t/mixer-does-not-sync/42';
const cleaned = (html: string) => cleanedText(html, URL_);
const readabilityAlone = (html: string) => readabilityText(html, URL_);
const withoutMicrodata = (html: string) => html.replace(/ itemscope itemtype="[^"]*"/g, '');

describe('a forum thread declared as one', () => {
  it('the opening post and every reply in page order, without cards, signatures or sidebar', () => {
    let missed = 0;
    fc.assert(
      fc.property(threads, (t) => {
        const html = forumPage(t);
        const posts = [
          ...Array.from({ length: t.opening.paragraphs }, (_, n) => paragraph(0, n, t.opening.words)),
          ...t.replies.flatMap((r, i) => Array.from({ length: r.paragraphs }, (_, n) => paragraph(i + 1, n, r.words))),
        ];
        const alone = readabilityAlone(html);
        if (posts.some((p) => !alone.includes(p)) || /signature|posts/.test(alone)) missed++;
        const text = cleaned(html);
        expectInOrder(text, posts);
        expect(text).not.toContain('signature');
        expect(text).not.toMatch(/\d+ posts/);
        expect(text).not.toContain('Another question about the mixer');
      }),
      { numRuns: 60, seed: 20261205 },
    );
    // The cases the rule is for: Readability alone leaves out a post, or keeps the cards and signatures.
    expect(missed).toBeGreaterThanOrEqual(10);
  });

  it("leaves a forum's index of several postings to Readability", () => {
    fc.assert(
      fc.property(threads, (t) => {
        const index = forumPage(t, { postings: 3 });
        expect(cleaned(index)).toBe(cleaned(withoutMicrodata(index)));
      }),
      { numRuns: 20, seed: 20261206 },
    );
  });
});
