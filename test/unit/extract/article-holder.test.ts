/**
 * Readability's article reaches pruning as its own nodes (extract/readability.ts `articleHolder`), parsed again
 * only where Readability built what the HTML parser never would: pruning sees the structure the reader is shown.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extract } from '../../../src/core/extract/readability.js';

const SENTENCE =
  'The ferry returned to the harbour after three weeks of repairs to its engines and its propeller shafts. ';
const page = (body: string) =>
  new JSDOM(
    `<!doctype html><html lang="en"><head><title>Harbour ferry returns</title></head><body><article>` +
      `<h1>Harbour ferry returns</h1>${body}</article></body></html>`,
    { url: 'https://news.example/ferry' },
  ).window.document;

describe('the article as pruning receives it', () => {
  it('never has a heading inside a paragraph, where Readability turned a <div> holding one into a <p>', () => {
    const doc = page(`<p>${SENTENCE.repeat(3)}</p><div><h2>The repairs</h2></div><p>${SENTENCE.repeat(3)}</p>`);
    const fragment = extract(doc)!.rawContent;
    expect(fragment.querySelector('h2')?.textContent).toBe('The repairs');
    expect(fragment.querySelector('p h2')).toBeNull();
  });

  it('keeps every paragraph, in order, when the article is handed on as it is', () => {
    const doc = page(Array.from({ length: 12 }, (_, n) => `<p>Paragraph ${n}. ${SENTENCE.repeat(2)}</p>`).join(''));
    const text = extract(doc)!.rawContent.textContent ?? '';
    const at = Array.from({ length: 12 }, (_, n) => text.indexOf(`Paragraph ${n}.`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});
