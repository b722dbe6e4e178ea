/**
 * selectorFor over seeded generated sites (template.ts): for every block a reader might point at, the selector
 * matches exactly that block on its page, and exactly the analogous block on a sibling page of the same site —
 * new article text, new paragraph and comment counts, new generated ids and classes.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { selectorFor } from '../../../src/core/site-rules/selector.js';
import { makePage, makeTemplate, type GeneratedKind } from './template.js';

const SITES = 200;
// One window's parser for every page: building a JSDOM per page costs ~90 ms, parsing into it a few.
const { DOMParser } = new JSDOM('').window;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const only = (doc: Document, selector: string): Element | null => {
  const found = doc.querySelectorAll(selector);
  return found.length === 1 ? found[0]! : null;
};

interface Tally {
  blocks: number;
  own: number;
  sibling: number;
  misses: string[];
}

function survey(kinds?: GeneratedKind[]): Tally {
  const tally: Tally = { blocks: 0, own: 0, sibling: 0, misses: [] };
  for (let seed = 1; seed <= SITES; seed++) {
    const template = makeTemplate(seed);
    if (kinds) template.kinds = kinds;
    const page = parse(makePage(template, 1));
    const sibling = parse(makePage(template, 2));
    for (const block of page.querySelectorAll('[data-slot]')) {
      const selector = selectorFor(block);
      tally.blocks++;
      if (only(page, selector) === block) tally.own++;
      const analogous = sibling.querySelector(`[data-slot="${block.getAttribute('data-slot')}"]`);
      if (analogous && only(sibling, selector) === analogous) tally.sibling++;
      else tally.misses.push(`site ${seed} ${block.getAttribute('data-slot')}: ${selector}`);
    }
  }
  return tally;
}

const rate = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

describe('selectorFor on generated sites', () => {
  it('names exactly the block on its own page, and the same block on the next page of the site', () => {
    // Generated names with digits, css-in-js prefixes, CSS-module hashes and post numbers are all told apart.
    const tally = survey(['hash', 'css-in-js', 'module', 'number']);
    console.log(
      `selectorFor, ${SITES} sites, ${tally.blocks} blocks (no letters-only hashes): own page ${rate(tally.own, tally.blocks)},` +
        ` sibling page ${rate(tally.sibling, tally.blocks)}`,
    );
    expect(tally.own).toBe(tally.blocks);
    expect(tally.misses).toEqual([]);
  });

  it('also survives letters-only hashes, except the few that read like words by chance', () => {
    const tally = survey();
    console.log(
      `selectorFor, ${SITES} sites, ${tally.blocks} blocks (every generated shape): own page ${rate(tally.own, tally.blocks)},` +
        ` sibling page ${rate(tally.sibling, tally.blocks)}; misses e.g. ${tally.misses.slice(0, 3).join(' | ')}`,
    );
    expect(tally.own).toBe(tally.blocks);
    expect(tally.sibling / tally.blocks).toBeGreaterThan(0.97);
  });

  it('prefers a stable id, then a class, over a position', () => {
    const doc = parse(`<body><div id="sc-x1y2z3"><div class="wrap a8f3e1"><div id="story"><p>x</p></div>
      <div class="box"></div><div class="box ad-slot"></div><div class="box"></div></div></div></body>`);
    expect(selectorFor(doc.querySelector('#story')!)).toBe('#story');
    expect(selectorFor(doc.querySelector('.ad-slot')!)).toBe('div.ad-slot');
    expect(selectorFor(doc.querySelectorAll('.box')[2]!)).toBe('div.wrap > div:nth-of-type(4)');
    expect(selectorFor(doc.querySelector('#story > p')!)).toBe('#story > p');
  });

  it('never uses a generated id or class, falling back to the path', () => {
    const doc = parse(
      `<body><div id="post-48213" class="css-1a2b3c Header_title__3xYz9"><p>x</p></div><div></div></body>`,
    );
    expect(selectorFor(doc.querySelector('#post-48213')!)).toBe('body > div:nth-of-type(1)');
  });
});
