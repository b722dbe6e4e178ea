/**
 * A deals post: a paragraph, the affiliate disclosure, then product cards — the product's name over its picture,
 * both linked to the shop, and a paid button ("See It", "Buy now") marked `rel="sponsored"` as the web marks paid
 * links. Generated over the number of cards, the button's words, the disclosure's wording and whether the button
 * is set bare in the card or in a box of its own, and whether a paragraph closes the post: the reader gets the paragraph and every product's name, in
 * order, the last one too; no button and no disclosure. A sentence of the post that links the shop stays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanedText } from '../../../helpers/dom.js';
import { expectInOrder } from '../../../helpers/order.js';

const INTRO =
  'The Home Depot is running its Special Buy discount pricing on a handful of nice Milwaukee Packout tool-carrying rigs in various sizes, and we picked the best of them for you.';
const PRODUCTS = [
  '26% Off: Packout 22-in. Rolling Tool Box',
  '16% Off: PACKOUT 22-in. Modular 3-Drawer Tool Box',
  '8% Off: 3-Piece PACKOUT 20-in. Utility Cart',
  '29% Off: 15 in. PACKOUT Tool Backpack',
  '31% Off: PACKOUT Compact Organizer With Bins',
];
const MORE =
  'Packout is the modular system Milwaukee sells for carrying tools: boxes, crates and carts that lock together, so a van can be loaded in one go and the kit rolled into the site.';
const BUTTONS = ['See It', 'Buy now', '$199 at Home Depot', 'Check price'];
const DISCLOSURES = [
  'We may earn revenue from the products available on this page and participate in affiliate programs.',
  'This post contains affiliate links, and we may earn a commission when you buy through them.',
];

const card = (name: string, button: string, boxed: boolean, i: number) => {
  const link = `<a class="product-button-link" href="https://shop.example/p/${i}" rel="noopener sponsored" target="_blank">${button}</a>`;
  return `<section class="product-card"><h3 class="product-title">${name}</h3>
    <div class="product-image"><a href="https://shop.example/p/${i}" rel="sponsored"><figure><img src="/p${i}.jpg" alt=""></figure></a></div>
    ${boxed ? `<div class="product-button">${link}</div>` : link}</section>`;
};

const posts = fc.record({
  cards: fc.integer({ min: 3, max: PRODUCTS.length }),
  button: fc.constantFrom(...BUTTONS),
  disclosure: fc.constantFrom(...DISCLOSURES),
  boxed: fc.boolean(),
  /** A closing paragraph after the cards, or none: the last product's name then ends the post. */
  closing: fc.boolean(),
});
const CLOSING =
  'Prices were checked when this post went up and may have changed since; the sale runs until the end of the month.';

describe('a deals post of product cards', () => {
  it('keeps the paragraph and every product’s name in order, without the paid buttons and the disclosure', () => {
    fc.assert(
      fc.property(posts, (p) => {
        const names = PRODUCTS.slice(0, p.cards);
        const html = `<!doctype html><html lang="en"><head><title>Milwaukee Packout deals | The Drive</title></head><body>
          <main><article><h1>Milwaukee Packout deals</h1><p class="disclosure">${p.disclosure}</p>
          <div class="entry-content"><p><a href="https://shop.example/" rel="sponsored nofollow">The Home Depot</a> ${INTRO.slice(15)}</p><p>${MORE}</p>
          ${names.map((name, i) => card(name, p.button, p.boxed, i)).join('<div class="commerce-ad"></div>')}
          ${p.closing ? `<p>${CLOSING}</p>` : ''}
          </div></article></main></body></html>`;
        const text = cleanedText(html, 'https://www.thedrive.example/deals/packout');
        expectInOrder(text, [INTRO.slice(15), MORE, ...names, ...(p.closing ? [CLOSING] : [])]);
        expect(text).not.toContain(p.button);
        expect(text).not.toContain(p.disclosure);
      }),
      { numRuns: 40, seed: 20261209 },
    );
  });
});
