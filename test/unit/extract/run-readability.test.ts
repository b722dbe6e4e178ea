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
import {
  keepNamesOfUnwrappedBoxes,
  runReadability,
  withQuickStyleCheck,
} from '../../../src/core/extract/run-readability.js';

type Test = (node: Element) => boolean;
const readabilitysOwn = (Readability.prototype as unknown as { _isProbablyVisible?: Test })._isProbablyVisible;

/** Readability as the pipeline configures it, unchanged otherwise. */
const readabilityOf = (html: string) =>
  new Readability<Element>(parse(html).window.document, {
    keepClasses: true,
    charThreshold: 500,
    serializer: (node) => node as Element,
  });

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
        // Readability with the one other change the pipeline makes to it: the names of the boxes it unwraps.
        const reader = readabilityOf(html);
        keepNamesOfUnwrappedBoxes(reader);
        const plain = reader.parse();
        expect(ours?.content?.outerHTML ?? null).toBe(plain?.content?.outerHTML ?? null);
        expect(ours?.textContent ?? null).toBe(plain?.textContent ?? null);
      }),
      { numRuns: 150, seed: 20261206 },
    );
  });

  it('keeps the name of a box of text it turns into a paragraph, and changes nothing else', () => {
    const SENTENCE = 'The harbour works continue through the winter, the council said, and the quay will reopen. ';
    const box = fc.record({
      cls: fc.constantFrom(null, 'credit', 'byline', 'story-text', 'c1 c2'),
      id: fc.constantFrom(null, 'note-1'),
      // Loose text, a bare <p>, a <p> named by the page, or text with a block beside it (not unwrapped).
      inner: fc.constantFrom('text', 'p', 'named-p', 'mixed'),
      words: fc.nat(3),
    });
    fc.assert(
      fc.property(fc.array(box, { minLength: 3, maxLength: 10 }), (boxes) => {
        const body = boxes
          .map((b, n) => {
            const text = `${n} ${SENTENCE.repeat(b.words + 1)}`;
            const inner =
              b.inner === 'text'
                ? text
                : b.inner === 'p'
                  ? `<p>${text}</p>`
                  : b.inner === 'named-p'
                    ? `<p class="own">${text}</p>`
                    : `${text}<ul><li>${text}</li></ul>`;
            const names = `${b.cls ? ` class="${b.cls}"` : ''}${b.id ? ` id="${b.id}-${n}"` : ''}`;
            return `<div${names}>${inner}</div>`;
          })
          .join('');
        const html = `<!doctype html><html><head><title>Works</title></head><body><article>${body}</article></body></html>`;
        const ours = runReadability(parse(html).window.document, 500);
        const plain = readabilityOf(html).parse();
        expect(ours?.textContent ?? null).toBe(plain?.textContent ?? null);
        // Without the names, the same article, element for element.
        const unnamed = (el: Element | null | undefined) => {
          const copy = el?.cloneNode(true) as Element | undefined;
          copy?.querySelectorAll('p').forEach((p) => (p.removeAttribute('class'), p.removeAttribute('id')));
          return copy?.outerHTML ?? null;
        };
        expect(unnamed(ours?.content)).toBe(unnamed(plain?.content));
        // Each box of loose text or a bare paragraph is a paragraph with the box's names; a named one keeps its own.
        boxes.forEach((b, n) => {
          const p = Array.from(ours?.content?.querySelectorAll('p') ?? []).find((el) =>
            el.textContent?.startsWith(`${n} `),
          );
          if (!p || b.inner === 'mixed') return;
          expect(p.getAttribute('class')).toBe(b.inner === 'named-p' ? 'own' : b.cls);
          if (b.inner !== 'named-p' && b.id) expect(p.id).toBe(`${b.id}-${n}`);
        });
      }),
      { numRuns: 150, seed: 20261207 },
    );
  });
});
