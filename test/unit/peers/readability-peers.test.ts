/**
 * Readability's own 130 test pages, as a regression net for precision: whatever Readability keeps, Winnow must
 * keep too — at least 99% of each page's expected 4-token shingles (multiset) must appear in Winnow's text.
 * Tokens are `[\p{L}\p{N}_]+` runs, with each Han or kana character its own token (unspaced scripts).
 * Runs with static verdicts in jsdom (what the CLI does); the live path is covered in e2e/live-visibility.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { clean } from '../../../src/core/clean.js';
import { blockText } from '../../../src/core/text.js';

const DIR = new URL('../../fixtures/peers/readability/', import.meta.url);
const MIN_KEPT = 0.99;

/**
 * Pages allowed below the bar, each with the reason. Keep this list short and justified: an entry here means
 * Winnow drops text Readability keeps, on purpose.
 */
const ALLOWED: Record<string, string> = {
  // Readability 0.6.0 itself, run on this source with jsdom, keeps 22% of the expected shingles: the expected
  // output came from Readability's own JSDOMParser, which keeps MathJax's MathML (<math> inside
  // <mjx-assistive-mml>) where jsdom's spec parser puts it out of Readability's reach. Winnow keeps all of
  // what Readability-in-jsdom keeps; the gap is the parser's, not a removal of Winnow's.
  mathjax: 'expected output depends on JSDOMParser; Readability in jsdom keeps 22% too',
};

const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.matchAll(/[\p{L}\p{N}_]+/gu)) {
    if (!UNSPACED.test(run)) {
      out.push(run);
      continue;
    }
    // Split mixed runs: each Han/kana character alone, other letters grouped.
    for (const [piece] of run.matchAll(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu)) out.push(piece);
  }
  return out;
}

function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  const add = (s: string) => out.set(s, (out.get(s) ?? 0) + 1);
  if (t.length < 4) {
    if (t.length) add(t.join(' '));
    return out;
  }
  for (let i = 0; i + 4 <= t.length; i++) add(t.slice(i, i + 4).join(' '));
  return out;
}

/** Share of the expected shingles (with multiplicity) that the output also has. */
function keptShare(expected: string, actual: string): number {
  const want = shingles(expected);
  const have = shingles(actual);
  let total = 0;
  let kept = 0;
  for (const [s, n] of want) {
    total += n;
    kept += Math.min(n, have.get(s) ?? 0);
  }
  return total ? kept / total : 1;
}

const cases = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('Readability peer pages: Winnow keeps what Readability keeps', () => {
  test('the suite is all there', () => expect(cases.length).toBeGreaterThanOrEqual(130));
  test('shingle counting', () => {
    expect(tokens('Hello, 世界 ok_1')).toEqual(['Hello', '世', '界', 'ok_1']);
    expect(keptShare('a b c d e', 'a b c d')).toBe(0.5);
  });
  test.each(cases)('%s', (name) => {
    const read = (f: string) => gunzipSync(readFileSync(new URL(`${name}/${f}.gz`, DIR))).toString('utf8');
    const meta = JSON.parse(readFileSync(new URL(`${name}/expected-metadata.json`, DIR), 'utf8')) as { url?: string };
    // The expected HTML is read the way Winnow reads its own output (blocks and <br> separate words), so that
    // `ipsum<br>dolor` counts as two tokens on both sides.
    const expected = blockText(new JSDOM(read('expected.html')).window.document.body);
    const dom = new JSDOM(read('source.html'), { url: meta.url ?? 'http://fakehost/test/page.html' });
    const article = clean(dom.window.document, { window: dom.window as unknown as Window });
    const share = keptShare(expected, article?.textContent ?? '');
    if (ALLOWED[name]) return;
    expect(share, `${name}: ${(share * 100).toFixed(2)}% of Readability's shingles kept`).toBeGreaterThanOrEqual(MIN_KEPT);
  });
});
