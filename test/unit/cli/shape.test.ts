import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  CLI_SHAPE_LIMITS,
  estimatedShape,
  parsedShape,
  shapeRefusal,
  type Shape,
} from '../../../src/cli/jsdom/shape.js';

const MAX_NESTING = CLI_SHAPE_LIMITS.depth;
const nestsDeeperThan = (html: string, depth: number) =>
  shapeRefusal(html, { depth, elements: Infinity })?.past === 'depth';

const nested = (levels: number, tag = 'div') =>
  `<!doctype html><html><body>${`<${tag}>`.repeat(levels)}deep${`</${tag}>`.repeat(levels)}</body></html>`;

const parser = new new JSDOM('').window.DOMParser();

/** The shape of the tree jsdom builds: its deepest element, template contents included, and its element count. */
function jsdomShape(html: string): Shape {
  const doc = parser.parseFromString(html, 'text/html');
  let deepest = 0;
  const pending: Array<[Element, number]> = [[doc.documentElement, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [element, depth] = next;
    deepest = Math.max(deepest, depth);
    const children =
      element.localName === 'template' ? (element as HTMLTemplateElement).content.children : element.children;
    for (const child of Array.from(children)) pending.push([child, depth + 1]);
  }
  return { depth: deepest, elements: doc.getElementsByTagName('*').length };
}

describe('the CLI refuses a page too deep or too large before jsdom parses it', () => {
  it('refuses a hostile page 20,000 levels deep, and keeps one of 1,000 levels', () => {
    expect(nestsDeeperThan(nested(20_000), MAX_NESTING)).toBe(true);
    expect(nestsDeeperThan(nested(1_000), MAX_NESTING)).toBe(false);
  });

  it('counts elements as jsdom does, so a page past the element limit is refused with its count', () => {
    const many = `<html><body>${'<span>x</span>'.repeat(160_000)}</body></html>`;
    expect(shapeRefusal(many, CLI_SHAPE_LIMITS)).toEqual({ past: 'elements', shape: { depth: 3, elements: 160_003 } });
    expect(shapeRefusal(`<body>${'<span>x</span>'.repeat(1_000)}</body>`, CLI_SHAPE_LIMITS)).toBeNull();
  });

  it('does not count markup inside scripts, styles, text areas or comments', () => {
    const inert = '<div>'.repeat(5_000);
    for (const page of [
      `<p>x</p><script>var s = "${inert}";</script>`,
      `<style>/* ${inert} */</style>`,
      `<textarea>${inert}</textarea>`,
      `<!-- ${inert} -->`,
    ])
      expect(nestsDeeperThan(page, 100), page.slice(0, 20)).toBe(false);
  });

  it('lets the parser decide tag soup the scan reads as deep: repeated links close each other', () => {
    const soup = `<body>${'<a href="#">x '.repeat(4_000)}</body>`;
    expect(estimatedShape(soup).depth).toBeGreaterThan(MAX_NESTING);
    expect(nestsDeeperThan(soup, MAX_NESTING)).toBe(false);
  });

  const TAGS = ['div', 'span', 'p', 'li', 'ul', 'a', 'b', 'i', 'table', 'tr', 'td', 'svg', 'g', 'template', 'h2'];
  const soup = fc.array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom('text ', '<br>', '<img src=x>', '<!-- c -->', '<script>"<div><div>"</script>', '<g/>'),
    ),
    { maxLength: 60 },
  );

  it('measures the depth jsdom really builds, and never refuses a page shallower than the limit (generated soup)', () => {
    fc.assert(
      fc.property(soup, fc.integer({ min: 1, max: 12 }), (parts, limit) => {
        const html = `<!doctype html><body>${parts.join('')}`;
        const real = jsdomShape(html);
        expect(parsedShape(html)).toEqual(real);
        const refusal = shapeRefusal(html, { depth: limit, elements: limit * 3 });
        if (refusal?.past === 'depth') expect(real.depth).toBeGreaterThan(limit);
        if (refusal?.past === 'elements') expect(real.elements).toBeGreaterThan(limit * 3);
      }),
      { seed: 15, numRuns: 300 },
    );
  });
});
