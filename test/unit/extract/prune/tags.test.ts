import { describe, expect, it } from 'vitest';
import { pruneTags } from '../../../../src/core/extract/prune/tags.js';
import { runRule } from './prune-helper.js';

describe('prune: tag and topic lists', () => {
  it('takes "Tags<br>a, b" in one paragraph, a label over a list, a rel=tag list and 标签 lines', () => {
    const r = runRule(
      pruneTags,
      '<p><strong>Tags<br><a rel="tag">stock car 2018</a>, <a rel="tag">interlagos</a></strong></p>' +
        '<p>Topics</p><p>bridges, council, budget</p><p>标签：大桥，市政，预算</p>',
    );
    expect(r.text).not.toMatch(/Tags|interlagos|Topics|budget|标签/);
    expect(r.removed.every((x) => x.reason === 'prune:tags')).toBe(true);
  });

  it('keeps a sentence that starts with "Topics:" and a paragraph after a "Keywords" heading that is prose', () => {
    const r = runRule(
      pruneTags,
      '<p>Topics: the council discussed the bridge, the budget and the new library at length, and voted late.</p>' +
        '<h3>Keywords</h3><p>Keywords matter to search engines, the consultant told the council, but readers matter more.</p>',
    );
    expect(r.removed).toEqual([]);
  });

  it('takes a Chinese tag line separated by full-width spaces', () => {
    const r = runRule(pruneTags, '<p>标签：农村公路　交通　民生</p>');
    expect(r.removed).toEqual([{ reason: 'prune:tags', text: '标签：农村公路 交通 民生' }]);
  });

  it('takes a one-tag list, the tag a link; keeps a labelled line of prose with a link in it', () => {
    const one = runRule(pruneTags, '<p>Tags: <a href="/tag/seo/" rel="tag">SEO</a></p>');
    expect(one.text).not.toContain('SEO');
    const prose = runRule(
      pruneTags,
      '<p>Topics: the council will discuss the <a href="/budget">budget</a>, the new bridge and the winter roads.</p>',
    );
    expect(prose.removed).toEqual([]);
  });
});
