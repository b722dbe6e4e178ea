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

const { window } = new JSDOM('<!doctype html><body>', { url: 'https://example.test/' });
const win = window as unknown as Window;
const doc = window.document;

const TAGS = ['p', 'div', 'span', 'a', 'img', 'b', 'table', 'tr', 'td', 'ul', 'li', 'svg', 'math', 'mtext', 'mglyph', 'malignmark',
  'style', 'script', 'noscript', 'template', 'textarea', 'title', 'xmp', 'iframe', 'object', 'embed', 'form', 'input', 'select',
  'option', 'button', 'base', 'meta', 'link', 'foreignObject', 'desc', 'use', 'animate', 'set', 'image', 'source', 'picture',
  'video', 'details', 'marquee', 'annotation-xml', 'h2', 'blockquote', 'pre', 'code'];
const ATTRS = ['href', 'src', 'srcset', 'xlink:href', 'action', 'formaction', 'poster', 'style', 'srcdoc', 'onerror', 'onload',
  'onclick', 'onfocus', 'onbegin', 'id', 'name', 'class', 'title', 'alt', 'attributeName', 'values', 'to', 'fill', 'background', 'data', 'target'];
const VALUES = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '&#106;avascript:x', 'java&#x09;script:x', ' &#14;javascript:x',
  'vbscript:x', 'data:text/html,<script>x</script>', 'data:image/png;base64,AAAA', 'https://example.org/a.png',
  '/relative', '#frag', 'x onerror=alert(1)', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>",
  '</style><img src=x onerror=alert(1)>', '</noscript><img src=x onerror=alert(1)>', 'url(https://x/y)', 'url(#g)',
  'cookie', 'body', 'x 1x, javascript:y 2x', 'alert(1)', ''];
const TEXTS = ['words of the article', '<img src=x onerror=alert(1)>', '</p>', '</textarea>', '</style>', '<!--', '-->', '"', "'",
  '&lt;script&gt;', '<![CDATA[', ']]>', '\u0000', 'ordinary sentence with a comma, and more'];

type Tree = string;
const attribute = fc.tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...VALUES), fc.constantFrom('"', "'", ''))
  .map(([name, value, quote]) => (quote ? ` ${name}=${quote}${value}${quote}` : ` ${name}=${value.replace(/\s/g, '')}`));

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attrs, children, close]) => `<${tag}${attrs.join('')}>${children.join('')}${close ? `</${tag}>` : ''}`),
  ),
})).node;

/** Runs per property (printed by bench/security.bench.ts as the fuzz figure). */
export const RUNS = { purify: 1500, pipeline: 200, bytes: 200 };

describe('fuzzing random DOM trees', () => {
  it(`purify: ${RUNS.purify} trees, every output inert and stable`, () => {
    fc.assert(fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (parts) => {
      const out = purify(parts.join(''), win);
      expect(activeContent(out, doc)).toEqual([]);
      expect(activeContent(purify(out, win), doc)).toEqual([]);
    }), { numRuns: RUNS.purify, seed: 8 });
  });

  it(`pipeline: ${RUNS.pipeline} article pages, never throws, output inert`, () => {
    fc.assert(fc.property(fc.array(tree, { minLength: 1, maxLength: 8 }), (parts) => {
      const article = cleanHtml(articlePage('Harbour plan', parts));
      if (article) expect(activeContent(article.content, doc)).toEqual([]);
    }), { numRuns: RUNS.pipeline, seed: 8 });
  }, 120_000);

  it(`pipeline: ${RUNS.bytes} random strings as a page never throw`, () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      const article = cleanHtml(text);
      if (article) expect(activeContent(article.content, doc)).toEqual([]);
    }), { numRuns: RUNS.bytes, seed: 8 });
  }, 60_000);
});
