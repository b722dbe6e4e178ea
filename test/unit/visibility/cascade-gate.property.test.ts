/**
 * The static cascade resolves an element only when a declaration that could hide applies to it
 * (`hidingDeclaration`, cascade.ts): an index that spares the common case. That index must be a superset of what
 * the model (rendering.ts) hides on — alone, with a sibling declaration, or through an ancestor. Checked here
 * over generated declarations on a parent and its child: the verdicts with the index are the verdicts with every
 * element resolved (the reference: the same code, the shortcut off).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { StaticCascade } from '../../../src/core/visibility/cascade.js';
import { staticVerdicts } from '../../../src/core/visibility/static.js';
import { elementsInOrder } from '../../../src/core/dom.js';
import { ARTICLE } from './verdicts.js';
import { FULL } from '../../helpers/sample.js';

// One parser for every generated page: a jsdom window per page would cost more than the verdicts themselves.
const parser = new new JSDOM('').window.DOMParser();

/** Static verdicts by element id, on the page beside an ordinary article (as verdicts.ts reads them). */
function verdictsById(html: string): Record<string, string> {
  const doc = parser.parseFromString(`<!doctype html><body>${html}${ARTICLE}`, 'text/html');
  const els = elementsInOrder(doc);
  const out: Record<string, string> = {};
  for (const [i, reason] of staticVerdicts(doc)) out[els[i]?.id || els[i]?.tagName || '?'] = reason;
  return out;
}

// The method itself, to be called on each cascade with `call` below.
// eslint-disable-next-line @typescript-eslint/unbound-method
const resolve = StaticCascade.prototype.resolve;
afterEach(() => {
  StaticCascade.prototype.resolve = resolve;
});
/** Verdicts with every element resolved, as if every declaration could hide. */
function referenceVerdicts(html: string): Record<string, string> {
  StaticCascade.prototype.resolve = function (el: Element) {
    return resolve.call(this, el, true);
  };
  try {
    return verdictsById(html);
  } finally {
    StaticCascade.prototype.resolve = resolve;
  }
}

const length = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.constantFrom('px', 'em', 'rem', '%', 'vw'))
    .map(([n, unit]) =>
      unit === 'px' ? `${n}px` : unit === '%' || unit === 'vw' ? `${(n / 12.8).toFixed(1)}${unit}` : `${n / 16}${unit}`,
    );
const colour = fc.constantFrom(
  '#fff',
  '#fefefe',
  '#f0f0f0',
  '#ccc',
  '#888',
  '#333',
  '#000',
  'white',
  'transparent',
  'rgba(0,0,0,.05)',
);
const declaration = fc.oneof(
  // Light fades, as a page would stack them: harmless alone, hidden when enough of them compound.
  fc.constantFrom('opacity:.5', 'opacity:.6', 'opacity:.3'),
  fc.constantFrom('display:none', 'display:block', 'display:inline', 'visibility:hidden', 'visibility:visible'),
  fc.double({ min: 0, max: 1, noNaN: true }).map((o) => `opacity:${o.toFixed(2)}`),
  length(-12000, 400).map((v) => `font-size:${v.startsWith('-') ? '0' : v}`),
  fc
    .tuple(fc.constantFrom('left', 'top', 'margin-left', 'margin-top', 'text-indent', 'right'), length(-12000, 2000))
    .map(([p, v]) => `${p}:${v}`),
  fc.constantFrom('position:absolute', 'position:relative', 'position:fixed', 'overflow:hidden', 'white-space:nowrap'),
  fc.tuple(fc.constantFrom('height', 'width', 'max-height', 'max-width'), length(0, 300)).map(([p, v]) => `${p}:${v}`),
  fc.integer({ min: -12000, max: 2000 }).map((n) => `transform:translateX(${n}px)`),
  fc.double({ min: 0, max: 1.5, noNaN: true }).map((s) => `transform:scale(${s.toFixed(2)})`),
  // Relative sizes compound down the tree: two readable halves make an unreadable quarter.
  fc
    .tuple(fc.double({ min: 0.1, max: 1.2, noNaN: true }), fc.constantFrom('em', '%'))
    .map(([f, unit]) => `font-size:${unit === '%' ? `${Math.round(f * 100)}%` : `${f.toFixed(2)}em`}`),
  colour.map((c) => `color:${c}`),
  colour.map((c) => `background:${c}`),
  fc.constantFrom('clip:rect(0 0 0 0)', 'clip-path:inset(50%)', 'content-visibility:hidden'),
  // Newer syntax for the same effects.
  fc.double({ min: 0, max: 1, noNaN: true }).map((o) => `filter:grayscale(1) opacity(${o.toFixed(2)})`),
  fc.double({ min: 0.05, max: 1.5, noNaN: true }).map((z) => `zoom:${z.toFixed(2)}`),
  fc.integer({ min: -12000, max: 2000 }).map((n) => `translate:0 ${n}px`),
  fc.double({ min: 0, max: 1.5, noNaN: true }).map((z) => `scale:${z.toFixed(2)}`),
  fc
    .tuple(fc.constantFrom('inset-inline-start', 'inset-block-start', 'inset'), length(-12000, 2000))
    .map(([p, v]) => `${p}:${v}`),
  fc.tuple(fc.constantFrom('block-size', 'inline-size', 'max-block-size'), length(0, 300)).map(([p, v]) => `${p}:${v}`),
  colour.map((c) => `-webkit-text-fill-color:${c}`),
  fc.constantFrom('line-height:0', 'line-height:0px', 'line-height:1.5', 'overflow-y:clip'),
);
const block = fc.array(declaration, { minLength: 0, maxLength: 3 }).map((ds) => ds.join(';'));

describe('the cascade index never misses a declaration the model hides on', () => {
  const nested = (outer: string, inner: string) =>
    `<style>.a{${outer}} .b{${inner}}</style><div id="outer" class="a">Outer words` +
    `<p id="inner" class="b">Inner kiwi latch bright words</p></div>`;

  it("reads a share of a size against the parent's real size: 20px × .2em is 4 px, read; 24px × .15em is a speck", () => {
    expect(verdictsById(nested('font-size:20px', 'font-size:.2em'))).toEqual({});
    expect(verdictsById(nested('font-size:24px', 'font-size:.15em'))).toEqual({ inner: 'hidden:fontsize' });
  });

  it('compounds shares that are readable alone: .25em of .25em is 1 px', () => {
    expect(verdictsById(nested('font-size:.25em', 'font-size:.25em'))).toEqual({ inner: 'hidden:fontsize' });
    expect(verdictsById(nested('font-size:6px', 'font-size:.6em'))).toEqual({ inner: 'hidden:fontsize' });
  });

  it('a size it cannot read never makes text a speck: var() under 2 px, or between 20 px and .2em', () => {
    expect(verdictsById(nested('font-size:2px', 'font-size:var(--x)'))).toEqual({ outer: 'hidden:fontsize' });
    const html =
      '<div style="font-size:20px"><div style="font-size:var(--x)">' +
      '<p id="share" style="font-size:.2em">Share kiwi latch bright words</p></div></div>';
    expect(verdictsById(html)).toEqual({});
  });

  it('a right or bottom offset of a whole screen parks a box past the near edge', () => {
    expect(verdictsById(nested('position:absolute;right:1280px;width:300px', ''))).toMatchObject({
      outer: 'hidden:offscreen',
    });
  });

  it('fades compound over any number of generations: four boxes at .5 leave text at .06', () => {
    const html =
      `<style>.f{opacity:.5}</style>` +
      `<div class="f"><div class="f"><div class="f"><p id="deep" class="f">Deep kiwi latch bright words</p></div></div></div>`;
    expect(verdictsById(html)).toEqual({ deep: 'hidden:opacity' });
    expect(verdictsById(html.replace('<p id="deep" class="f">', '<p id="deep">'))).toEqual({});
  });

  it('two to six generations styled by rules and inline: the same verdicts as resolving every element', () => {
    const generations = fc
      .integer({ min: 2, max: 6 })
      .chain((n) => fc.array(fc.tuple(block, block), { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(generations, fc.boolean(), (styles, ruled) => {
        const css = ruled ? styles.map(([rule], i) => `.g${i}{${rule}}`).join(' ') : '';
        // Each generation a box with words of its own, the innermost a paragraph.
        const open = styles
          .slice(0, -1)
          .map(([, inline], i) => `<div id="g${i}" class="g${i}" style="${inline}">Words of box ${i} here`)
          .join('');
        const last = styles.length - 1;
        const html =
          `<style>${css}</style>${open}` +
          `<p id="g${last}" class="g${last}" style="${styles[last]?.[1] ?? ''}">Inner kiwi latch bright words</p>` +
          '</div>'.repeat(last);
        expect(verdictsById(html), html).toEqual(referenceVerdicts(html));
      }),
      // npm test draws 200 pages; `npm run bench -- suites` (WINNOW_FULL=1) 2,000.
      { seed: Number(process.env.WINNOW_SAMPLE_SEED) || 13, numRuns: FULL ? 2000 : 200 },
    );
  });
});
