/**
 * pageText, the one walk visibility starts from, against its definition over generated pages (fast-check): the
 * elements in tree order, exactly as `elementsInTreeOrder` lists them (the verdicts' index space, which the
 * clone is indexed by too); an element holds text when a non-blank text node under the body sits in it, outside
 * script, style and the like, or a link with an address does; it has text of its own when such a text node is
 * its child. A wrong index would hide the wrong element, so every element of every generated page is compared.
 */
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { elementsInTreeOrder } from '../../../src/core/visibility/elements.js';
import { NON_TEXT_PARENTS, pageText, readableLength } from '../../../src/core/visibility/text-holders.js';

interface Tree {
  tag: string;
  attrs: string;
  children: Array<Tree | string>;
}

const TAGS = ['div', 'p', 'span', 'a', 'b', 'script', 'style', 'noscript', 'textarea', 'ul', 'li', 'section', 'svg'];
const TEXTS = ['word', '  ', '\n', 'two words', '\u3000', '汉字', ' padded ', ''];

const tree: fc.Memo<Tree> = fc.memo((depth) =>
  fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.constantFrom('', ' href="/x"', ' class="c"'),
    children:
      depth <= 1
        ? fc.array(fc.constantFrom(...TEXTS), { maxLength: 3 })
        : fc.array(fc.oneof(fc.constantFrom(...TEXTS), tree(depth - 1)), { maxLength: 4 }),
  }),
);

const html = (node: Tree | string): string =>
  typeof node === 'string' ? node : `<${node.tag}${node.attrs}>${node.children.map(html).join('')}</${node.tag}>`;

/** The definition, written the plain way: sets of elements from a text-node walk under the body. */
function expected(doc: Document) {
  const holders = new Set<Element>();
  const own = new Set<Element>();
  const mark = (el: Element | null) => {
    for (; el && !holders.has(el); el = el.parentElement) holders.add(el);
  };
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || NON_TEXT_PARENTS.has(parent.tagName.toUpperCase())) continue;
    if (/^[\s\u3000]*$/.test(node.nodeValue ?? '')) continue;
    own.add(parent);
    mark(parent);
  }
  for (const a of Array.from(root.getElementsByTagName('a'))) if (a.hasAttribute('href')) mark(a);
  return { holders, own };
}

describe('pageText: elements in tree order, and which hold text', () => {
  test('matches its definition on generated pages, head and body', () => {
    fc.assert(
      fc.property(fc.array(tree(4), { maxLength: 4 }), fc.array(tree(2), { maxLength: 2 }), (body, head) => {
        const doc = new JSDOM(
          `<!doctype html><html><head><title>T</title>${head.map(html).join('')}</head><body>${body.map(html).join('')}</body></html>`,
          { virtualConsole: new VirtualConsole() }, // random text in <style>: no CSS warnings
        ).window.document;
        const text = pageText(doc);
        expect(text.elements).toEqual(elementsInTreeOrder(doc));
        const { holders, own } = expected(doc);
        text.elements.forEach((el, i) => {
          expect(text.holders[i] === 1, `holders: ${el.outerHTML}`).toBe(holders.has(el));
          expect(text.ownText[i] === 1, `own text: ${el.outerHTML}`).toBe(own.has(el));
        });
        expect(text.length).toBe(readableLength(doc.body));
      }),
      { numRuns: 200 },
    );
  });

  test('text placed after the body by a script is not the page text', () => {
    const doc = new JSDOM('<!doctype html><html><head></head><body><p>inside</p></body></html>').window.document;
    const after = doc.createElement('div');
    after.textContent = 'outside';
    doc.documentElement.append(after);
    const text = pageText(doc);
    const index = text.elements.indexOf(after);
    expect(index).toBeGreaterThan(0);
    expect(text.holders[index]).toBe(0);
    expect(text.length).toBe('inside'.length);
  });
});
