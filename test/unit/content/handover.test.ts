/**
 * The content script's two halves (src/content/handover.ts): the cleaner ships without the static verdicts, so a
 * page whose layout cannot be measured is answered `unmeasured` and cleaned by the second script with them,
 * exactly as one script did before; and what the first leaves for the second is taken once.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../helpers/dom.js';
import { clean } from '../../../src/core/clean.js';
import { staticVerdicts } from '../../../src/core/visibility/static.js';
import { cleanLivePage } from '../../../src/content/pipeline.js';
import { leaveHandover, takeHandover } from '../../../src/content/handover.js';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of a long and perfectly ordinary article about rivers, bridges and the people who cross them every single morning on their way to work.</p>`;
const PAGE = `<!doctype html><html lang="en"><head><title>The bridges</title></head><body><article><h1>The bridges</h1>
  ${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}<p style="display:none">Hidden casino spam, cheap viagra online.</p></article></body></html>`;
const URL = 'https://news.example/bridges';

/** A window whose layout cannot be read: the live verdicts throw on it. */
function unmeasurable(win: Window): Window {
  return new Proxy(win, {
    get: (target, key) =>
      key === 'getComputedStyle'
        ? () => {
            throw new Error('no layout');
          }
        : (Reflect.get(target, key) as unknown),
  });
}

describe('the cleaner without the static verdicts', () => {
  it('answers unmeasured when the live page cannot be measured and no fallback is given', () => {
    const { window } = parse(PAGE, URL);
    const outcome = cleanLivePage(window.document, unmeasurable(window as unknown as Window), URL);
    expect(outcome).toEqual({ kind: 'unmeasured' });
  });

  it('with the static verdicts given (the second script, the CLI), gives what clean() gives', () => {
    const { window } = parse(PAGE, URL);
    const win = unmeasurable(window as unknown as Window);
    const outcome = cleanLivePage(window.document, win, URL, undefined, undefined, staticVerdicts);
    expect(outcome.kind).toBe('article');
    const expected = clean(window.document, { url: URL, window: window as unknown as Window });
    if (outcome.kind !== 'article') return;
    expect(outcome.article.content).toBe(expected?.content);
    expect(outcome.article.textContent).toBe(expected?.textContent);
    expect(outcome.article.textContent).not.toContain('casino');
  });
});

describe('the handover between the two scripts', () => {
  it('is taken once, then gone', () => {
    leaveHandover({ more: 'unmeasured', siteRules: [] });
    expect(takeHandover()).toEqual({ more: 'unmeasured', siteRules: [] });
    expect(takeHandover()).toBeUndefined();
  });
});
