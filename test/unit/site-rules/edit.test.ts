import { describe, expect, it } from 'vitest';
import { withPick, withoutSite } from '../../../src/core/site-rules/edit.js';

describe('editing fixes', () => {
  it('adds a pick to the site’s rule and moves it last', () => {
    const rules = [
      { host: 'a.test', remove: ['nav'] },
      { host: 'b.test', remove: [] as string[], article: '#old' },
    ];
    expect(withPick(rules, 'a.test', { kind: 'article', selector: 'div.story' })).toEqual([
      { host: 'b.test', remove: [], article: '#old' },
      { host: 'a.test', article: 'div.story', remove: ['nav'] },
    ]);
    expect(withPick(rules, 'www.a.test', { kind: 'remove', selector: 'aside' })).toEqual([
      { host: 'b.test', remove: [], article: '#old' },
      { host: 'www.a.test', remove: ['nav', 'aside'] },
    ]);
  });

  it('removing the block chosen as the article undoes that choice', () => {
    expect(
      withPick([{ host: 'a.test', article: '#x', remove: [] }], 'a.test', { kind: 'remove', selector: '#x' }),
    ).toEqual([{ host: 'a.test', remove: ['#x'] }]);
  });

  it('Undo takes the site’s whole fix away, www. or not', () => {
    expect(
      withoutSite(
        [
          { host: 'www.a.test', remove: ['nav'] },
          { host: 'b.test', remove: ['x'] },
        ],
        'a.test',
      ),
    ).toEqual([{ host: 'b.test', remove: ['x'] }]);
  });
});
