/**
 * The reader's fix for a site inside clean(): on a page where Readability takes the readers' posts for the story,
 * "this is the article" brings the story back with its title and byline, "remove this block" takes a block out
 * and says so in the audit trail, and a rule that matches nothing changes nothing and says it did not apply.
 */
import { describe, expect, it } from 'vitest';
import { cleanHtml, readFixture } from '../../helpers/dom.js';
import { applySiteRules, ruleFor } from '../../../src/core/site-rules/index.js';
import { parse } from '../../helpers/dom.js';

const page = readFixture(new URL('../../fixtures/site-rules/wrong-block.html', import.meta.url)).toString();
const URL_ = 'https://www.coast-courier.test/news/ferry';
const STORY = 'Engineers replaced both propeller shafts';
const POSTS = 'I have been taking this ferry for twenty years';

describe('site rules in clean()', () => {
  it('without a fix, Readability takes the readers’ posts for the story (the page this is for)', () => {
    const article = cleanHtml(page, { url: URL_ })!;
    expect(article.textContent).toContain(POSTS);
    expect(article.textContent).not.toContain(STORY);
    expect(article.siteRule).toBeUndefined();
  });

  it('“this is the article” narrows the page to the story and keeps its title and byline', () => {
    const article = cleanHtml(page, {
      url: URL_,
      siteRules: [{ host: 'coast-courier.test', article: 'div.story', remove: [] }],
    })!;
    expect(article.textContent).toContain(STORY);
    expect(article.textContent).not.toContain(POSTS);
    expect(article.title).toBe('Harbour ferry returns after repairs');
    expect(article.byline).toBe('Mara Lind');
    expect(article.siteRule).toEqual({ host: 'coast-courier.test', article: 'applied', removed: 0, missing: [] });
  });

  it('“remove this block” takes the posts out, listed in the audit trail as the reader’s fix', () => {
    const article = cleanHtml(page, {
      url: URL_,
      siteRules: [{ host: 'www.coast-courier.test', remove: ['div.reader-replies'] }],
    })!;
    expect(article.textContent).toContain(STORY);
    expect(article.textContent).not.toContain(POSTS);
    expect(article.removed.filter((r) => r.reason === 'site:remove')).toEqual([
      { reason: 'site:remove', text: expect.stringContaining(POSTS) as string },
    ]);
    expect(article.siteRule).toMatchObject({ article: 'none', removed: 1, missing: [] });
  });

  it('a rule that matches nothing changes nothing, and the report says it did not apply', () => {
    const plain = cleanHtml(page, { url: URL_ })!;
    const article = cleanHtml(page, {
      url: URL_,
      siteRules: [{ host: 'coast-courier.test', article: '#gone', remove: ['div.also-gone', 'div[[bad'] }],
    })!;
    expect(article.content).toBe(plain.content);
    expect(article.siteRule).toEqual({
      host: 'coast-courier.test',
      article: 'missing',
      removed: 0,
      missing: ['#gone', 'div.also-gone', 'div[[bad'],
    });
  });

  it('a rule for another site is not applied', () => {
    const article = cleanHtml(page, {
      url: URL_,
      siteRules: [{ host: 'other.test', article: 'div.story', remove: [] }],
    })!;
    expect(article.textContent).toContain(POSTS);
    expect(article.siteRule).toBeUndefined();
  });
});

describe('applySiteRules and ruleFor', () => {
  it('treat www. and the bare host as one site, and nothing else', () => {
    const rules = [{ host: 'example.com', remove: ['aside'] }];
    expect(ruleFor(rules, 'https://www.example.com/a')).toBe(rules[0]);
    expect(ruleFor(rules, 'https://news.example.com/a')).toBeUndefined();
    expect(ruleFor(rules, 'file:///home/a.html')).toBeUndefined();
  });

  it('remove every block a selector matches, and keep <head>', () => {
    const doc = parse('<html><head><title>T</title></head><body><aside>a</aside><p>x</p><aside>b</aside></body></html>')
      .window.document;
    const { removed } = applySiteRules(doc, { host: 'x.test', remove: ['aside'] });
    expect(removed.map((r) => r.text)).toEqual(['a', 'b']);
    expect(doc.body.innerHTML).toBe('<p>x</p>');
    expect(doc.title).toBe('T');
  });
});
