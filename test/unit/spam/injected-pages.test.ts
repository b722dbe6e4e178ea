/**
 * Hidden spam injected into ordinary pages (injection.ts): every hiding method, at the start of the body, at its
 * end and inside the article, into real pages Winnow was not written for — each into an English page from the
 * Zyte benchmark and into a Chinese one from the extraction fixtures. Static path (clean() with jsdom, as the CLI runs it); the live
 * path replays the same pages in real browsers (e2e/live-visibility.test.ts). For each page:
 *  - no spam anchor reaches the article;
 *  - the removal is counted as spam (the popup's "N hidden spam blocks removed");
 *  - the article keeps ≥ 99% of what the same page gave without the injection.
 * `npm test` runs every method once, at a placement and on a page drawn by the seed (test/helpers/sample.ts);
 * `npm run bench -- suites` runs every method at every placement on both pages.
 */
import { describe, expect, test } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { clean } from '../../../src/core/clean.js';
import type { Article } from '../../../src/core/types.js';
import { caseKeys, checkInjected, injectedCases, MAKERS, PLACEMENTS } from './injection.js';
import { sampleEach } from '../../helpers/sample.js';

const quiet = new VirtualConsole();

function cleaned(html: string, url: string): Article | null {
  const dom = new JSDOM(html, { url, virtualConsole: quiet });
  try {
    return clean(dom.window.document, { window: dom.window as unknown as Window });
  } finally {
    dom.window.close();
  }
}

const baseline = new Map<string, string>();

describe('hidden spam injected into ordinary pages (static path)', () => {
  const keys = sampleEach(caseKeys({ bothScripts: true }), (key) => key.kind, 1);
  const cases = injectedCases({ bothScripts: true, only: keys });
  test('every method is tried, and every case drawn found a place on its page', () => {
    expect(caseKeys({ bothScripts: true })).toHaveLength(2 * Object.keys(MAKERS).length * PLACEMENTS.length);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(Object.keys(MAKERS)));
    expect(cases).toHaveLength(keys.length);
  });
  test.for(cases.map((c) => [c.label, c] as const))('%s', ([, c]) => {
    let original = baseline.get(c.host.name);
    if (original === undefined)
      baseline.set(c.host.name, (original = cleaned(c.host.html, c.host.url)?.textContent ?? ''));
    expect(original.length, `${c.host.name}: the page itself gives no article`).toBeGreaterThan(200);
    checkInjected(c, cleaned(c.html, c.host.url), original);
  });
});
