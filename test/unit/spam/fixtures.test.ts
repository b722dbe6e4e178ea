/** Every spam pattern and every legitimate look-alike, on the static path (jsdom: no layout, no scripts). */
import { describe, expect, test } from 'vitest';
import { cleanHtml } from '../../helpers/dom.js';
import { checkArticle, loadFixtures } from './fixture-table.js';

const fixtures = loadFixtures();

describe('spam fixtures, static path', () => {
  test('there is a spam and a legit fixture for the patterns', () => {
    expect(fixtures.filter((f) => f.name.endsWith('.spam')).length).toBeGreaterThanOrEqual(17);
    expect(fixtures.filter((f) => f.name.endsWith('.legit')).length).toBeGreaterThanOrEqual(20);
  });
  test.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    checkArticle(fixture, cleanHtml(fixture.html, { url: 'https://www.dzwww.com/news/article.html' }), 'static');
  });
});
