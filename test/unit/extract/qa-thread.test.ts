/**
 * A question and its answers (src/core/extract/qa-thread.ts). Generated Q&A pages marked up as schema.org's
 * QAPage — a question of one to three paragraphs (code at times), one to six answers of one line to four
 * paragraphs, the accepted one anywhere, comments under the posts, vote counts, author cards, a sidebar of related
 * questions — give the question and every answer in page order, and no comment, card or sidebar line; so does the
 * same thread with no page item, its answers inside the typed question (Stack Exchange as saved). A FAQ marked
 * as FAQPage, and a page with two questions, are left to Readability (the same page without microdata gives the
 * same article).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanedText, readabilityText } from '../../helpers/dom.js';
import { expectInOrder } from '../../helpers/order.js';

const TOPICS = ['the cache', 'the build', 'the session store', 'the router', 'the test runner', 'the image loader'];
const VERBS = ['breaks after an upgrade', 'runs twice on start', 'loses its settings', 'slows down under load'];

/** A paragraph of its own (post `p`, paragraph `n`): no two alike, so nothing reads as a repeat. */
const paragraph = (p: number, n: number, words: number) =>
  `Post ${p} paragraph ${n} says ${TOPICS[(p + n) % TOPICS.length]} ${VERBS[(p * 3 + n) % VERBS.length]} ` +
  Array.from({ length: words }, (_, w) => `word${p}x${n}x${w}`).join(' ') +
  '.';

interface Post {
  paragraphs: number;
  words: number;
  code: boolean;
  comments: number;
}

const post = fc.record({
  paragraphs: fc.integer({ min: 1, max: 4 }),
  words: fc.integer({ min: 4, max: 40 }),
  code: fc.boolean(),
  comments: fc.nat(3),
});

interface Thread {
  question: Post;
  answers: Post[];
  accepted: number;
  https: boolean;
  onHtml: boolean;
}

const threads = fc
  .record({
    question: post,
    answers: fc.array(post, { minLength: 1, maxLength: 6 }),
    accepted: fc.nat(6),
    https: fc.boolean(),
    onHtml: fc.boolean(),
  })
  .map((t) => ({ ...t, accepted: t.accepted % (t.answers.length + 1) })); // answers.length: none accepted

const body = (p: number, post: Post) =>
  Array.from({ length: post.paragraphs }, (_, n) => `<p>${paragraph(p, n, post.words)}</p>`).join('') +
  (post.code ? `<pre><code>config.set("post${p}", true);</code></pre>` : '');

const comments = (p: number, post: Post) =>
  post.comments === 0
    ? ''
    : `<div class="comments"><ul>${Array.from(
        { length: post.comments },
        (_, c) =>
          `<li><span class="comment-copy">Comment ${p}-${c}: did you try clearing it first?</span> – <a href="/users/${c}">user${c}</a></li>`,
      ).join('')}</ul></div>`;

/**
 * `pageType` null: no page item at all, the question typed alone with its answers inside it (Stack Exchange's
 * pages as readers save them: `<div itemprop="mainEntity" itemscope itemtype=".../Question">` holding the answers).
 */
function qaPage(
  t: Thread,
  { pageType = 'QAPage', questions = 1 }: { pageType?: string | null; questions?: number } = {},
): string {
  const scheme = t.https ? 'https' : 'http';
  const type = (name: string) => `itemscope itemtype="${scheme}://schema.org/${name}"`;
  const question = (q: number, inside = '') =>
    `<div itemprop="mainEntity" ${type('Question')}><div class="vote"><span itemprop="upvoteCount">${12 + q}</span></div>` +
    `<div class="post-text" itemprop="text">${body(q * 100, t.question)}</div>` +
    `<div class="user-card">asked by Dana Reyes, 1,204 reputation</div>${comments(q * 100, t.question)}${inside}</div>`;
  const answers = t.answers
    .map(
      (a, i) =>
        `<div class="answer" ${type('Answer')} itemprop="${i === t.accepted ? 'acceptedAnswer' : 'suggestedAnswer'}">` +
        `<div class="vote"><span itemprop="upvoteCount">${40 - i}</span></div>` +
        `<div class="post-text" itemprop="text">${body(i + 1, a)}</div>` +
        `<div class="user-card">answered by Member ${i + 1}, ${300 + i} reputation</div>${comments(i + 1, a)}</div>`,
    )
    .join('');
  const sidebar = `<div class="sidebar"><h4>Related questions</h4><ul>${Array.from(
    { length: 8 },
    (_, r) => `<li><a href="/questions/${r}">How do I stop question number ${r} from happening again?</a></li>`,
  ).join('')}</ul></div>`;
  const answersBox = `<div id="answers"><h2>${t.answers.length} Answers</h2>${answers}</div>`;
  const page =
    pageType === null
      ? Array.from({ length: questions }, (_, q) => question(q, q === 0 ? answersBox : '')).join('')
      : `${Array.from({ length: questions }, (_, q) => question(q)).join('')}${answersBox}`;
  const root = t.onHtml && pageType ? `<html lang="en" ${type(pageType)}>` : '<html lang="en">';
  const wrap = t.onHtml || !pageType ? page : `<div ${type(pageType)}>${page}</div>`;
  return `<!doctype html>${root}<head><title>Why does the cache break? - Q&amp;A</title></head><body>
    <nav><a href="/">Home</a> <a href="/questions">Questions</a> <a href="/tags">Tags</a></nav>
    <div id="content"><h1>Why does the cache break?</h1><div id="mainbar">${wrap}</div>${sidebar}</div>
    <footer>Site design / logo © 2026 Q&amp;A Inc; user contributions licensed under CC BY-SA.</footer></body></html>`;
}

const URL_ = 'https://qa.example/questions/1/why-does-the-cache-break';
const cleaned = (html: string) => cleanedText(html, URL_);
const readabilityAlone = (html: string) => readabilityText(html, URL_);
const withoutMicrodata = (html: string) => html.replace(/ itemscope itemtype="[^"]*"/g, '');

describe('a question and its answers', () => {
  it.each([
    ['a QAPage', 'QAPage', 20261207],
    ['no page item, the answers inside the question', null, 20261209],
  ] as const)(
    '%s: the question and every answer in page order, without comments, cards or sidebar',
    (_name, pageType, seed) => {
      let missed = 0;
      fc.assert(
        fc.property(threads, (t) => {
          const html = qaPage(t, { pageType });
          const posts = [
            ...Array.from({ length: t.question.paragraphs }, (_, n) => paragraph(0, n, t.question.words)),
            ...t.answers.flatMap((a, i) =>
              Array.from({ length: a.paragraphs }, (_, n) => paragraph(i + 1, n, a.words)),
            ),
          ];
          // The cases the rule is for: Readability alone leaves out a post, or keeps the cards and comments with them.
          const alone = readabilityAlone(html);
          if (posts.some((p) => !alone.includes(p))) missed++;
          const text = cleaned(html);
          expectInOrder(text, posts);
          expect(text).not.toMatch(/Comment \d+-\d+/);
          expect(text).not.toContain('reputation');
          expect(text).not.toContain('Related questions');
          expect(text).not.toContain('from happening again');
        }),
        { numRuns: 60, seed },
      );
      expect(missed).toBeGreaterThanOrEqual(10);
    },
  );

  it('leaves a FAQ and a page of two questions to Readability', () => {
    fc.assert(
      fc.property(threads, (t) => {
        const faq = qaPage(t, { pageType: 'FAQPage' });
        expect(cleaned(faq)).toBe(cleaned(withoutMicrodata(faq)));
        const two = qaPage(t, { questions: 2 });
        expect(cleaned(two)).toBe(cleaned(withoutMicrodata(two)));
        const twoUntyped = qaPage(t, { pageType: null, questions: 2 });
        expect(cleaned(twoUntyped)).toBe(cleaned(withoutMicrodata(twoUntyped)));
      }),
      { numRuns: 30, seed: 20261208 },
    );
  });
});
