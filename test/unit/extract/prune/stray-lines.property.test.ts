/**
 * Lines set between blocks without a block of their own (src/core/extract/prune/stray-lines.ts): a control's label
 * written straight into the article container after a paragraph — as bare words, a link, or a link in a span — is
 * a line to the prune rules as it is to a reader, and goes as the same line in a paragraph would. A sentence of the
 * story written the same way stays, and the markup the rules leave is the markup they were given, less what went.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pruneArticle } from '../../../../src/core/extract/prune/index.js';
import { STORY } from './prune-helper.js';

const CONTROLS = [
  'Back to top',
  'Haut de page',
  'Seite drucken',
  '返回搜狐，查看更多',
  'Leave a comment',
  'Skip to content',
];
const SENTENCE =
  'The mayor said the bridge would open in May, a month later than planned, because the river was too high in March.';

const wrap = (form: 'text' | 'link' | 'span', words: string) =>
  form === 'text'
    ? words
    : form === 'link'
      ? `<a href="/x">${words}</a>`
      : `<span class="c"><a href="/x">${words}</a></span>`;

function prune(html: string): { root: Element; removed: string[] } {
  const root = new JSDOM('<!doctype html><body></body>').window.document.createElement('div');
  root.innerHTML = html;
  const removed = pruneArticle(root, { title: 'Council backs new bridge', byline: null, articleBody: null });
  return { root, removed: removed.map((r) => r.text) };
}

describe('prune: lines between blocks', () => {
  it('takes a control’s label set between paragraphs, in any form, and keeps the story', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONTROLS),
        fc.constantFrom<'text' | 'link' | 'span'>('text', 'link', 'span'),
        fc.integer({ min: 0, max: 8 }),
        (control, form, at) => {
          const paragraphs = STORY.split('</p>')
            .filter(Boolean)
            .map((p) => `${p}</p>`);
          paragraphs.splice(at, 0, wrap(form, control));
          const { root, removed } = prune(`<article>${paragraphs.join('')}</article>`);
          expect(removed).toContain(control);
          expect(root.textContent).not.toContain(control);
          for (let i = 1; i <= 8; i++) expect(root.textContent).toContain(`Paragraph ${i} of the story`);
        },
      ),
      { numRuns: 60, seed: 20261205 },
    );
  });

  it('keeps a sentence of the story set the same way, and gives back the markup it was given', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'em', 'span'), fc.integer({ min: 0, max: 8 }), (tag, at) => {
        const paragraphs = STORY.split('</p>')
          .filter(Boolean)
          .map((p) => `${p}</p>`);
        // Unlinked: a linked line at the story's end is a tail link, whatever it says (tail-links.ts).
        paragraphs.splice(at, 0, tag ? `<${tag}>${SENTENCE}</${tag}>` : SENTENCE);
        const html = `<article>${paragraphs.join('')}</article>`;
        const { root, removed } = prune(html);
        expect(removed).toEqual([]);
        expect(root.innerHTML).toBe(html);
      }),
      { numRuns: 30, seed: 20261205 },
    );
  });

  it('leaves a list item’s label and lines broken by <br> to the rules that read them', () => {
    const html =
      '<article><ul><li>Back to top<ul><li>Nested item one of the list</li></ul></li></ul>' +
      STORY +
      '<div>First line of an address<br>Back to top<br>Last line</div></article>';
    const { root } = prune(html);
    expect(root.querySelector('li')!.firstChild!.textContent).toBe('Back to top');
    expect(root.querySelectorAll('article > div').length).toBe(1);
  });
});
