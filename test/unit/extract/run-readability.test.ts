/**
 * Readability as the pipeline runs it (src/core/extract/run-readability.ts): its visibility test answered without
 * a style object for elements that have no `style` attribute. The answer must be Readability's own for every
 * element — generated over the attributes the test reads (inline display and visibility, `hidden`, `aria-hidden`,
 * Wikimedia's `fallback-image` class) on HTML, SVG and MathML elements — and the article Readability gives must
 * not change on generated pages that hide parts of themselves every such way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parse } from '../../helpers/dom.js';
import { runReadability, withQuickStyleCheck } from '../../../src/core/extract/run-readability.js';

type Test = (node: Element) => boolean;
const readabilitysOwn = (Readability.prototype as unknown as { _isProbablyVisible?: Test })._isProbablyVisible;

const STYLES = [
  null,
  '',
  'display:none',
  'DISPLAY: NONE',
  'visibility:hidden',
  'visibility: visible; display: block',
  'color: red',
  'display:none;visibility:visible',
];
const HIDDEN = [null, '', 'hidden', 'until-found'];
const ARIA_HIDDEN = [null, 'true', 'false', 'TRUE', ''];
const CLASSES = [null, '', 'fallback-image', 'mwe-math-fallback-image-inline', 'lead', 'fallback'];

const attributes = fc.record({
  style: fc.constantFrom(...STYLES),
  hidden: fc.constantFrom(...HIDDEN),
  ariaHidden: fc.constantFrom(...ARIA_HIDDEN),
  cls: fc.constantFrom(...CLASSES),
});
type Attributes = typeof attributes extends fc.Arbitrary<infer T> ? T : never;

function attributesHtml(a: Attributes): string {
  const out: string[] = [];
  if (a.style !== null) out.push(`style="${a.style}"`);
  if (a.hidden !== null) out.push(a.hidden === '' ? 'hidden' : `hidden="${a.hidden}"`);
  if (a.ariaHidden !== null) out.push(`aria-hidden="${a.ariaHidden}"`);
  if (a.cls !== null) out.push(`class="${a.cls}"`);
  return out.join(' ');
}

describe('Readability run with the quick style check', () => {
  it('the installed Readability has the visibility test the quick check stands in for', () => {
    // On an upgrade that renames it, the pipeline falls back to Readability's own test: this says so.
    expect(typeof readabilitysOwn).toBe('function');
  });

  it("answers as Readability's own test on every element, HTML, SVG and MathML", () => {
    const own = readabilitysOwn!;
    fc.assert(
      fc.property(attributes, fc.constantFrom('div', 'p', 'span', 'img', 'svg', 'math'), (a, tag) => {
        const doc = parse(`<!doctype html><body><${tag} ${attributesHtml(a)}>x</${tag}></body>`).window.document;
        const el = doc.body.firstElementChild!;
        // Readability answers with a truthy or falsy value (the class name itself, at times): its meaning is compared.
        expect(withQuickStyleCheck((node) => own.call({}, node))(el)).toBe(Boolean(own.call({}, el)));
      }),
      { numRuns: 400, seed: 20261205 },
    );
  });

  it("gives Readability's article on pages that hide parts of themselves", () => {
    const SENTENCE = 'The harbour works continue through the winter, the council said, and the quay will reopen. ';
    const block = fc.record({ attrs: attributes, tag: fc.constantFrom('p', 'div', 'section'), words: fc.nat(4) });
    fc.assert(
      fc.property(fc.array(block, { minLength: 3, maxLength: 12 }), (blocks) => {
        const body = blocks
          .map((b, n) => `<${b.tag} ${attributesHtml(b.attrs)}>${n} ${SENTENCE.repeat(b.words + 1)}</${b.tag}>`)
          .join('');
        const html = `<!doctype html><html><head><title>Works</title></head><body><article>${body}</article></body></html>`;
        const ours = runReadability(parse(html).window.document, 500);
        const plain = new Readability<Element>(parse(html).window.document, {
          keepClasses: true,
          charThreshold: 500,
          serializer: (node) => node as Element,
        }).parse();
        expect(ours?.content?.outerHTML ?? null).toBe(plain?.content?.outerHTML ?? null);
        expect(ours?.textContent ?? null).toBe(plain?.textContent ?? null);
      }),
      { numRuns: 150, seed: 20261206 },
    );
  });
});
