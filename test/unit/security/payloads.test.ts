/**
 * Every payload of the table, alone through the one sink and embedded in an article through the whole pipeline:
 * the output carries no active content (check.ts) and the article keeps its paragraphs.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { purify, PURIFY_CONFIG } from '../../../src/core/purify.js';
import { cleanHtml } from '../../helpers/dom.js';
import { articlePage, sentinel } from './article.js';
import { activeContent } from './check.js';
import { fill, NODE_MARK, NODE_ORIGIN, PAYLOADS } from './payloads.js';

const { window } = new JSDOM('<!doctype html><body>', { url: 'https://example.test/' });
const win = window as unknown as Window;
const doc = window.document;
/** The text a browser shows for a page (raw-text and inert elements say nothing). */
function visibleText(html: string): string {
  const body = new JSDOM(html).window.document.body;
  for (const el of Array.from(
    body.querySelectorAll('script, style, template, noscript, textarea, title, xmp, noembed, iframe'),
  ))
    el.remove();
  return body.textContent ?? '';
}
const filled = PAYLOADS.map((p) => ({ ...p, html: fill(p, NODE_MARK, NODE_ORIGIN) }));

describe('the payload table', () => {
  it('has at least 50 distinct payloads across every category', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(PAYLOADS.map((p) => p.id)).size).toBe(PAYLOADS.length);
    expect(new Set(PAYLOADS.map((p) => p.category)).size).toBe(12);
  });

  it('is caught by the checker before sanitising (the check can fail)', () => {
    const flagged = filled.filter((p) => activeContent(p.html, doc).length > 0);
    // A few payloads are only active through a second parser (listing text, comments): the rest must be flagged.
    expect(flagged.length / filled.length).toBeGreaterThan(0.85);
  });
});

describe('purify alone', () => {
  it.each(filled)('$id is inert', ({ html }) => {
    const out = purify(html, win);
    expect(activeContent(out, doc)).toEqual([]);
    // Idempotent: sanitising the output again changes nothing (no mutation left to exploit).
    expect(purify(out, win)).toBe(out);
  });

  it('keeps ordinary article markup and the text of removed wrappers', () => {
    const html =
      '<p>A <a href="https://example.org/x">link</a>, <em>emphasis</em>, <img src="https://example.org/a.png" alt="a" srcset="https://example.org/a2.png 2x">' +
      ' and <img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">.</p><form><label>kept words</label><button>Send</button></form>' +
      '<svg viewBox="0 0 9 9"><title>chart</title><rect width="9" height="9" fill="url(#g)"/></svg><math><mi>x</mi><mo>=</mo><mn>2</mn></math>';
    const out = purify(html, win);
    const holder = doc.createElement('div');
    holder.innerHTML = out;
    expect(holder.querySelector('a')?.getAttribute('href')).toBe('https://example.org/x');
    expect(holder.querySelector('a')?.getAttribute('target')).toBe('_blank');
    expect(holder.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(holder.querySelectorAll('img')).toHaveLength(2);
    expect(holder.querySelector('img')?.getAttribute('srcset')).toBe('https://example.org/a2.png 2x');
    expect(holder.querySelector('img[alt="inline"]')?.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(holder.textContent).toContain('kept words');
    expect(holder.textContent).toContain('Send');
    expect(holder.querySelector('rect')?.getAttribute('fill')).toBe('url(#g)');
    expect(holder.querySelector('math mn')?.textContent).toBe('2');
    expect(holder.querySelector('form, button, label')?.localName ?? null).toBe('label');
  });

  it('drops data: URLs that are documents, and keeps data: images', () => {
    expect(purify('<img src="data:text/html,<script>x</script>">', win)).toBe('<img>');
    expect(purify('<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">', win)).toContain('data:image/svg+xml');
    expect(purify('<video src="data:video/mp4;base64,AAAA"></video>', win)).toBe('<video></video>');
  });

  it('is one flat, documented configuration', () => {
    for (const value of Object.values(PURIFY_CONFIG)) expect(typeof value === 'function').toBe(false);
    expect(PURIFY_CONFIG.FORBID_TAGS).toEqual(
      expect.arrayContaining(['style', 'link', 'meta', 'base', 'form', 'iframe', 'object', 'embed']),
    );
  });
});

describe('the pipeline with each payload inside an article', () => {
  it.each(filled)('$id: inert output, every paragraph kept', ({ id, html }) => {
    const page = articlePage(`Harbour plan ${id}`, [html]);
    const article = cleanHtml(page, { url: 'https://example.test/news/harbour' });
    expect(article, 'an article').not.toBeNull();
    expect(activeContent(article!.content, doc)).toEqual([]);
    const shown = visibleText(page);
    const expected = Array.from({ length: 6 }, (_, n) => sentinel(n)).filter((s) => shown.includes(s));
    // Only a payload that leaves a raw-text element open (the page itself then shows nothing after it) may hide any.
    expect(expected.length).toBeGreaterThanOrEqual(2);
    for (const s of expected) expect(article!.textContent).toContain(s);
    expect(article!.title).not.toBe('XSS');
  });

  it('keeps every paragraph with all payloads on one page', () => {
    const page = articlePage(
      'Harbour plan, all payloads',
      filled.map((p) => p.html),
    );
    const article = cleanHtml(page);
    expect(activeContent(article!.content, doc)).toEqual([]);
    const shown = visibleText(page);
    const expected = Array.from({ length: filled.length + 2 }, (_, n) => sentinel(n)).filter((s) => shown.includes(s));
    expect(expected.length).toBeGreaterThan(10);
    for (const s of expected) expect(article!.textContent).toContain(s);
  });
});
