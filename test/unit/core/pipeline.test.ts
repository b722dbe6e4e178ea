/** The pipeline's contract on ordinary and degenerate pages. */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { cleanHtml, parse, readFixture } from '../../helpers/dom.js';
import { clean } from '../../../src/core/clean.js';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of a long and perfectly ordinary article about rivers, bridges and the people who cross them every single morning on their way to work.</p>`;
const article = (body: string, head = '<title>The bridges of the river city | The Daily Example</title>') =>
  `<!doctype html><html lang="en"><head>${head}</head><body><header><nav><a href="/">Home</a></nav></header>
  <article><h1>The bridges of the river city</h1><p class="byline">By Ada Lovelace</p>${body}</article><footer>© Example</footer></body></html>`;

describe('clean()', () => {
  it('returns an Article with every field of the contract', () => {
    const a = cleanHtml(article([1, 2, 3, 4, 5, 6].map(paragraph).join('')), { url: 'https://news.example/bridges' })!;
    expect(Object.keys(a).sort()).toEqual(
      [
        'byline',
        'content',
        'dir',
        'excerpt',
        'lang',
        'length',
        'publishedTime',
        'removed',
        'siteName',
        'textContent',
        'title',
        'url',
      ].sort(),
    );
    expect(a.url).toBe('https://news.example/bridges');
    expect(a.title).toBe('The bridges of the river city');
    expect(a.byline).toBe('By Ada Lovelace');
    expect(a.lang).toBe('en');
    expect(a.textContent.split('\n\n').filter((p) => p.startsWith('Paragraph'))).toHaveLength(6);
  });

  it('never modifies the page it reads', () => {
    const dom = parse(article([1, 2, 3, 4, 5].map(paragraph).join('') + '<div style="display:none">hidden menu</div>'));
    const before = dom.serialize();
    clean(dom.window.document, { window: dom.window as unknown as Window });
    expect(dom.serialize()).toBe(before);
  });

  it('gives the same article when the caller gives the page up to be cleaned in place', () => {
    // The CLI's parsed page serves one clean only, so it skips the copy: hidden-spam pages and the seed page, whose
    // verdicts, spam rules and headline choice all read the document, come out the same either way.
    const spam = new URL('../../fixtures/spam/', import.meta.url);
    const pages = [
      new URL('../../fixtures/pages/seed-page.html', import.meta.url),
      ...readdirSync(spam)
        .filter((f) => f.endsWith('.html'))
        .map((f) => new URL(f, spam)),
    ];
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = readFixture(page);
      const copied = parse(html);
      const given = parse(html);
      const expected = clean(copied.window.document, { window: copied.window as unknown as Window });
      const inPlace = clean(given.window.document, {
        window: given.window as unknown as Window,
        consumeDocument: true,
      });
      expect(inPlace, page.pathname).toEqual(expected);
    }
  });

  it('drops what the reader cannot see and records it', () => {
    const a = cleanHtml(
      article(
        [1, 2, 3, 4, 5].map(paragraph).join('') +
          '<p style="display: none">Invisible paragraph</p><p hidden>Hidden attribute paragraph</p>',
      ),
    )!;
    expect(a.textContent).not.toContain('Invisible paragraph');
    expect(a.textContent).not.toContain('Hidden attribute paragraph');
    expect(a.removed).toEqual(
      expect.arrayContaining([
        { reason: 'hidden:display', text: 'Invisible paragraph' },
        { reason: 'hidden:attribute', text: 'Hidden attribute paragraph' },
      ]),
    );
  });

  it('sanitises the article HTML it returns', () => {
    const a = cleanHtml(
      article(
        [1, 2, 3, 4, 5].map(paragraph).join('') +
          '<p>Click <a href="javascript:alert(1)" onclick="alert(2)">here</a><img src="x.png" onerror="alert(3)"></p>',
      ),
    )!;
    expect(a.content).not.toMatch(/javascript:|onclick|onerror|<script/i);
    expect(a.textContent).toContain('Click here');
  });

  it('resolves links against the page address and opens them safely', () => {
    const a = cleanHtml(article([1, 2, 3, 4, 5].map(paragraph).join('') + '<p>See <a href="/more">more</a>.</p>'), {
      url: 'https://news.example/a/b',
    })!;
    expect(a.content).toContain('href="https://news.example/more"');
    expect(a.content).toContain('rel="noopener noreferrer"');
  });

  it('returns null for an empty page instead of throwing', () => {
    expect(cleanHtml('')).toBeNull();
    expect(cleanHtml('<html><body></body></html>')).toBeNull();
    expect(cleanHtml('<html><body>  \n  <script>var a = 1;</script><img src="x.png"></body></html>')).toBeNull();
  });

  it('reads right-to-left pages as such', () => {
    const html = `<html lang="ar" dir="rtl"><head><title>مقال</title></head><body><article>${'<p>هذه فقرة طويلة من مقال عادي تماما عن الأنهار والجسور والناس الذين يعبرونها كل صباح.</p>'.repeat(6)}</article></body></html>`;
    const a = cleanHtml(html)!;
    expect(a.dir).toBe('rtl');
    expect(a.lang).toBe('ar');
  });
});
