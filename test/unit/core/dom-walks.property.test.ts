/**
 * The walks that stand in for selectors in core (the CLI's DOM, jsdom, is slow on attribute selectors and descendant
 * combinators): over generated documents, each finds exactly what the selector it replaces finds, with jsdom's own
 * selector engine as the oracle. Documents draw tags (blocks, inline, `<p>`), nesting, attribute values with
 * tokens in any case and any white space, in standards and in quirks mode. And the readers of live collections
 * (`elementsByTag`, `childElements`): the same elements as the collection, even where ids and names are the
 * collection's own property names.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { childElements, elementsByTag, hasToken, withAttribute } from '../../../src/core/dom.js';
import { hasBlockInP } from '../../../src/core/extract/readability.js';

const SEED = Number(process.env.WINNOW_SAMPLE_SEED) || 1204;
const OPTIONS = { seed: SEED, numRuns: 150 };

const TAGS = ['div', 'p', 'span', 'section', 'ul', 'li', 'h2', 'table', 'a', 'em', 'article', 'blockquote', 'pre'];
// 'Kick' with a Kelvin sign (U+212A) for its K: jsdom's engine lowers case as toLowerCase does (the Kelvin sign
// becomes 'k'), and the walk must find what the engine found.
const token = fc.constantFrom(
  'articleBody',
  'articlebody',
  'ARTICLEBODY',
  'headline',
  'kick',
  'KICK',
  '\u212Aick',
  'text',
  'body',
  '',
);
const space = fc.constantFrom(' ', '  ', '\t', '\n', ' \n ');
const attrValue = fc
  .array(fc.tuple(token, space), { maxLength: 3 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

interface Node {
  tag: string;
  itemprop: string | null;
  children: Node[];
  /** An id or a name, where a named read of a collection could find it. */
  named?: string;
}
/** A tree up to `depth` levels deep. */
const treeOf = (depth: number): fc.Arbitrary<Node> =>
  fc.record({
    tag: fc.constantFrom(...TAGS),
    itemprop: fc.option(attrValue, { nil: null }),
    children: depth === 0 ? fc.constant([]) : fc.array(treeOf(depth - 1), { maxLength: 3 }),
  });
const tree = treeOf(4);
const html = (n: Node): string =>
  `<${n.tag}${n.itemprop === null ? '' : ` itemprop="${n.itemprop}"`}${n.named ?? ''}>x${n.children.map(html).join('')}</${n.tag}>`;

function parse(nodes: Node[], quirks: boolean): Document {
  return new JSDOM(`${quirks ? '' : '<!doctype html>'}<body>${nodes.map(html).join('')}</body>`).window.document;
}
/** The same elements, in the same order (identity, not a deep comparison of DOM objects). */
const same = (a: Element[], b: Element[]) => a.length === b.length && a.every((el, i) => el === b[i]);

const page = fc.tuple(fc.array(tree, { minLength: 1, maxLength: 4 }), fc.boolean());

describe('walks instead of selectors: the same elements as the selector', () => {
  it('[itemprop~="articleBody" i] and [itemprop="articleBody"]', () => {
    fc.assert(
      fc.property(page, ([nodes, quirks]) => {
        const doc = parse(nodes, quirks);
        const tokens = withAttribute(doc, 'itemprop', (v) => hasToken(v, 'articleBody'));
        expect(same(tokens, Array.from(doc.querySelectorAll('[itemprop~="articleBody" i]')))).toBe(true);
        const kick = withAttribute(doc, 'itemprop', (v) => hasToken(v, 'kick'));
        expect(same(kick, Array.from(doc.querySelectorAll('[itemprop~="kick" i]')))).toBe(true);
        const exact = withAttribute(doc, 'itemprop', (v) => v === 'articleBody');
        expect(same(exact, Array.from(doc.querySelectorAll('[itemprop="articleBody"]')))).toBe(true);
        const root = doc.body.firstElementChild!;
        expect(same(withAttribute(root, 'itemprop'), Array.from(root.querySelectorAll('[itemprop]')))).toBe(true);
      }),
      OPTIONS,
    );
  });

  it('a block inside a <p>: p :is(div, ul, h2, table, …)', () => {
    const selector = 'p :is(article, blockquote, div, h2, p, pre, section, table, ul)';
    fc.assert(
      fc.property(page, ([nodes, quirks]) => {
        const doc = parse(nodes, quirks);
        // As the HTML parser leaves them, and as a script can build them (a <div> appended into a <p>).
        const built = doc.createElement('p');
        built.innerHTML = nodes.map(html).join('');
        const inP = doc.createElement('p');
        inP.append(doc.createElement('span'));
        inP.firstElementChild!.append(doc.createElement('div'));
        for (const root of [doc.body, built, inP, ...Array.from(doc.body.querySelectorAll('*'))])
          expect(hasBlockInP(root), root.outerHTML).toBe(root.querySelector(selector) !== null);
      }),
      OPTIONS,
    );
  });

  it('elementsByTag and childElements: the live collection, element for element', () => {
    const named = fc.constantFrom('', ' id="length"', ' name="item"', ' id="0"', ' name="length" id="1"', ' id="a"');
    const namedTree = (depth: number): fc.Arbitrary<Node> =>
      fc.record({
        tag: fc.constantFrom(...TAGS),
        itemprop: fc.constant(null),
        named,
        children: depth === 0 ? fc.constant([]) : fc.array(namedTree(depth - 1), { maxLength: 4 }),
      });
    fc.assert(
      fc.property(fc.array(namedTree(4), { minLength: 1, maxLength: 4 }), fc.boolean(), (nodes, quirks) => {
        const doc = parse(nodes, quirks);
        for (const root of [doc, ...Array.from(doc.querySelectorAll('*'))]) {
          for (const tag of ['*', ...TAGS, 'A', 'none'])
            expect(same(elementsByTag(root, tag), Array.from(root.getElementsByTagName(tag)))).toBe(true);
          if (root !== doc)
            expect(same(childElements(root as Element), Array.from((root as Element).children))).toBe(true);
        }
      }),
      OPTIONS,
    );
  });
});
