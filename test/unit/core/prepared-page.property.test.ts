/**
 * The prepared page's round trip (src/core/prepared-page.ts) over pages nobody wrote by hand: the generated
 * hidden-spam pages (every hiding technique, syntax and template, seeded) and random hostile markup inside a story
 * (misnested tags, `<base>`, `<template>`, `<noscript>`, forms, SVG and MathML). Whatever the page, the article made
 * in the extension from the serialised copy is the article the whole clean makes in one place.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { parse } from '../../helpers/dom.js';
import { generatePages } from '../../helpers/hidden-pages/generate.js';
import { tree } from '../security/fuzz-trees.js';
import { cleanMeasured, finishClean } from '../../../src/core/clean-measured.js';
import { prepareClean } from '../../../src/core/prepare-clean.js';
import { parsePrepared, serialiseClone } from '../../../src/core/prepared-page.js';
import { staticVerdicts } from '../../../src/core/visibility/static.js';

const extensionWindow = new JSDOM('<!doctype html><title>extractor</title>', {
  url: 'https://extension.invalid/extractor.html',
}).window as unknown as Window & typeof globalThis;

function expectSameBothWays(html: string, url: string): void {
  const dom = parse(html, url);
  const doc = dom.window.document;
  const verdicts = staticVerdicts(doc);
  const whole = cleanMeasured(doc, verdicts, { url, window: dom.window as unknown as Window });
  const { clone, removed } = prepareClean(doc, verdicts, { url });
  const page = { html: serialiseClone(clone), url, baseURI: clone.baseURI, removed };
  const split = finishClean(
    { clone: parsePrepared(page, new extensionWindow.DOMParser()), removed },
    { url, window: extensionWindow },
  );
  dom.window.close();
  expect(split).toEqual(whole);
}

const SENTENCE = 'The harbour works continue through the winter, the council said, and the quay will reopen in spring.';

describe('the prepared page, serialised and parsed again', () => {
  it("gives the whole clean's article on every generated hidden-spam page", () => {
    for (const page of generatePages(40, 101)) expectSameBothWays(page.html, `https://news.example/gen-${page.seed}`);
  });

  it("gives the whole clean's article whatever hostile markup sits in the story", () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (trees) => {
        const paragraphs = [1, 2, 3, 4, 5].map((n) => `<p>${n}. ${SENTENCE} ${SENTENCE}</p>`);
        paragraphs.splice(2, 0, ...trees);
        const html =
          `<!doctype html><html lang="en"><head><title>Harbour works</title></head><body>` +
          `<article><h1>Harbour works</h1>${paragraphs.join('')}</article></body></html>`;
        expectSameBothWays(html, 'https://news.example/harbour/works');
      }),
      { numRuns: 150 },
    );
  });
});
