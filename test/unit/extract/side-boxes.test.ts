/**
 * The story's own boxes in <aside>s, which Readability removes (src/core/extract/side-boxes.ts). Generated
 * magazine articles with a box anywhere in the story: a commentary or fact box of prose (a heading and two to four
 * paragraphs) comes back once, after the paragraph it follows on the page; a box of links, a pull quote, a box of
 * one paragraph, a newsletter box with its form, and a prose box in the page's sidebar outside the story stay out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, cleanedText, readabilityText } from '../../helpers/dom.js';
import { sideBoxes } from '../../../src/core/extract/side-boxes.js';

const PARAGRAPH = (n: number) =>
  `Paragraph ${n} of the article explains how signing in without a password works, and what it asks of the sites.`;
const BOX_PARAGRAPH = (n: number) =>
  `Box paragraph ${n}: a central identity provider learns which services you use, and when, and how often you do.`;

type Kind = 'prose' | 'links' | 'quote' | 'single' | 'form' | 'sidebar';

interface Page {
  paragraphs: number;
  at: number;
  kind: Kind;
  boxParagraphs: number;
  heading: boolean;
}

function box(p: Page): string {
  const heading = p.heading ? '<h3>Commentary: a bad idea</h3>' : '';
  const prose = Array.from({ length: p.boxParagraphs }, (_, i) => `<p>${BOX_PARAGRAPH(i + 1)}</p>`).join('');
  switch (p.kind) {
    case 'prose':
    case 'sidebar':
      return `<aside class="box">${heading}${prose}</aside>`;
    case 'links':
      return `<aside class="related"><h3>More on this</h3><ul>${Array.from({ length: 5 }, (_, i) => `<li><a href="/s/${i}">Box paragraph ${i + 1}: another story about passwords and keys</a></li>`).join('')}</ul></aside>`;
    case 'quote':
      return `<aside class="pullquote"><p>Box paragraph 1: “Passwords are over”.</p></aside>`;
    case 'single':
      return `<aside class="box">${heading}<p>${BOX_PARAGRAPH(1)}</p></aside>`;
    case 'form':
      return `<aside class="newsletter">${prose}<form><input type="email"><button>Sign up</button></form></aside>`;
  }
}

function magazinePage(p: Page): string {
  const story = Array.from({ length: p.paragraphs }, (_, i) => `<p>${PARAGRAPH(i + 1)}</p>`);
  if (p.kind !== 'sidebar') story.splice(p.at, 0, box(p));
  const sidebar = p.kind === 'sidebar' ? box(p) : '';
  return `<!doctype html><html lang="en"><head><title>Goodbye, password | Magazine</title></head><body>
    <nav><a href="/">Home</a> <a href="/security">Security</a></nav>
    <main><article><h1>Goodbye, password</h1>${story.join('')}</article>${sidebar}</main>
    <footer><p>© Magazine</p></footer></body></html>`;
}

const pages = fc
  .record({
    paragraphs: fc.integer({ min: 4, max: 10 }),
    at: fc.nat(10),
    kind: fc.constantFrom<Kind>('prose', 'prose', 'links', 'quote', 'single', 'form', 'sidebar'),
    boxParagraphs: fc.integer({ min: 2, max: 4 }),
    heading: fc.boolean(),
  })
  .map((p) => ({ ...p, at: 1 + (p.at % p.paragraphs) })); // after at least one paragraph of the story

const URL_ = 'https://magazine.example/2019/goodbye-password';
const cleaned = (html: string) => cleanedText(html, URL_);
const readabilityAlone = (html: string) => readabilityText(html, URL_);

describe("the story's own boxes", () => {
  it('a prose box in the story comes back once, after the paragraph it follows', () => {
    fc.assert(
      fc.property(pages, (page) => {
        const p = { ...page, kind: 'prose' as const };
        const html = magazinePage(p);
        const text = cleaned(html);
        // The case the rule is for: Readability alone drops every aside.
        expect(readabilityAlone(html)).not.toContain('Box paragraph 1');
        for (let i = 1; i <= p.paragraphs; i++) expect(text).toContain(PARAGRAPH(i));
        for (let i = 1; i <= p.boxParagraphs; i++) {
          const at = text.indexOf(BOX_PARAGRAPH(i));
          expect(at).toBeGreaterThan(text.indexOf(PARAGRAPH(p.at)));
          if (p.at < p.paragraphs) expect(at).toBeLessThan(text.indexOf(PARAGRAPH(p.at + 1)));
          expect(text.split(BOX_PARAGRAPH(i)).length).toBe(2);
        }
        if (p.heading) expect(text).toContain('Commentary: a bad idea');
      }),
      { numRuns: 60, seed: 20261213 },
    );
  });

  it("a box of links, a pull quote, one paragraph, a newsletter form or a sidebar box is not the story's", () => {
    fc.assert(
      fc.property(pages, (p) => {
        const doc = parse(magazinePage(p), URL_).window.document;
        const found = sideBoxes(doc);
        if (p.kind === 'prose') {
          expect(found).toHaveLength(1);
          expect(PARAGRAPH(p.at).startsWith(found[0]!.after)).toBe(true);
        } else {
          expect(found).toEqual([]);
        }
      }),
      { numRuns: 120, seed: 20261214 },
    );
  });
});
