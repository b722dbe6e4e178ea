/**
 * The metadata fixtures (test/fixtures/metadata): hacked pages whose title, description, og:, twitter: and
 * JSON-LD fields carry spam segments, CJK titles with their site suffix, table layouts without <h1>, and the
 * look-alikes that must come through whole. The reader sees the title and the excerpt: both are checked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../helpers/dom.js';

const DIR = new URL('../../fixtures/metadata/', import.meta.url);

interface Expected {
  url: string;
  title: string;
  excerpt?: string;
  /** Words from the page's spam that must appear in neither title nor excerpt. */
  spam: string[];
}

const expected = JSON.parse(readFileSync(new URL('expected.json', DIR), 'utf8')) as Record<string, Expected>;
const cases = Object.entries(expected);

describe('metadata fixtures', () => {
  it('covers Simplified, Traditional and English, spam and legitimate pages', () => {
    const names = Object.keys(expected);
    for (const script of ['hans-', 'hant-', 'en-']) {
      expect(names.some((n) => n.startsWith(script) && n.includes('.legit.'))).toBe(true);
      expect(names.some((n) => n.startsWith(script) && !n.includes('.legit.'))).toBe(true);
    }
  });

  it.each(cases)('%s: title, excerpt', (name, e) => {
    const article = cleanHtml(readFileSync(new URL(name, DIR)), { url: e.url });
    expect(article).not.toBeNull();
    expect(article!.title).toBe(e.title);
    if (e.excerpt) expect(article!.excerpt).toBe(e.excerpt);
    expect(article!.excerpt ?? '').not.toBe('');
    const shown = `${article!.title}\n${article!.excerpt}`.toLowerCase();
    for (const word of e.spam) expect(shown).not.toContain(word.toLowerCase());
  });

  it.each(cases.filter(([name]) => !name.includes('.legit.')))(
    '%s: the cut spam is listed for the audit',
    (name, e) => {
      const article = cleanHtml(readFileSync(new URL(name, DIR)), { url: e.url })!;
      const audited = article.removed
        .filter((r) => r.reason === 'spam:title')
        .map((r) => r.text)
        .join('\n')
        .toLowerCase();
      expect(e.spam.some((word) => audited.includes(word.toLowerCase()))).toBe(true);
      // The real headline is never listed as spam.
      expect(audited).not.toContain(e.title.toLowerCase());
    },
  );

  it.each(cases.filter(([name]) => name.includes('.legit.')))('%s: nothing is recorded as spam', (name, e) => {
    const article = cleanHtml(readFileSync(new URL(name, DIR)), { url: e.url })!;
    expect(article.removed.filter((r) => r.reason.startsWith('spam:'))).toEqual([]);
  });
});
