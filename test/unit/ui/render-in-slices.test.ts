/**
 * A very long article is sanitised and shown in slices (src/ui/render-in-slices.ts). Cutting it must never change
 * what the reader gets: over random hostile trees inside nested containers, cut as small as possible, the slices
 * put together are exactly what sanitising the whole article at once gives, and nothing active gets through.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { purifyToFragment } from '../../../src/core/purify.js';
import { parseHead, parseInert, renderFirstSlice, renderInSlices } from '../../../src/ui/render-in-slices.js';
import { activeContent } from '../security/check.js';
import { tree } from '../security/fuzz-trees.js';
import { PAYLOADS } from '../security/payloads.js';

const { window } = new JSDOM('<!doctype html><body>', { url: 'https://example.test/' });
const win = window as unknown as Window;
const doc = window.document;
const TINY = { first: 2, later: 3 };
const now = () => Promise.resolve();

/** What sanitising the whole article at once shows. */
function whole(html: string): string {
  const holder = doc.createElement('div');
  holder.append(purifyToFragment(html, win));
  return holder.innerHTML;
}

async function sliced(html: string, sizes = TINY): Promise<{ html: string; slices: number }> {
  const target = doc.createElement('article');
  let slices = 1;
  await renderInSlices(parseInert(html, win).body, target, win, {
    current: () => true,
    pause: () => (slices++, now()),
    sizes,
  });
  return { html: target.innerHTML, slices };
}

/** What a container carries: harmless, or something the sanitiser must take off the shell it keeps. */
const shellAttribute = fc.constantFrom(
  ' class="c"',
  ' onclick="x()"',
  ' style="position:fixed;inset:0"',
  ' id="cookie"',
  ' data-x="1"',
  ' lang="de"',
);
/** Containers, some plain (where a cut may fall) and some not, nested around random trees. */
const container = fc.constantFrom('div', 'section', 'article', 'main', 'blockquote', 'ul', 'table', 'form', 'svg');
const nested: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small' },
    tree,
    fc
      .tuple(container, shellAttribute, fc.array(tie('block'), { minLength: 1, maxLength: 6 }))
      .map(([tag, attribute, children]) => `<${tag}${attribute}>${children.join('')}</${tag}>`),
  ),
})).block;

describe('a very long article shown in slices', () => {
  it('comes in slices that grow with what is shown: a few dozen for 3,000 paragraphs, not a thousand', async () => {
    // Each slice costs the browser a layout of the article so far: slices of one size would cost its square.
    const html = `<div id="readability-page-1" class="page">${Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i}</p>`).join('')}</div>`;
    const out = await sliced(html);
    expect(out.html).toBe(whole(html));
    expect(out.slices).toBeGreaterThan(10);
    expect(out.slices).toBeLessThan(60);
  });

  it('shows exactly what sanitising it whole shows, over 400 random hostile articles cut small', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(nested, { minLength: 1, maxLength: 8 }), async (blocks) => {
        const html = `<div id="readability-page-1" class="page">${blocks.join('')}</div>`;
        const out = await sliced(html);
        expect(out.html).toBe(whole(html));
        expect(activeContent(out.html, doc)).toEqual([]);
      }),
      { numRuns: 400, seed: 15 },
    );
  });

  it('keeps every payload of the table inert when it falls in a later slice', async () => {
    const filler = Array.from({ length: 20 }, (_, i) => `<p>Paragraph ${i} of the article.</p>`).join('');
    for (const payload of PAYLOADS) {
      const html = `<div><section>${filler}<div>${payload.html.replaceAll('{{MARK}}', 'x()').replaceAll('{{ORIGIN}}', 'https://evil.test').replaceAll('{{ID}}', payload.id)}</div>${filler}</section></div>`;
      const out = await sliced(html);
      expect(out.slices, payload.id).toBeGreaterThan(3);
      expect(activeContent(out.html, doc), payload.id).toEqual([]);
      expect(out.html, payload.id).toBe(whole(html));
    }
  });

  it('puts the first screens in place before it waits, and the rest after', async () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
    const target = doc.createElement('article');
    let release!: () => void;
    const done = renderInSlices(parseInert(`<div>${paragraphs}</div>`, win).body, target, win, {
      current: () => true,
      pause: () => new Promise<void>((go) => (release = go)),
    });
    const first = target.querySelectorAll('p').length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(3000);
    expect(target.querySelector('p')?.textContent).toBe('Paragraph 0');
    // Release every pause until the article is complete.
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      release();
      await new Promise((tick) => setTimeout(tick));
    }
    expect(target.querySelectorAll('p').length).toBe(3000);
    expect(target.querySelector('p:last-child')?.textContent).toBe('Paragraph 2999');
  });

  it('stops filling when a newer article takes its place', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
    const target = doc.createElement('article');
    let wanted = true;
    let pauses = 0;
    await renderInSlices(parseInert(`<div>${paragraphs}</div>`, win).body, target, win, {
      current: () => wanted,
      pause: () => {
        if (++pauses === 2) wanted = false;
        return now();
      },
      sizes: TINY,
    });
    expect(target.querySelectorAll('p').length).toBeGreaterThan(0);
    expect(target.querySelectorAll('p').length).toBeLessThan(40);
  });
});

/** The text a reader sees of sanitised HTML, or of a rendered element. */
const textOf = (html: string) => {
  const holder = doc.createElement('div');
  holder.innerHTML = html;
  return holder.textContent ?? '';
};

describe("a very long article's first screens, shown from its first characters before it is parsed whole", () => {
  it('shows the start of the article, each paragraph whole, and none past the cut', () => {
    const html = `<div id="readability-page-1" class="page"><section>${Array.from({ length: 6000 }, (_, i) => `<p>Paragraph ${i} of the story.</p>`).join('')}</section></div>`;
    const head = parseHead(html, win);
    expect(head.elements).toBeGreaterThan(300);
    expect(head.elements).toBeLessThan(6000);
    const target = doc.createElement('article');
    renderFirstSlice(head.body, target, win);
    const shown = [...target.querySelectorAll('p')].map((p) => p.textContent);
    expect(shown.length).toBeGreaterThanOrEqual(300);
    expect(shown).toEqual(shown.map((_, i) => `Paragraph ${i} of the story.`));
  });

  it('over 100 random hostile articles, cut anywhere, shows only the start of what the whole shows, inert', () => {
    fc.assert(
      fc.property(
        fc.array(nested, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.constantFrom(TINY, { first: 40, later: 3 }, { first: 300, later: 2000 }),
        (blocks, pad, sizes) => {
          // Long enough to be cut (past 64,000 characters), the cut falling anywhere in the blocks.
          const filler = `<p>${'word '.repeat(pad)}</p>`;
          const once = blocks.join('');
          const body = (filler + once).repeat(Math.ceil(70_000 / (filler.length + once.length)));
          const html = `<div id="readability-page-1" class="page">${body}</div>`;
          const target = doc.createElement('article');
          renderFirstSlice(parseHead(html, win).body, target, win, sizes);
          expect(textOf(whole(html)).startsWith(target.textContent ?? '')).toBe(true);
          expect(activeContent(target.innerHTML, doc)).toEqual([]);
        },
      ),
      { numRuns: 100, seed: 16 },
    );
  });
});
