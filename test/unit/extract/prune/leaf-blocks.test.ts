/**
 * Leaf blocks, the unit most prune rules and the opening-headline rule read, against their definition over
 * generated articles (fast-check): the block elements with text and no block inside them, in document order.
 * `firstLeafBlocks(root, n)` must be exactly the first n of them however far it stops reading.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { firstLeafBlocks, isBlock, leafBlocks } from '../../../../src/core/extract/prune/util.js';

interface Tree {
  tag: string;
  children: Array<Tree | string>;
}
const TAGS = ['div', 'p', 'span', 'a', 'h2', 'ul', 'li', 'section', 'figure', 'figcaption', 'b', 'table', 'td'];
const tree: fc.Memo<Tree> = fc.memo((depth) =>
  fc.record({
    tag: fc.constantFrom(...TAGS),
    children:
      depth <= 1
        ? fc.array(fc.constantFrom('word', ' ', ''), { maxLength: 2 })
        : fc.array(fc.oneof(fc.constantFrom('word', ' '), tree(depth - 1)), { maxLength: 4 }),
  }),
);
const html = (node: Tree | string): string =>
  typeof node === 'string' ? node : `<${node.tag}>${node.children.map(html).join('')}</${node.tag}>`;

/** The definition, the plain way: every block with text of which no descendant is a block. */
const definition = (root: Element): Element[] =>
  Array.from(root.querySelectorAll('*')).filter(
    (el) =>
      isBlock(el) &&
      (el.textContent ?? '').trim() !== '' &&
      !Array.from(el.querySelectorAll('*')).some((inner) => isBlock(inner)),
  );

describe('leaf blocks', () => {
  test('are the blocks with text and no block inside, in document order; the first n are the first n', () => {
    fc.assert(
      fc.property(fc.array(tree(5), { maxLength: 5 }), fc.nat(6), (trees, n) => {
        const doc = new JSDOM(`<div id="root">${trees.map(html).join('')}</div>`).window.document;
        const root = doc.getElementById('root')!;
        const all = definition(root);
        expect(leafBlocks(root)).toEqual(all);
        expect(firstLeafBlocks(root, n)).toEqual(all.slice(0, n));
      }),
      { numRuns: 300 },
    );
  });
});
