/**
 * The page-world cleaner answers from the page's own world (src/content/page-world.ts), where the page's scripts
 * could shape what comes back: the background reads it field by field (page-world-answer.ts), and the extractor
 * document's article the same way. A genuine answer passes unchanged; anything of another shape sends the page to
 * content.js, and nothing but the expected fields ever reaches the extractor or the popup.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from '../../helpers/dom.js';
import { cleanLivePage } from '../../../src/content/pipeline.js';
import { staticVerdicts } from '../../../src/core/visibility/static.js';
import { readPageWorldAnswer } from '../../../src/content/page-world-answer.js';
import { prepareLivePage } from '../../../src/content/prepare-live-page.js';
import { serialiseClone } from '../../../src/core/prepared-page.js';

const PAGE = `<!doctype html><html lang="en"><head><title>The bridges</title></head><body><article><h1>The bridges</h1>
  ${[1, 2, 3, 4, 5, 6].map((n) => `<p>Paragraph ${n} of a long and perfectly ordinary article about rivers, bridges and the people who cross them every morning.</p>`).join('')}
  <p style="display:none">Hidden casino spam, cheap viagra online.</p></article></body></html>`;
const URL = 'https://news.example/bridges';

/** What page-world.ts answers for PAGE, made by the same pipeline (jsdom: the static verdicts). */
function genuine() {
  const { window } = parse(PAGE, URL);
  const outcome = cleanLivePage(
    window.document,
    window as unknown as Window,
    URL,
    undefined,
    undefined,
    staticVerdicts,
  );
  return JSON.parse(JSON.stringify({ kind: 'outcome', outcome, pager: false, started: 1, done: 2 })) as Record<
    string,
    unknown
  >;
}

/** What page-world.ts answers for PAGE: the page prepared for the extractor. */
function prepared() {
  const { window } = parse(PAGE, URL);
  const live = prepareLivePage(window.document, window as unknown as Window, URL, undefined, 5_000, staticVerdicts);
  if (live.kind !== 'prepared') throw new Error(live.kind);
  const page = { html: serialiseClone(live.prepared.clone), url: URL, baseURI: URL, removed: live.prepared.removed };
  const answer = { kind: 'prepared', page, framed: false, deadline: 9, skipped: [], pager: false, started: 1, done: 2 };
  return JSON.parse(JSON.stringify(answer)) as Record<string, unknown> & { page: Record<string, unknown> };
}

describe("the page-world cleaner's prepared page", () => {
  it('passes a genuine one through unchanged, what the reader cannot see already gone and said', () => {
    const answer = prepared();
    expect(answer.page.html).not.toContain('casino');
    expect(answer.page.removed).toEqual([
      { reason: 'spam:hidden-display', text: 'Hidden casino spam, cheap viagra online.' },
    ]);
    expect(readPageWorldAnswer(answer)).toEqual(answer);
  });

  it('keeps only the fields it knows', () => {
    const answer = prepared();
    Object.assign(answer, { script: 'alert(1)' });
    Object.assign(answer.page, { onload: 'alert(2)' });
    const read = readPageWorldAnswer(answer) as unknown as Record<string, Record<string, unknown>>;
    expect(read).not.toHaveProperty('script');
    expect(read.page).not.toHaveProperty('onload');
  });

  it('refuses one with a field of the wrong type', () => {
    const field = fc.constantFrom('html', 'url', 'baseURI', 'removed', 'framed', 'deadline', 'skipped');
    const wrong = fc.oneof(fc.integer(), fc.constant({}), fc.constant([{}]), fc.constant(['later']), fc.constant(null));
    fc.assert(
      fc.property(field, wrong, (name, value) => {
        const answer = prepared();
        if (name === 'deadline' && typeof value === 'number') return;
        if (['html', 'url', 'baseURI', 'removed'].includes(name)) answer.page[name] = value;
        else answer[name] = value;
        expect(readPageWorldAnswer(answer)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

describe("the page-world cleaner's answer", () => {
  it('passes a genuine article answer through unchanged', () => {
    const answer = genuine();
    expect((answer.outcome as { kind: string }).kind).toBe('article');
    expect(readPageWorldAnswer(answer)).toEqual(answer);
  });

  it('passes every refusal the pipeline gives, and the hand-back', () => {
    for (const outcome of [
      { kind: 'too-many-elements', count: 200_000 },
      { kind: 'too-much-text', count: 3_000_000 },
      { kind: 'no-article', framed: true },
      { kind: 'pdf' },
      { kind: 'not-html' },
      { kind: 'unmeasured' },
    ]) {
      const answer = { kind: 'outcome', outcome, pager: false, started: 1, done: 2 };
      expect(readPageWorldAnswer(answer)).toEqual(answer);
    }
    expect(readPageWorldAnswer({ kind: 'isolated', why: 'builtins' })).toEqual({ kind: 'isolated', why: 'builtins' });
    expect(readPageWorldAnswer({ kind: 'whole', html: '<p>x' })).toEqual({ kind: 'whole' });
  });

  it('carries the moment the script began to run when it is a number, and drops it when it is not', () => {
    const outcome = { kind: 'pdf' };
    const timed = { kind: 'outcome', outcome, pager: false, parsed: 0.5, started: 1, done: 2 };
    expect(readPageWorldAnswer(timed)).toEqual(timed);
    const forged = { ...timed, parsed: 'soon' };
    expect(readPageWorldAnswer(forged)).toEqual({ kind: 'outcome', outcome, pager: false, started: 1, done: 2 });
  });

  it('keeps only the fields it knows: extra properties a page adds never travel on', () => {
    const answer = genuine();
    const article = (answer.outcome as { article: Record<string, unknown> }).article;
    article.onload = 'alert(1)';
    (article.removed as Array<Record<string, unknown>>).push({ reason: 'hidden:display', text: 'x', html: '<img>' });
    const read = readPageWorldAnswer(answer);
    expect(read?.kind).toBe('outcome');
    const readArticle = (read as unknown as { outcome: { article: Record<string, unknown> } }).outcome.article;
    expect(readArticle).not.toHaveProperty('onload');
    expect((readArticle.removed as object[]).at(-1)).toEqual({ reason: 'hidden:display', text: 'x' });
  });

  it('refuses an answer with a field of the wrong type, or fields only the isolated cleaner sets', () => {
    const field = fc.constantFrom(
      'url',
      'title',
      'content',
      'textContent',
      'length',
      'byline',
      'dir',
      'removed',
      'skipped',
      'siteRule',
      'pages',
    );
    const wrong = fc.oneof(fc.integer(), fc.constant({}), fc.constant([{}]), fc.constant(NaN), fc.constant('sideways'));
    fc.assert(
      fc.property(field, wrong, (name, value) => {
        const answer = genuine();
        const article = (answer.outcome as { article: Record<string, unknown> }).article;
        // A string is right for some fields: only count the values that are wrong for this one.
        if (typeof value === 'string' && ['url', 'title', 'content', 'textContent', 'byline'].includes(name)) return;
        article[name] = value;
        expect(readPageWorldAnswer(answer)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('refuses what is not an answer at all', () => {
    for (const value of [null, undefined, 'article', 42, [], { kind: 'outcome' }, { kind: 'outcome', outcome: {} }])
      expect(readPageWorldAnswer(value)).toBeNull();
  });
});
