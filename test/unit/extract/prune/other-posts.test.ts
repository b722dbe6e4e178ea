import { describe, expect, it } from 'vitest';
import { pruneOtherPosts } from '../../../../src/core/extract/prune/other-posts.js';
import { STORY, runRule } from './prune-helper.js';

const post = (id: number, text: string) => `<article class="post post-${id} hentry"><p>${text}</p></article>`;

describe('prune: other posts listed under the article', () => {
  it('takes posts with another WordPress id, keeps the first post', () => {
    const r = runRule(
      pruneOtherPosts,
      `<article class="post-1806 post">${STORY}</article>` +
        `<article class="post-1806">${post(7816, 'Another quote about optimism.')}${post(7817, 'A third post about faith.')}</article>`,
      { before: '' },
    );
    expect(r.text).toContain('Paragraph 8 of the story');
    expect(r.text).not.toMatch(/optimism|faith/);
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:other-post', 'prune:other-post']);
  });

  it('leaves a page of short teasers alone (no first post with a body)', () => {
    const r = runRule(pruneOtherPosts, post(1, 'Teaser one.') + post(2, 'Teaser two.') + post(3, 'Teaser three.'), {
      before: '',
    });
    expect(r.removed).toEqual([]);
  });
});
