/** The reader's site fixes as settings: whatever storage or an imported file holds becomes rules that are safe to apply. */
import { describe, expect, it } from 'vitest';
import { normalize, normalizeSiteRules, SITE_RULE_LIMITS } from '../../../src/settings/schema.js';

describe('site rules in the settings', () => {
  it('start empty', () => expect(normalize({}).siteRules).toEqual([]));

  it('keep well-formed fixes, host normalised, and drop everything else', () => {
    expect(
      normalizeSiteRules([
        { host: 'https://News.Example.com/a', article: ' div.story ', remove: ['aside.promo', 7, '', 'aside.promo'] },
        { host: 'not a host', article: 'main' },
        { host: 'empty.test', remove: [] },
        { host: 'long.test', article: 'x'.repeat(SITE_RULE_LIMITS.selector + 1) },
        'bad',
        null,
      ]),
    ).toEqual([{ host: 'news.example.com', article: 'div.story', remove: ['aside.promo'] }]);
    expect(normalizeSiteRules('div.story')).toEqual([]);
  });

  it('merge two entries for one site (www. and bare), the later article winning', () => {
    expect(
      normalizeSiteRules([
        { host: 'www.example.com', article: '#old', remove: ['aside'] },
        { host: 'other.test', remove: ['nav'] },
        { host: 'example.com', article: '#new', remove: ['footer'] },
      ]),
    ).toEqual([
      { host: 'other.test', remove: ['nav'] },
      { host: 'example.com', article: '#new', remove: ['aside', 'footer'] },
    ]);
  });

  it('keep the newest fixes when there are more than fit in synced storage', () => {
    const many = Array.from({ length: SITE_RULE_LIMITS.rules + 5 }, (_, i) => ({
      host: `s${i}.test`,
      remove: ['aside'],
    }));
    const kept = normalizeSiteRules(many);
    expect(kept).toHaveLength(SITE_RULE_LIMITS.rules);
    expect(kept.at(-1)!.host).toBe(`s${SITE_RULE_LIMITS.rules + 4}.test`);
    expect(kept[0]!.host).toBe('s5.test');
  });
});
