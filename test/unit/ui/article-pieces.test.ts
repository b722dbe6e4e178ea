/**
 * A long article shown in pieces (src/ui/article-pieces.ts) must read exactly as the same article shown in one
 * go: every block, in order, in the same wrappers, sanitised the same way.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articlePieces, PIECE_CHARS } from '../../../src/ui/article-pieces.js';
import { purifyToFragment } from '../../../src/core/purify.js';

const { window } = new JSDOM('<!doctype html><body></body>');
const win = window as unknown as Window;

function inPieces(html: string): { body: HTMLElement; pieces: number } {
  const body = win.document.createElement('article');
  const { first, rest } = articlePieces(html, win);
  body.append(first);
  for (const next of rest) next(body);
  return { body, pieces: 1 + rest.length };
}

function inOneGo(html: string): HTMLElement {
  const body = win.document.createElement('article');
  body.append(purifyToFragment(html, win));
  return body;
}

const paragraphs = (n: number, from = 0) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${from + i} of the story, with <a href="https://example.com/${i}">a link</a>.</p>`,
  ).join('');

describe('articlePieces', () => {
  it('shows a short article in one piece', () => {
    const html = `<div id="readability-page-1" class="page"><div>${paragraphs(20)}</div></div>`;
    const { body, pieces } = inPieces(html);
    expect(pieces).toBe(1);
    expect(body.innerHTML).toBe(inOneGo(html).innerHTML);
  });

  it('shows a long article in pieces that add up to the article shown in one go', () => {
    const html =
      `<div id="readability-page-1" class="page"><div><h2>Start</h2>${paragraphs(1500)}` +
      `<table><tbody>${'<tr><td>cell</td><td>value</td></tr>'.repeat(300)}</tbody></table>` +
      `<ul>${'<li>item <b>bold</b></li>'.repeat(200)}</ul>` +
      `loose text <img src="javascript:alert(1)" onerror="alert(1)"><script>alert(1)</script>` +
      `${paragraphs(1500, 1500)}<p>The last sentence of the story.</p></div></div>`;
    expect(html.length).toBeGreaterThan(PIECE_CHARS);
    const { body, pieces } = inPieces(html);
    expect(pieces).toBeGreaterThan(2);
    expect(body.innerHTML).toBe(inOneGo(html).innerHTML);
    expect(body.querySelectorAll('#readability-page-1')).toHaveLength(1);
    expect(body.querySelector('p:last-of-type')?.textContent).toBe('The last sentence of the story.');
    expect(body.innerHTML).not.toMatch(/onerror|<script|javascript:/);
  });

  it('splits an article that is one list of blocks with no wrapper', () => {
    const html = `${paragraphs(3000)}<p>The end.</p>`;
    const { body, pieces } = inPieces(html);
    expect(pieces).toBeGreaterThan(2);
    expect(body.innerHTML).toBe(inOneGo(html).innerHTML);
  });
});
