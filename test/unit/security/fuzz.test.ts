/**
 * Property-based: random DOM trees — HTML, SVG and MathML elements, event handlers, URL attributes with hostile
 * schemes, raw-text elements, stray closing tags and quotes — through purify and through the whole pipeline.
 * The pipeline never throws, and every output passes the same check as the payload table.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { purify } from '../../../src/core/purify.js';
import { cleanHtml } from '../../helpers/dom.js';
import { articlePage } from './article.js';
import { activeContent } from './check.js';
import { tree } from './fuzz-trees.js';

const { window } = new JSDOM('<!doctype html><body>', { url: 'https://example.test/' });
const win = window as unknown as Window;
const doc = window.document;

/** Runs per property (printed by bench/security.bench.ts as the fuzz figure). */
export const RUNS = { purify: 1500, pipeline: 200, bytes: 200 };

describe('fuzzing random DOM trees', () => {
  it(`purify: ${RUNS.purify} trees, every output inert and stable`, () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (parts) => {
        const out = purify(parts.join(''), win);
        expect(activeContent(out, doc)).toEqual([]);
        expect(activeContent(purify(out, win), doc)).toEqual([]);
      }),
      { numRuns: RUNS.purify, seed: 8 },
    );
  });

  it(`pipeline: ${RUNS.pipeline} article pages, never throws, output inert`, () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 8 }), (parts) => {
        const article = cleanHtml(articlePage('Harbour plan', parts));
        if (article) expect(activeContent(article.content, doc)).toEqual([]);
      }),
      { numRuns: RUNS.pipeline, seed: 8 },
    );
  }, 120_000);

  it(`pipeline: ${RUNS.bytes} random strings as a page never throw`, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const article = cleanHtml(text);
        if (article) expect(activeContent(article.content, doc)).toEqual([]);
      }),
      { numRuns: RUNS.bytes, seed: 8 },
    );
  }, 60_000);
});
