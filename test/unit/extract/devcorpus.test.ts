/**
 * The development corpus (bench/data/devcorpus) is what its README says: every page in pages.json is in its zip
 * with its expected text, has a licence and a known language, type and kind of expectation, and its expected text
 * is the page's own (at least 80% of its 4-token shingles occur in the page's text), so a page stored beside
 * another page's text, or a text cut from the wrong page, fails here rather than skewing the quality bench.
 */
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { devCorpusPages } from '../../../bench/lib/devcorpus.js';
import { keptShare } from '../../../bench/lib/metric.js';
import { SELECTORS, annotatedText } from '../../../bench/devcorpus-selectors.js';

const pages = devCorpusPages();
const TYPES = ['news', 'blog', 'gov', 'company', 'forum', 'docs', 'other'];

describe('development corpus', () => {
  test('several sources, unique ids, every field filled', () => {
    expect(pages.length).toBeGreaterThanOrEqual(320);
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
    expect(new Set(pages.map((p) => p.pack)).size).toBeGreaterThanOrEqual(8);
    for (const p of pages) {
      expect(TYPES, p.id).toContain(p.type);
      expect(['full', 'opening', 'part'], p.id).toContain(p.expect);
      expect(p.lang, p.id).toMatch(/^[a-z]{2,3}$/);
      expect(p.licence && p.source && p.path && p.url, p.id).toBeTruthy();
      expect(p.truth.trim().length, p.id).toBeGreaterThan(30);
    }
  });

  test('the licence files LICENSES.md names are there', () => {
    for (const f of [
      'LICENSE-Apache-2.0.txt',
      'LICENSE-MIT.txt',
      'LICENSE-postlight-MIT.txt',
      'LICENSE-postlight-Apache-2.0.txt',
      'LICENSE-recipe-scrapers-MIT.txt',
      'LICENSE-GeneralNewsExtractor-MIT.txt',
      'LICENSE-twnews-MIT.txt',
      'LICENSE-breadability-BSD-2-Clause.txt',
    ]) {
      expect(existsSync(new URL(`../../../bench/data/devcorpus/${f}`, import.meta.url)), f).toBe(true);
    }
  });

  test('the texts this project annotated are what their selectors give (bench/devcorpus-selectors.ts)', () => {
    const annotated = pages.filter((p) => p.id in SELECTORS);
    expect(annotated.length).toBe(Object.keys(SELECTORS).length);
    for (const p of annotated) expect(annotatedText(p.html, p.url, SELECTORS[p.id]!), p.id).toBe(p.truth.trimEnd());
  });

  test.each(pages.map((p) => [p.id, p] as const))("%s: the expected text is the page's own", (_id, page) => {
    // Scripts and styles hold no article text, and parsing them is most of jsdom's time on these pages.
    // A <br> breaks words as the page shows them (a name and the role under it in one table cell: "Schwarzer<br>Co-CEO"),
    // which textContent would run together.
    const html = page.html
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<br\b[^>]*>/gi, ' <br> ');
    const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
    const text = dom.window.document.body?.textContent ?? '';
    dom.window.close();
    // Not 1: a few shingles cross what the source project joined or split (a paragraph break, an entity), and
    // one of a seven-shingle opening is already 14%. Another page's text keeps next to none.
    expect(keptShare(page.truth, text)).toBeGreaterThanOrEqual(0.8);
  });
});
