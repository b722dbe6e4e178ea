/**
 * A discussion page's posts in boxes named after comments (calls-to-action.ts): Hacker News sets every post in a
 * `.comment`, forums in `.comment-body` or `#comment-123`. Over generated pages: where such boxes hold the article
 * but for a short opening post, every post stays; after a story of its own, the same boxes are readers' comments and
 * go, as before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishStory, keepsAll, p, prune, RUNS, squash } from './story-page.js';
import { sentence } from './prose.js';

/** A post of one to three sentences (4–40 words), in a box named the way discussion pages name them. */
const posts = fc.array(fc.array(sentence(4, 13), { minLength: 1, maxLength: 3 }), { minLength: 3, maxLength: 15 });
const boxName = fc.constantFrom('class="comment"', 'class="comment-body"', 'class="c00 comment"', 'id="comment-{n}"');
const boxes = (texts: string[][], name: string) =>
  texts
    .map(
      (post, n) => `<div ${name.replace('{n}', String(n + 1))}><span class="commtext">${post.join(' ')}</span></div>`,
    )
    .join('');

describe("a discussion's posts in boxes named comment", () => {
  it('all stay when they are the article, with or without an opening post', () => {
    fc.assert(
      fc.property(posts, boxName, fc.array(sentence(4, 12), { maxLength: 3 }), (thread, name, opening) => {
        const run = prune(`${opening.map(p).join('')}<div class="comment-tree">${boxes(thread, name)}</div>`);
        expect(keepsAll(run, opening)).toBe(true);
        for (const post of thread) expect(run.kept).toContain(squash(post.join(' ')));
      }),
      { numRuns: RUNS, seed: 20261204 },
    );
  });

  it('go after a story of its own, which stays', () => {
    fc.assert(
      fc.property(englishStory, posts, boxName, (story, thread, name) => {
        const run = prune(`${story.map(p).join('')}<div class="comments">${boxes(thread, name)}</div>`);
        expect(keepsAll(run, story)).toBe(true);
        for (const post of thread) expect(run.kept).not.toContain(squash(post.join(' ')));
      }),
      { numRuns: RUNS, seed: 20261205 },
    );
  });
});
